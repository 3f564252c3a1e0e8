package org.lanyard.screening.engine.image;

import java.util.List;
import java.util.Optional;

import org.lanyard.screening.engine.ImageInput;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.image.ContentRejected.Reason;

/**
 * Size limits checked before anything is screened or decoded. The defaults:
 * <ul>
 * <li>100,000 characters of text: the longest newsletter is a few thousand words; Facebook's own limit is 63,206.</li>
 * <li>20 MB per image: a 48-megapixel phone JPEG is 10-15 MB.</li>
 * <li>50 megapixels per image, read from the header before decoding: the largest phone sensors' full-size output,
 * and about 200 MB once decoded. A larger claim is a decompression bomb or a picture no post needs.</li>
 * <li>20 images per request.</li>
 * </ul>
 *
 * @param maxTextChars longest text accepted, in UTF-16 chars
 * @param maxImageBytes largest image file accepted
 * @param maxImagePixels most pixels (width × height) an image header may claim
 * @param maxImages most images in one request
 */
public record ScreeningLimits(int maxTextChars, long maxImageBytes, long maxImagePixels, int maxImages) {

	public static final ScreeningLimits DEFAULT = new ScreeningLimits(100_000, 20L * 1024 * 1024, 50_000_000L, 20);

	/** Checks the text and every image of a request; throws for the first one over a limit. */
	public void check(ScreeningRequest request) {
		checkText(request.text());
		List<ImageInput> images = request.images();
		if (images.size() > maxImages) {
			throw new ContentRejected(Reason.TOO_MANY_IMAGES, "images", maxImages, images.size(),
					"At most " + maxImages + " images can be screened at once; this request has " + images.size() + ".");
		}
		for (int i = 0; i < images.size(); i++) {
			checkImage("images[" + i + "]", images.get(i).bytes());
		}
	}

	public void checkText(String text) {
		if (text.length() > maxTextChars) {
			throw new ContentRejected(Reason.TEXT_TOO_LONG, "text", maxTextChars, text.length(),
					"The text has " + text.length() + " characters; the limit is " + maxTextChars + ".");
		}
	}

	/**
	 * Checks one image's size and the pixels its header claims, without decoding it.
	 * @return the header, or empty when the bytes have no header Lanyard can read (not refused here: metadata
	 *     screening reports such a file as unreadable, and publishing refuses it)
	 */
	public Optional<ImageHeader> checkImage(String field, byte[] bytes) {
		if (bytes.length > maxImageBytes) {
			throw new ContentRejected(Reason.IMAGE_TOO_LARGE, field, maxImageBytes, bytes.length,
					"The image has " + bytes.length + " bytes; the limit is " + maxImageBytes + ".");
		}
		Optional<ImageHeader> header = ImageHeaders.read(bytes);
		if (header.isPresent() && header.get().pixels() > maxImagePixels) {
			ImageHeader h = header.get();
			throw new ContentRejected(Reason.IMAGE_TOO_MANY_PIXELS, field, maxImagePixels, h.pixels(),
					"The image claims " + h.width() + " \u00d7 " + h.height() + " pixels; the limit is "
							+ maxImagePixels + " pixels.");
		}
		return header;
	}

}
