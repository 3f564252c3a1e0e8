package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.NameMentions;
import org.lanyard.screening.engine.analysis.NameMentions.Mention;
import org.lanyard.screening.engine.analysis.TextAnalysis;

/**
 * An incoming comment names someone on the roster: staff, governors and volunteers by title and surname ("Mrs Cox",
 * "Mr. Dick") or full name, pupils by full name (Little Eaton 5.9: complaints naming staff or pupils go to the
 * Headteacher). Parents and people not on the roster are not findings.
 */
public final class NamesPersonInComment implements ScreeningRule {

	@Override
	public void check(Draft draft, FindingSink sink) {
		if (draft.request().direction() != Direction.INCOMING) {
			return;
		}
		TextAnalysis analysis = draft.analysis();
		NameMentions names = analysis.names();
		for (Mention mention : names.fullNames()) {
			report(analysis, mention, sink);
		}
		for (Mention mention : names.titled()) {
			report(analysis, mention, sink);
		}
	}

	private static void report(TextAnalysis analysis, Mention mention, FindingSink sink) {
		sink.report(FindingCode.NAMES_PERSON, analysis.tokens().start(mention.from()),
				analysis.tokens().end(mention.to() - 1), mention.person().externalId(),
				"\"" + analysis.quote(mention.from(), mention.to()) + "\" names " + People.role(mention.person())
						+ "; the policy says comments naming staff or pupils are agreed before publication.");
	}

}
