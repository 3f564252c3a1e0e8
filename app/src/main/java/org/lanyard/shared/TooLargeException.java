package org.lanyard.shared;

/** Content bigger than Lanyard accepts: answered with 413 and a sentence saying what the limit is. */
public class TooLargeException extends RuntimeException {

	private final String field;

	public TooLargeException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
