package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.analysis.NameMentions.Mention;
import org.lanyard.screening.engine.analysis.TextAnalysis;

/**
 * An outgoing post names a pupil by full name whose consent for the post's purpose is not granted: never given,
 * refused or withdrawn (Lache 2.3 "written consent of parents").
 */
public final class PupilNamedWithoutConsent implements ScreeningRule {

	@Override
	public void check(Draft draft, FindingSink sink) {
		if (draft.request().direction() != Direction.OUTGOING) {
			return;
		}
		TextAnalysis analysis = draft.analysis();
		Purpose purpose = draft.request().purpose();
		for (Mention mention : analysis.names().fullNames()) {
			String pupil = mention.person().externalId();
			if (mention.person().role() == PersonRole.PUPIL && !draft.consents().isGranted(pupil, purpose)) {
				sink.report(FindingCode.CONSENT_MISSING, analysis.tokens().start(mention.from()),
						analysis.tokens().end(mention.to() - 1), pupil,
						"\"" + analysis.quote(mention.from(), mention.to()) + "\" names a pupil, but "
								+ People.consentState(draft.consents(), pupil, purpose)
								+ "; the policy needs written parental consent.");
			}
		}
	}

}
