package org.lanyard.screening.engine.image;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * The EXIF Orientation tag (1 = upright … 8), and drawing a picture upright by it. Re-encoding drops the tag, so a
 * phone photo taken sideways would be published sideways unless the rotation is applied to the pixels first.
 */
final class Orientation {

	private Orientation() {
	}

	/** The image's EXIF orientation, 1 when absent or unreadable. */
	static int of(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
				return value != null && value >= 1 && value <= 8 ? value : 1;
			}
		}
		catch (Exception | StackOverflowError ex) {
			// no readable orientation: leave the picture as stored
		}
		return 1;
	}

	/**
	 * Draws the picture upright into a new image of the given type: no alpha for JPEG, with alpha for PNG when the
	 * source has it. Drawing into a plain sRGB image also drops any embedded colour profile.
	 */
	static BufferedImage upright(BufferedImage source, int orientation, int type) {
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swap = orientation >= 5;
		BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, type);
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
			default -> t.setToIdentity();
		}
		Graphics2D g = target.createGraphics();
		try {
			g.drawImage(source, t, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

}
