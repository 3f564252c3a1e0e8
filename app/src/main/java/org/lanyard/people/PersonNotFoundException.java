package org.lanyard.people;

import java.util.UUID;

import org.lanyard.shared.NotFoundException;

/** No such person in the school asked about. */
public class PersonNotFoundException extends NotFoundException {

	private PersonNotFoundException(String message) {
		super(message);
	}

	public static PersonNotFoundException forId(UUID id) {
		return new PersonNotFoundException("No person " + id + " in this school.");
	}

}
