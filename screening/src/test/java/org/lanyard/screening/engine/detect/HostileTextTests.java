package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * Texts at the length limit made of one repeated piece: no detector may overflow the stack (an unbounded regex group
 * over "a.a.a.…" did) or backtrack for ever. The timeout is a guard against a hang, far above the real cost.
 */
class HostileTextTests {

	private static final List<ScreeningRule> RULES = Detectors.forSchool(Roster.empty(), Reports.ASHBY_LANE);

	@ParameterizedTest
	@ValueSource(strings = { "a.", "a.b", "1 ", "0", "07700 ", "@", "a@", "at ", "jane at gmail dot ", "A ", "12 A ",
			"Road ", "born ", "DOB 1/", "-", "http://", "www.", "xn--", "(at)", "DE7 ", "1a ", "St ", "...", "a.b.c/",
			"\u0430.", "a-b.", "1.", "+44 ", "(0", "12 Mill Row ", "x@y.", "https://a.", "aa11aa " })
	void survivesLongRepetitiveText(String piece) {
		String text = piece.repeat(100_000 / piece.length());
		Draft draft = new Draft(ScreeningRequest.incoming(text), Roster.empty(), Consents.none(), Reports.ASHBY_LANE);
		Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (ScreeningRule rule : RULES) {
				rule.check(draft, (code, start, end, subject, message) -> assertThat(end).isLessThanOrEqualTo(text.length()));
			}
		});
	}

}
