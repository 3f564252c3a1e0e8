package org.lanyard.screening.engine.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningResult;
import org.lanyard.screening.engine.Verdict;

import tools.jackson.databind.JsonNode;

/**
 * The 25 sample cases of the acceptance format (shared/examples), run through the engine for the codes the text core
 * owns. Codes of the detectors (personal data, links, image metadata) are left out of the comparison until they land.
 */
class ScreeningSampleTests {

	private static final Set<FindingCode> NOT_OURS = EnumSet.of(FindingCode.PERSONAL_DATA, FindingCode.UNSAFE_LINK,
			FindingCode.IMAGE_METADATA);

	private static final SchoolContext ASHBY_LANE = SampleSchool.load("screening-sample", "lache-2020");

	static Stream<JsonNode> cases() {
		return SampleSchool.lines("screening-sample.jsonl").stream().map(SampleSchool.JSON::readTree);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void findsExactlyTheExpectedCodes(JsonNode sample) {
		List<String> pictured = new ArrayList<>();
		sample.path("pupilsPictured").forEach(id -> pictured.add(id.asString()));
		ScreeningRequest request = new ScreeningRequest(Direction.valueOf(sample.path("direction").asString()),
				Purpose.valueOf(sample.path("purpose").asString()), sample.path("text").asString(), pictured, List.of());

		ScreeningResult result = ASHBY_LANE.screen(request);

		Set<String> expected = new TreeSet<>();
		sample.path("expect").forEach(code -> expected.add(code.asString()));
		expected.removeIf(code -> NOT_OURS.contains(FindingCode.valueOf(code)));
		Set<String> found = new TreeSet<>();
		result.findings().stream().map(Finding::code).filter(code -> !NOT_OURS.contains(code))
			.forEach(code -> found.add(code.name()));
		assertThat(found).as(sample.path("id").asString() + " " + sample.path("text").asString() + "\n"
				+ result.findings()).isEqualTo(expected);
		if ("PASS".equals(sample.path("verdict").asString(null)) ) {
			assertThat(result.verdict()).isEqualTo(Verdict.PASS);
		}
		for (Finding finding : result.findings()) {
			if (finding.start() != null) {
				assertThat(finding.start()).isBetween(0, finding.end());
				assertThat(finding.end()).isLessThanOrEqualTo(request.text().length());
			}
		}
	}

}
