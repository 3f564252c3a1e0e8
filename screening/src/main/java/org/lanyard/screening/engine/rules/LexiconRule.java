package org.lanyard.screening.engine.rules;

import java.util.List;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis;
import org.lanyard.screening.engine.analysis.TextAnalysis.LexiconHit;

/**
 * A rule that reports the lexicon matches of one code that stand once context is applied (see
 * {@link TextAnalysis#findings(FindingCode)}), each with the writer's own words quoted.
 */
abstract class LexiconRule implements ScreeningRule {

	private final FindingCode code;

	LexiconRule(FindingCode code) {
		this.code = code;
	}

	@Override
	public final void check(Draft draft, FindingSink sink) {
		if (!appliesTo(draft)) {
			return;
		}
		TextAnalysis analysis = draft.analysis();
		for (LexiconHit hit : hits(analysis)) {
			if (!stands(analysis, hit)) {
				continue;
			}
			int start = analysis.tokens().start(hit.from());
			int end = analysis.tokens().end(hit.to() - 1);
			sink.reportText(code, start, end, message(analysis.quote(hit.from(), hit.to()), hit.entry().category()));
		}
	}

	/**
	 * The matches of this rule's code that context lets stand: by default the lexicon's findings (weak cues paired);
	 * a rule may know a second cue that the lexicon cannot read.
	 */
	List<LexiconHit> hits(TextAnalysis analysis) {
		return analysis.findings(code);
	}

	/** The code this rule reports. */
	final FindingCode code() {
		return code;
	}

	/** Whether the rule looks at this draft at all (some codes are for one direction only). */
	boolean appliesTo(Draft draft) {
		return true;
	}

	/**
	 * Whether a match that context has let stand is still a finding for this rule; a rule may know more about its own
	 * code (banter around a threat, a surprise party around a secret). Every match stands unless a rule says otherwise.
	 */
	boolean stands(TextAnalysis analysis, LexiconHit hit) {
		return true;
	}

	/** Plain English naming the quoted words, what they are and what the policy says. */
	abstract String message(String quote, String category);

}
