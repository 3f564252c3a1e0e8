package org.lanyard.screening.engine;

import org.jspecify.annotations.Nullable;

/**
 * One person on a school's roster, as the engine needs to know them.
 *
 * @param externalId the school's own id of the person (from its MIS)
 * @param role pupil, parent, staff, governor or volunteer
 * @param firstName legal first name
 * @param lastName surname
 * @param preferredName the name the person goes by, if different ("Tom" for Tomasz)
 * @param email the person's e-mail address, if known
 */
public record RosterPerson(String externalId, PersonRole role, String firstName, String lastName,
		@Nullable String preferredName, @Nullable String email) {

	public static RosterPerson pupil(String externalId, String firstName, String lastName) {
		return new RosterPerson(externalId, PersonRole.PUPIL, firstName, lastName, null, null);
	}

	public static RosterPerson staff(String externalId, String firstName, String lastName) {
		return new RosterPerson(externalId, PersonRole.STAFF, firstName, lastName, null, null);
	}

}
