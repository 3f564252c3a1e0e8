package org.lanyard.screening.engine.image;

import java.io.ByteArrayInputStream;
import java.util.Set;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.jpeg.HuffmanTablesDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;

/**
 * Reads a sanitised image back with metadata-extractor and insists that only the format's own structure is left:
 * the JPEG frame, JFIF and Huffman tables, or the PNG header. Anything else (EXIF, GPS, XMP, IPTC, ICC, a comment, PNG
 * text) means the sanitiser is broken, and publishing must stop rather than leak.
 */
final class CleanCheck {

	private static final Set<Class<? extends Directory>> STRUCTURE = Set.of(JpegDirectory.class, JfifDirectory.class,
			HuffmanTablesDirectory.class, FileTypeDirectory.class);

	private static final Set<String> PNG_STRUCTURE = Set.of("PNG-IHDR", "PNG-PLTE", "PNG-tRNS", "PNG-sRGB",
			"PNG-gAMA", "PNG-cHRM", "PNG-pHYs", "PNG-bKGD", "PNG-sBIT");

	private CleanCheck() {
	}

	static void verify(byte[] sanitised) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(sanitised), sanitised.length);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The sanitised image cannot be read back", ex);
		}
		for (Directory directory : metadata.getDirectories()) {
			boolean structure = STRUCTURE.contains(directory.getClass())
					|| (directory instanceof PngDirectory && PNG_STRUCTURE.contains(directory.getName()));
			if (!structure) {
				throw new IllegalStateException("The sanitised image still carries " + directory.getName());
			}
		}
	}

}
