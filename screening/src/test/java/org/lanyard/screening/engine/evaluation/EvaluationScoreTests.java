package org.lanyard.screening.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.ScreeningResult;
import org.lanyard.screening.engine.Severity;
import org.lanyard.screening.engine.Verdict;

/** The scorer itself, on made-up answers, so that the evaluation's numbers can be trusted before the engine exists. */
class EvaluationScoreTests {

	@Test
	void countsTruePositivesFalsePositivesAndMissesPerCode() {
		EvaluationScore score = new EvaluationScore("test");

		score.record(aCase("a", FindingCode.OFFENSIVE_LANGUAGE), answer(FindingCode.OFFENSIVE_LANGUAGE));
		score.record(aCase("b", FindingCode.OFFENSIVE_LANGUAGE, FindingCode.DISCRIMINATORY),
				answer(FindingCode.OFFENSIVE_LANGUAGE));
		score.record(aCase("c"), answer(FindingCode.OFFENSIVE_LANGUAGE, FindingCode.OFFENSIVE_LANGUAGE));
		score.record(aCase("d"), answer());

		assertThat(score.truePositives(FindingCode.OFFENSIVE_LANGUAGE)).isEqualTo(2);
		assertThat(score.falsePositives(FindingCode.OFFENSIVE_LANGUAGE)).as("two findings of one code count once").isEqualTo(1);
		assertThat(score.falseNegatives(FindingCode.DISCRIMINATORY)).isEqualTo(1);
		assertThat(score.precision(FindingCode.OFFENSIVE_LANGUAGE)).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(score.recall(FindingCode.OFFENSIVE_LANGUAGE)).isEqualTo(1.0);
		assertThat(score.recall(FindingCode.DISCRIMINATORY)).isEqualTo(0.0);
		assertThat(score.codesBelowTarget()).containsExactly(FindingCode.OFFENSIVE_LANGUAGE, FindingCode.DISCRIMINATORY);
		assertThat(score.passed()).isFalse();
	}

	@Test
	void passesWhenEveryCodeMeetsTheTargets() {
		EvaluationScore score = new EvaluationScore("test");

		score.record(aCase("a", FindingCode.THREAT, FindingCode.NAMES_PERSON), answer(FindingCode.NAMES_PERSON, FindingCode.THREAT));
		score.record(aCase("b"), answer());

		assertThat(score.passed()).isTrue();
		assertThat(score.report("t")).contains("| THREAT | 1 | 0 | 0 | 1.000 | 1.000 | yes |", "all targets met");
	}

	@Test
	void flagsAPassForAPupilWithoutConsentEvenWhenOtherCodesAreRight() {
		EvaluationScore score = new EvaluationScore("test");
		EvaluationCase pictured = aCase("p", FindingCode.CONSENT_MISSING);

		score.record(pictured, new ScreeningResult(Verdict.PASS,
				List.of(new Finding(FindingCode.CONSENT_MISSING, Severity.INFO, "x 2.3", "m", null, null, "B02"))));

		assertThat(score.recall(FindingCode.CONSENT_MISSING)).isEqualTo(1.0);
		assertThat(score.neverPassBroken()).hasSize(1);
		assertThat(score.passed()).isFalse();
		assertThat(score.summary()).contains("PASS a pupil pictured or named without consent: p");
	}

	@Test
	void anEngineErrorMissesEveryExpectedCodeAndFails() {
		EvaluationScore score = new EvaluationScore("test");

		score.recordError(aCase("e", FindingCode.UNSAFE_LINK), new IllegalStateException("boom"));

		assertThat(score.falseNegatives(FindingCode.UNSAFE_LINK)).isEqualTo(1);
		assertThat(score.errors()).hasSize(1);
		assertThat(score.passed()).isFalse();
	}

	@Test
	void reportQuotesTheMatchedWordsAndKeepsInvisibleCharactersVisible() {
		EvaluationScore score = new EvaluationScore("test");
		EvaluationCase zeroWidth = new EvaluationCase("z", Direction.INCOMING, Purpose.SOCIAL_MEDIA, "sh\u200bit | day",
				List.of(), List.of(), Set.of(), Verdict.PASS, "why");

		score.record(zeroWidth, new ScreeningResult(Verdict.BLOCK,
				List.of(new Finding(FindingCode.OFFENSIVE_LANGUAGE, Severity.BLOCK, "x 2.6", "m", 0, 5, null))));

		assertThat(score.report("t")).contains("sh\\u200bit \\| day", "OFFENSIVE_LANGUAGE 'sh\\u200bit'");
	}

	private static EvaluationCase aCase(String id, FindingCode... expect) {
		return new EvaluationCase(id, Direction.OUTGOING, Purpose.SOCIAL_MEDIA, "text", List.of(), List.of(), Set.of(expect),
				expect.length == 0 ? Verdict.PASS : null, "why");
	}

	private static ScreeningResult answer(FindingCode... codes) {
		List<Finding> findings = new ArrayList<>();
		for (FindingCode code : codes) {
			findings.add(new Finding(code, Severity.BLOCK, "lache-2020 2.6", "m", 0, 4, null));
		}
		return new ScreeningResult(findings.isEmpty() ? Verdict.PASS : Verdict.BLOCK, findings);
	}

}
