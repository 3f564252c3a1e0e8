package org.lanyard.screening;

/**
 * How much one screening may carry. Larger content is refused with a clear 413 before it can use up memory: a school
 * post is a few hundred words and a few photos.
 */
final class ScreeningLimits {

	/** Characters of text: about 15,000 words, far beyond any post, comment or newsletter item. */
	static final int MAX_TEXT_CHARS = 100_000;

	static final int MAX_IMAGES = 10;

	/** Bytes of one image file: a full-resolution phone photo is 3 to 8 MB. */
	static final int MAX_IMAGE_BYTES = 15 * 1024 * 1024;

	/** Bytes of a whole request body (base64 makes images a third larger). */
	static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

	private ScreeningLimits() {
	}

}
