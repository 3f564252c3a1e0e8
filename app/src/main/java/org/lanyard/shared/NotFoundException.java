package org.lanyard.shared;

/**
 * Something asked for does not exist, or the caller may not know that it exists. Both answer 404, so that a user of
 * one school cannot learn what another school holds.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
