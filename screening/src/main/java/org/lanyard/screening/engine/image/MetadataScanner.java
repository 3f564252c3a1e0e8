package org.lanyard.screening.engine.image;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.drew.imaging.FileType;
import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.lanyard.screening.engine.image.MetadataIssue.Kind;

/**
 * Reads every metadata block metadata-extractor understands (EXIF, GPS, XMP, IPTC, PNG text, maker notes) in JPEG,
 * PNG, WebP, HEIC, TIFF and GIF files, and keeps what names a place or a person.
 * <p>
 * EXIF GPS is read through {@link GpsDirectory} and XMP GPS through the XMP packet, since metadata-extractor never
 * merges them; a position of exactly 0,0 is a camera's empty default, not a place. IPTC City, Sub-location and the
 * like are neither a GPS position nor a person, so they count only when they hold a street address or a full postcode
 * (then they identify a home as surely as GPS does).
 */
final class MetadataScanner {

	private static final java.util.Set<String> HEADER_FORMATS = java.util.Set.of(FileType.Jpeg.getName(),
			FileType.Png.getName(), FileType.Gif.getName(), FileType.Bmp.getName(), FileType.WebP.getName(),
			FileType.Tiff.getName());

	private MetadataScanner() {
	}

	static MetadataReport scan(byte[] bytes) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
		}
		catch (Exception | StackOverflowError ex) {
			// a broken or hostile file: nothing can be said about its metadata, and the caller is told so
			return MetadataReport.unreadable();
		}
		if (isUnknownType(metadata) || ImageHeaders.read(bytes).map(h -> h.pixels() == 0).orElse(isHeaderFormat(metadata))) {
			return MetadataReport.unreadable();
		}
		List<MetadataIssue> issues = new ArrayList<>();
		for (Directory directory : metadata.getDirectories()) {
			try {
				scan(directory, issues);
			}
			catch (RuntimeException ex) {
				// one malformed block must not hide what the others give away
			}
		}
		return new MetadataReport(true, merge(issues));
	}

	private static void scan(Directory directory, List<MetadataIssue> issues) {
		if (directory instanceof GpsDirectory gps) {
			GeoLocation location = gps.getGeoLocation();
			if (location != null && !location.isZero()) {
				issues.add(new MetadataIssue(Kind.GPS_POSITION, "EXIF GPS", "EXIF GPS latitude/longitude"));
			}
		}
		else if (directory instanceof ExifDirectoryBase exif) {
			TagRules.exif(exif, issues);
		}
		else if (directory instanceof IptcDirectory iptc) {
			TagRules.iptc(iptc, issues);
		}
		else if (directory instanceof XmpDirectory xmp && xmp.getXMPMeta() != null) {
			XmpRules.scan(xmp.getXMPMeta(), issues);
		}
		else if (directory instanceof PngDirectory png && png.containsTag(PngDirectory.TAG_TEXTUAL_DATA)) {
			Object pairs = png.getObject(PngDirectory.TAG_TEXTUAL_DATA);
			if (pairs instanceof List<?> list) {
				for (Object pair : list) {
					if (pair instanceof KeyValuePair kv) {
						TagRules.pngText(kv.getKey(), kv.getValue().toString(), issues);
					}
				}
			}
		}
		else if (directory.getClass().getPackageName().endsWith(".makernotes")) {
			TagRules.makernote(directory, issues);
		}
	}

	/**
	 * For the formats whose header {@link ImageHeaders} reads, a header it cannot read (a file cut short, a "GIF89a"
	 * with nothing after it) makes the image unreadable even though metadata-extractor recognised the magic bytes.
	 */
	private static boolean isHeaderFormat(Metadata metadata) {
		FileTypeDirectory type = metadata.getFirstDirectoryOfType(FileTypeDirectory.class);
		String name = type == null ? null : type.getString(FileTypeDirectory.TAG_DETECTED_FILE_TYPE_NAME);
		return name != null && HEADER_FORMATS.contains(name);
	}

	private static boolean isUnknownType(Metadata metadata) {
		FileTypeDirectory type = metadata.getFirstDirectoryOfType(FileTypeDirectory.class);
		if (type == null) {
			return true;
		}
		String name = type.getString(FileTypeDirectory.TAG_DETECTED_FILE_TYPE_NAME);
		return name == null || name.equals(FileType.Unknown.getName());
	}

	/** One issue per kind: a reviewer wants "GPS in EXIF and XMP", not two findings saying the same. */
	private static List<MetadataIssue> merge(List<MetadataIssue> issues) {
		List<MetadataIssue> merged = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			List<String> details = new ArrayList<>();
			List<String> tags = new ArrayList<>();
			for (MetadataIssue issue : issues) {
				if (issue.kind() == kind && !details.contains(issue.message())) {
					details.add(issue.message());
					tags.add(issue.tag());
				}
			}
			if (!details.isEmpty()) {
				merged.add(new MetadataIssue(kind, String.join(", ", tags), sentence(kind, details)));
			}
		}
		return merged;
	}

	private static String sentence(Kind kind, List<String> details) {
		String where = String.join("; ", details.size() > 8 ? details.subList(0, 8) : details)
				+ (details.size() > 8 ? "; and " + (details.size() - 8) + " more" : "");
		return switch (kind) {
			case GPS_POSITION -> "The image records where it was taken (" + where
					+ "). A photo's GPS position can give away a pupil's home or the school's grounds.";
			case NAMES_PERSON -> "The image's metadata names a person (" + where
					+ "). Tags naming people must not travel with a published photo.";
			case HOME_ADDRESS -> "The image's location tags hold an address (" + where
					+ "). An address in a photo's metadata gives away where someone lives.";
		};
	}

}
