package org.lanyard.screening.engine.names;

import org.lanyard.screening.engine.RosterPerson;

/**
 * One way a person on the roster can be named: a full name, a first name, a preferred name or a surname.
 *
 * @param person the person
 * @param part which of the person's names the words are
 */
public record NameEntry(RosterPerson person, Part part) {

	/** Which of a person's names some words are. */
	public enum Part {

		/** First name and surname ("Faith Walker"). */
		FULL_NAME,
		/** Preferred name and surname ("Tom Zielinski"). */
		PREFERRED_FULL_NAME,
		/** The first name alone. */
		FIRST_NAME,
		/** The preferred name alone ("Tom" for Tomasz). */
		PREFERRED_NAME,
		/** The surname alone. */
		SURNAME;

		public boolean isFullName() {
			return this == FULL_NAME || this == PREFERRED_FULL_NAME;
		}

	}

}
