package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.RosterPerson;

/**
 * An outgoing post pictures a pupil whose consent for the post's purpose is not granted (Lache 2.3). A pupil the roster
 * does not know has no consent either: a post is never passed on an unknown child.
 */
public final class PupilPicturedWithoutConsent implements ScreeningRule {

	@Override
	public void check(Draft draft, FindingSink sink) {
		if (draft.request().direction() != Direction.OUTGOING) {
			return;
		}
		Purpose purpose = draft.request().purpose();
		for (String pupil : draft.request().pupilsPictured()) {
			if (!draft.consents().isGranted(pupil, purpose)) {
				String who = draft.roster().find(pupil).map(RosterPerson::firstName).map(name -> pupil + " (" + name + ")")
					.orElse(pupil + " (not on the roster)");
				sink.report(FindingCode.CONSENT_MISSING, null, null, pupil, "Pupil " + who + " is pictured, but "
						+ People.consentState(draft.consents(), pupil, purpose)
						+ "; the policy needs written parental consent.");
			}
		}
	}

}
