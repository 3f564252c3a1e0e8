package org.lanyard.screening.engine.image;

/**
 * What an image file's header says, read without decoding a single pixel.
 *
 * @param format the container format, from the file's magic bytes
 * @param width the claimed width in pixels (for an animated GIF, the widest frame)
 * @param height the claimed height in pixels (for an animated GIF, the tallest frame)
 */
public record ImageHeader(Format format, long width, long height) {

	/** The formats whose headers Lanyard reads. */
	public enum Format {

		JPEG, PNG, GIF, BMP, WEBP, TIFF

	}

	/** Width times height: what a decoder would allocate for, times bytes per pixel. */
	public long pixels() {
		return width * height;
	}

}
