package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * Hostile text: every detector returns without throwing, and every finding's offsets lie within the text with
 * start ≤ end, whatever the input.
 * <p>
 * In a normal {@code mvn test} this runs in Jazzer's regression mode over the seeds in
 * {@code src/test/resources/org/lanyard/screening/engine/detect/TextDetectorFuzzTestsInputs/findingsStayWithinText/}.
 * To fuzz for real:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl screening test -Dtest=TextDetectorFuzzTests -Djazzer.max_duration=10m
 * </pre>
 */
class TextDetectorFuzzTests {

	private static final Roster ROSTER = Roster
		.of(List.of(new RosterPerson("A20", PersonRole.PARENT, "Dawn", "Fisher", null, "dawn@example.net")));

	private static final List<ScreeningRule> RULES = Detectors.forSchool(ROSTER, Reports.ASHBY_LANE);

	@FuzzTest(maxDuration = "5m")
	void findingsStayWithinText(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		Draft draft = new Draft(ScreeningRequest.incoming(text), ROSTER, Consents.none(), Reports.ASHBY_LANE);
		for (ScreeningRule rule : RULES) {
			rule.check(draft, (code, start, end, subject, message) -> {
				assertThat(start).isNotNull();
				assertThat(end).isNotNull();
				assertThat(start).isBetween(0, text.length());
				assertThat(end).isBetween(start, text.length());
				assertThat(message).isNotBlank();
			});
		}
	}

}
