package org.lanyard.screening;

import org.lanyard.screening.engine.image.ContentRejected;
import org.lanyard.screening.engine.image.ScreeningLimits;
import org.lanyard.shared.InvalidInputException;
import org.lanyard.shared.TooLargeException;

/**
 * How much one screening request may carry: the engine's limits (text length, image bytes, pixels claimed by an
 * image header, number of images), plus a cap on the whole body, checked before a byte of it is read.
 */
final class RequestLimits {

	static final ScreeningLimits ENGINE = ScreeningLimits.DEFAULT;

	/** Bytes of a whole request body: the images at their limit, as base64 (a third larger), and the text. */
	static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

	private RequestLimits() {
	}

	/** The engine's refusal as the API's: too much is 413, a bad image is 422; both name the field. */
	static RuntimeException toProblem(ContentRejected rejected) {
		return switch (rejected.reason()) {
			case TEXT_TOO_LONG, IMAGE_TOO_LARGE -> new TooLargeException(rejected.field(), rejected.getMessage());
			default -> InvalidInputException.of(rejected.field(), rejected.getMessage());
		};
	}

}
