package org.lanyard.schools;

import org.lanyard.shared.NotFoundException;

/** No such school, or none the caller may see: the two are deliberately indistinguishable. */
public class SchoolNotFoundException extends NotFoundException {

	private SchoolNotFoundException(String message) {
		super(message);
	}

	public static SchoolNotFoundException forSlug(String slug) {
		return new SchoolNotFoundException("No school '" + slug + "' that you can see.");
	}

}
