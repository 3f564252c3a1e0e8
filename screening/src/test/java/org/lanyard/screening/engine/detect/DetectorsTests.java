package org.lanyard.screening.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;

/** The detectors wired into a school's screening, on the shared sample cases and a few mixed texts. */
class DetectorsTests {

	private static final Set<FindingCode> MINE = Set.of(FindingCode.PERSONAL_DATA, FindingCode.UNSAFE_LINK);

	private static final SchoolContext ASHBY_LANE = SchoolContext.of(Roster.empty(), Consents.none(),
			PolicyPacks.get("lache-2020"), Reports.ASHBY_LANE);

	private static String codes(String text) {
		List<Finding> findings = ASHBY_LANE.screen(ScreeningRequest.outgoing(Purpose.SOCIAL_MEDIA, text)).findings();
		return findings.stream()
			.map(Finding::code)
			.filter(MINE::contains)
			.map(Enum::name)
			.distinct()
			.sorted()
			.collect(Collectors.joining(" "));
	}

	@org.junit.jupiter.api.Test
	void tellsWhetherShortTextHoldsAHomeAddress() {
		assertThat(Detectors.containsHomeAddress("8 Mill Row")).isTrue();
		assertThat(Detectors.containsHomeAddress("Ilkeston, DE7 4QP")).isTrue();
		assertThat(Detectors.containsHomeAddress("Ilkeston")).isFalse();
		assertThat(Detectors.containsHomeAddress("Kedleston Hall, Derby")).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Autumn term newsletter: harvest donations go to the Ilkeston food bank this year. Thank you!|
			Our Year 3 walk was only two miles but it felt like ten in the mud!|
			Year 5 trip to Kedleston Hall: https://www.nationaltrust.org.uk/visit/derbyshire/kedleston-hall|
			Questions about Friday's trip? Call Mr Pratt on his mobile, 07700 900305.|PERSONAL_DATA
			Lost cat near the school — if you see him please bring him to 8 Mill Row, DE7 4QP|PERSONAL_DATA
			Register for the phonics workshop for parents: https://is.gd/ashbyphonics|UNSAFE_LINK
			Year 6 football training in the sunshine.|
			Changing the school day to finish at 3pm without asking parents was a bad decision.|
			Year 4 are reading The Twits by Roald Dahl this half term.|
			Email jo.bloggs@gmail.com or see www.jos-tutoring.co.uk|PERSONAL_DATA UNSAFE_LINK
			Trip on 12/06/2025, £12.50 per child, back by 15:30. Charity No. 1123456.|
			Worried? Call Childline on 0800 1111 or visit https://www.childline.org.uk|UNSAFE_LINK
			""")
	void reportsSampleCasesAsTheBriefReadsThem(String text, @Nullable String expected) {
		assertThat(codes(text)).isEqualTo(expected == null ? "" : expected);
	}

}
