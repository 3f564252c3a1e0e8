package org.lanyard.screening.engine.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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

/**
 * The text core's own adversarial cases (cases/text-core-cases.txt), many of them clean look-alikes, screened for the
 * sample school. One line a case: {@code I|O | codes or - | pictured pupils | text}.
 */
class TextCoreCasesTests {

	private static final Set<FindingCode> NOT_OURS = EnumSet.of(FindingCode.PERSONAL_DATA, FindingCode.UNSAFE_LINK,
			FindingCode.IMAGE_METADATA);

	/** The text core's own cases check the listed rules; the learned models are measured by the evaluation corpora. */
	private static final SchoolContext ASHBY_LANE = SampleSchool.load("screening-sample", "lache-2020").listedRulesOnly();

	static Stream<String> cases() {
		return SampleSchool.lines("../cases/text-core-cases.txt").stream().filter(line -> !line.startsWith("#"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void findsExactlyTheExpectedCodes(String line) {
		String[] fields = line.split("\\|", 4);
		List<String> pictured = fields[2].isBlank() ? List.of() : Arrays.asList(fields[2].strip().split(","));
		Direction direction = fields[0].strip().equals("I") ? Direction.INCOMING : Direction.OUTGOING;

		List<Finding> findings = ASHBY_LANE
			.screen(new ScreeningRequest(direction, Purpose.SOCIAL_MEDIA, fields[3], pictured, List.of())).findings();

		Set<String> expected = new TreeSet<>();
		if (!fields[1].strip().equals("-")) {
			expected.addAll(Arrays.asList(fields[1].strip().split(",")));
		}
		Set<String> found = new TreeSet<>();
		findings.stream().map(Finding::code).filter(code -> !NOT_OURS.contains(code)).forEach(code -> found.add(code.name()));
		assertThat(found).as(fields[3] + "\n" + findings).isEqualTo(expected);
	}

}
