package org.lanyard.screening.engine.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.lanyard.screening.engine.image.ContentRejected.Reason;
import org.lanyard.screening.engine.image.ImageHeader.Format;

/**
 * Re-encodes a photo with no metadata at all before it is published: no EXIF, GPS, XMP, IPTC, ICC profile, comments
 * or PNG text. Re-encoding rather than deleting known blocks is deliberate: whatever a camera, an editor or an
 * attacker hid in the file, only the pixels come out. JPEG stays JPEG (quality 0.92), PNG stays PNG (lossless);
 * the EXIF orientation is applied to the pixels first so the picture stays upright. Limits are checked from the
 * header before decoding, and the result is read back to prove it carries nothing. Everything happens in memory:
 * ImageIO's file cache is never used.
 */
public final class ImageSanitiser {

	private static final float JPEG_QUALITY = 0.92f;

	private final ScreeningLimits limits;

	public ImageSanitiser(ScreeningLimits limits) {
		this.limits = limits;
	}

	public ImageSanitiser() {
		this(ScreeningLimits.DEFAULT);
	}

	/**
	 * @return the same picture in the same format, with no metadata
	 * @throws ContentRejected when the image is over a limit, unreadable, or neither JPEG nor PNG
	 */
	public byte[] sanitise(byte[] original) {
		ImageHeader header = limits.checkImage("image", original)
			.orElseThrow(() -> new ContentRejected(Reason.IMAGE_UNREADABLE, "image", 0, 0,
					"The file is not an image Lanyard can read."));
		if (header.format() != Format.JPEG && header.format() != Format.PNG) {
			throw new ContentRejected(Reason.IMAGE_FORMAT_UNSUPPORTED, "image", 0, 0,
					"Only JPEG and PNG images can be published; this is " + header.format() + ".");
		}
		String format = header.format() == Format.JPEG ? "jpeg" : "png";
		BufferedImage decoded = decode(original, format);
		int orientation = Orientation.of(original);
		BufferedImage clean = needsRedraw(decoded, orientation, format)
				? Orientation.upright(decoded, orientation, targetType(decoded, format)) : decoded;
		byte[] result = encode(clean, format);
		CleanCheck.verify(result);
		return result;
	}

	private BufferedImage decode(byte[] bytes, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IllegalStateException("The JDK has no " + format + " reader");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > limits.maxImagePixels()) {
				// the decoder's own reading of the header disagrees with ours: trust the larger one
				throw new ContentRejected(Reason.IMAGE_TOO_MANY_PIXELS, "image", limits.maxImagePixels(), pixels,
						"The image claims " + pixels + " pixels; the limit is " + limits.maxImagePixels() + ".");
			}
			return reader.read(0);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ContentRejected rejected) {
				throw rejected;
			}
			throw new ContentRejected(Reason.IMAGE_UNREADABLE, "image", 0, 0,
					"The image could not be decoded (" + ex.getClass().getSimpleName() + ").");
		}
		finally {
			reader.dispose();
		}
	}

	/** Redraw when rotating, and whenever the decoded pixels carry a colour profile or a type the writer mishandles. */
	private static boolean needsRedraw(BufferedImage image, int orientation, String format) {
		if (orientation != 1 || !image.getColorModel().getColorSpace().isCS_sRGB()
				&& image.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_GRAY) {
			return true;
		}
		int type = image.getType();
		return format.equals("jpeg") ? type != BufferedImage.TYPE_3BYTE_BGR && type != BufferedImage.TYPE_INT_RGB
				&& type != BufferedImage.TYPE_BYTE_GRAY : type == BufferedImage.TYPE_CUSTOM;
	}

	private static int targetType(BufferedImage image, String format) {
		return format.equals("png") && image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
				: BufferedImage.TYPE_INT_RGB;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// no stream or image metadata: the writer emits only what the format itself requires
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Re-encoding to " + format + " failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
