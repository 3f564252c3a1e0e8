package org.lanyard.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The whole engine against hostile text, in both directions, with pictured pupils: it never throws, every text
 * finding lies inside the text, and a pictured pupil without consent is never passed.
 * <p>
 * Regression mode in every {@code mvn test}; to fuzz for real:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl screening test -Dtest=ScreeningFuzzTests -Djazzer.max_duration=10m
 * </pre>
 */
class ScreeningFuzzTests {

	private static final SchoolContext SCHOOL = SchoolContext.of(
			Roster.of(List.of(RosterPerson.pupil("P1", "Grace", "Hill"), RosterPerson.pupil("P2", "Summer", "O'Neill"),
					new RosterPerson("P3", PersonRole.PUPIL, "Tomasz", "Zieliński", "Tom", null),
					RosterPerson.staff("S1", "Linda", "Cockburn"),
					new RosterPerson("M1", PersonRole.PARENT, "Donna", "Hill", null, "donna@example.com"))),
			Consents.builder().put("P1", Purpose.SOCIAL_MEDIA, ConsentStatus.GRANTED).build(),
			PolicyPacks.get("lache-2020"),
			new ScreeningSettings(List.of("school.example.sch.uk", "gov.uk"), List.of("academy conversion")));

	@FuzzTest(maxDuration = "5m")
	void findingsStayInsideTheTextAndConsentIsNeverPassed(FuzzedDataProvider data) {
		Direction direction = data.consumeBoolean() ? Direction.OUTGOING : Direction.INCOMING;
		List<String> pictured = data.consumeBoolean() ? List.of("P2") : List.of();
		String text = data.consumeRemainingAsString();

		ScreeningResult result = SCHOOL.screen(new ScreeningRequest(direction, Purpose.SOCIAL_MEDIA, text, pictured, List.of()));

		for (Finding finding : result.findings()) {
			if (finding.start() != null) {
				assertThat(finding.start()).isBetween(0, text.length());
				assertThat(finding.end()).isBetween(finding.start(), text.length());
			}
			assertThat(finding.message()).isNotBlank();
		}
		if (direction == Direction.OUTGOING && !pictured.isEmpty()) {
			assertThat(result.verdict()).isNotEqualTo(Verdict.PASS);
		}
	}

}
