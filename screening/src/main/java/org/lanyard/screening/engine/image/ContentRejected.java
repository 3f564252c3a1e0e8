package org.lanyard.screening.engine.image;

/**
 * Content refused before screening or publishing: too long, too large, a decompression bomb, unreadable or of a
 * format Lanyard does not publish. The app turns it into an RFC 9457 problem with {@link Reason#httpStatus()},
 * {@link #field()} naming the bad input ({@code text} or {@code images[2]}) and {@link #getMessage()} as the detail.
 */
public final class ContentRejected extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why content was refused, with the HTTP status that fits. */
	public enum Reason {

		/** The text is longer than the limit: a validation error of the {@code text} field. */
		TEXT_TOO_LONG(422),
		/** More images than the limit in one request. */
		TOO_MANY_IMAGES(422),
		/** The image file has more bytes than the limit. */
		IMAGE_TOO_LARGE(413),
		/** The header claims more pixels than the limit (a decompression bomb, or simply a huge picture). */
		IMAGE_TOO_MANY_PIXELS(422),
		/** The bytes are not an image that can be decoded. */
		IMAGE_UNREADABLE(422),
		/** A real image, but not JPEG or PNG, the formats publishing re-encodes. */
		IMAGE_FORMAT_UNSUPPORTED(415);

		private final int httpStatus;

		Reason(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		public int httpStatus() {
			return httpStatus;
		}

	}

	private final Reason reason;

	private final String field;

	private final long limit;

	private final long actual;

	public ContentRejected(Reason reason, String field, long limit, long actual, String message) {
		super(message, null, false, false);
		this.reason = reason;
		this.field = field;
		this.limit = limit;
		this.actual = actual;
	}

	public Reason reason() {
		return reason;
	}

	/** The bad input: {@code text}, {@code images} or {@code images[n]}. */
	public String field() {
		return field;
	}

	/** The limit that was passed, or 0 when none applies (unreadable, unsupported). */
	public long limit() {
		return limit;
	}

	/** What the content had, in the limit's unit, or 0 when none applies. */
	public long actual() {
		return actual;
	}

}
