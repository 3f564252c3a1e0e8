package org.lanyard.screening.engine.rules;

import java.util.List;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.analysis.NameMentions;
import org.lanyard.screening.engine.analysis.NameMentions.Mention;
import org.lanyard.screening.engine.analysis.TextAnalysis;

/**
 * A pupil is identifiable (Lache 2.4): a pupil's full name anywhere, in either direction; and in an outgoing post that
 * pictures pupils, any name of a pictured pupil, unless the name is used as the ordinary word it also is ("we hope",
 * "Autumn term"). A first name alone of a pupil who is not pictured is not a finding.
 */
public final class PupilIdentified implements ScreeningRule {

	@Override
	public void check(Draft draft, FindingSink sink) {
		TextAnalysis analysis = draft.analysis();
		NameMentions names = analysis.names();
		for (Mention mention : names.fullNames()) {
			if (mention.person().role() == PersonRole.PUPIL) {
				report(analysis, mention, sink, "is the full name of a pupil; the policy says children must not be "
						+ "identified by name.");
			}
		}
		List<String> pictured = draft.request().pupilsPictured();
		if (draft.request().direction() != Direction.OUTGOING || pictured.isEmpty()) {
			return;
		}
		for (Mention mention : names.singles()) {
			if (pictured.contains(mention.person().externalId()) && names.usedAsName(mention)) {
				report(analysis, mention, sink, "names a pupil pictured in this post; the policy says children in "
						+ "photographs must not be named.");
			}
		}
	}

	private static void report(TextAnalysis analysis, Mention mention, FindingSink sink, String why) {
		sink.report(FindingCode.PUPIL_IDENTIFIED, analysis.tokens().start(mention.from()),
				analysis.tokens().end(mention.to() - 1), mention.person().externalId(),
				"\"" + analysis.quote(mention.from(), mention.to()) + "\" " + why);
	}

}
