package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.RosterPerson;

/** Words the name and consent rules share for the people they talk about. */
final class People {

	private People() {
	}

	static String role(RosterPerson person) {
		return switch (person.role()) {
			case PUPIL -> "a pupil";
			case STAFF -> "a member of staff";
			case GOVERNOR -> "a governor";
			case VOLUNTEER -> "a volunteer";
			case PARENT -> "a parent";
		};
	}

	/** Why consent is missing, in words: never given, refused or withdrawn. */
	static String consentState(Consents consents, String pupil, Purpose purpose) {
		ConsentStatus status = consents.status(pupil, purpose);
		String channel = purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		if (status == null) {
			return "the school holds no " + channel + " consent for this pupil";
		}
		return "the " + channel + " consent for this pupil was " + status.name().toLowerCase(java.util.Locale.ROOT);
	}

}
