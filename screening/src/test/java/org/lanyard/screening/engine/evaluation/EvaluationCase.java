package org.lanyard.screening.engine.evaluation;

import java.util.List;
import java.util.Set;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Verdict;

/**
 * One line of an evaluation corpus: content to screen and the exact set of finding codes the product brief says it
 * must produce.
 *
 * @param id stable case id, e.g. {@code bm-consent-007}
 * @param direction outgoing post or incoming comment
 * @param purpose the channel, which decides which consent counts
 * @param text the words to screen
 * @param pupilsPictured external ids of the pupils shown in the images
 * @param images file names in the corpus's {@code fixtures/} folder
 * @param expect the exact set of codes expected: a missing code is a miss, any other code a false positive
 * @param verdict {@code PASS} for clean cases; {@code null} where the verdict is left to the pack's severities
 * @param why the rule and the seed-policy clause behind the expectation
 */
public record EvaluationCase(String id, Direction direction, Purpose purpose, String text, List<String> pupilsPictured,
		List<String> images, Set<FindingCode> expect, Verdict verdict, String why) {

	public EvaluationCase {
		pupilsPictured = List.copyOf(pupilsPictured);
		images = List.copyOf(images);
		expect = Set.copyOf(expect);
	}

	/** A clean case expects no finding at all. */
	public boolean isClean() {
		return expect.isEmpty();
	}

	/** The brief's hard rule applies: a pupil is pictured or named without consent, so the verdict must never be PASS. */
	public boolean mustNeverPass() {
		return expect.contains(FindingCode.CONSENT_MISSING);
	}

}
