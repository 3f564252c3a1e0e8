package org.lanyard.screening.engine.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lanyard.screening.engine.ConsentStatus;
import org.lanyard.screening.engine.Consents;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.PolicyPacks;
import org.lanyard.screening.engine.Purpose;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.ScreeningRequest;
import org.lanyard.screening.engine.ScreeningSettings;

/**
 * A pictured pupil whose first name is an ordinary word, at the start of an outgoing caption: the name when the words
 * around it show a child ("Storm, aged 9, ...", "Rose carefully planting ...", "Holly and Priya ..."), the word when
 * they do not ("Storm Ciara closed ...", "Rose petals ...", "Summer is here"). And a pupil's surname alone that is
 * also a place ("our trip to York"). None of these sentences is in the evaluation corpus: they test the rule, not the
 * cases.
 */
class CaptionNameTests {

	private static final Roster ROSTER = Roster.of(List.of(
			pupil("C1", "Storm", "Lee"),
			pupil("C2", "Rose", "Patel"),
			pupil("C3", "Amber", "Khan"),
			new RosterPerson("C4", PersonRole.PUPIL, "Patricia", "Nowak", "Pat", null),
			pupil("C5", "Grace", "Okoro"),
			pupil("C6", "Summer", "Quinn"),
			pupil("C7", "Holly", "Green"),
			pupil("C8", "Hope", "Adeyemi"),
			pupil("C9", "River", "Jones"),
			pupil("C10", "Joy", "Mensah"),
			pupil("C11", "Priya", "Shah"),
			pupil("C12", "Isla", "York"),
			pupil("C13", "Noah", "Derby"),
			pupil("C14", "Autumn", "Reid")));

	private static final SchoolContext SCHOOL = SchoolContext.of(ROSTER, consents(), PolicyPacks.get("lache-2020"),
			new ScreeningSettings(List.of("example.sch.uk"), List.of(), Map.of(), List.of()));

	private static RosterPerson pupil(String id, String first, String last) {
		return new RosterPerson(id, PersonRole.PUPIL, first, last, null, null);
	}

	private static Consents consents() {
		Consents.Builder builder = Consents.builder();
		for (RosterPerson person : ROSTER.people()) {
			for (Purpose purpose : Purpose.values()) {
				builder.put(person.externalId(), purpose, ConsentStatus.GRANTED);
			}
		}
		return builder.build();
	}

	private static List<Finding> identified(String text, String... pictured) {
		return SCHOOL.screen(new ScreeningRequest(Direction.OUTGOING, Purpose.SOCIAL_MEDIA, text, Arrays.asList(pictured),
				List.of()))
			.findings()
			.stream()
			.filter(finding -> finding.code() == FindingCode.PUPIL_IDENTIFIED)
			.toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Storm, aged 9, after the county cross-country.           | C1
			Storm (Year 6) at the athletics final.                   | C1
			Storm – Year 6 – our new sports captain.                 | C1
			Rose carefully planting the sunflower seeds.             | C2
			Rose watering the bean plants she grew.                  | C2
			Amber happily reading to the Reception children.         | C3
			Amber with his kite at the beach day.                    | C3
			Pat receiving the sportsmanship cup.                     | C4
			Pat, 10, leads the school council meeting.               | C4
			Grace holding up the class certificate.                  | C5
			Grace, who wrote the winning poem, reading it aloud.     | C5
			Summer, Year 2, at the book fair.                        | C6
			Summer with her sunflower, taller than the fence!        | C6
			Holly and Priya building the willow den.                 | C7
			Hope has won the spelling bee!                           | C8
			Hope is our star of the week.                            | C8
			River was chosen for the county choir.                   | C9
			Joy explaining her volcano to the judges.                | C10
			Hope and Grace sharing a story in the library.           | C8
			River, our Year 4 captain, lifting the trophy.           | C9
			Summer (left) and Priya (right) with their collages.     | C6
			Joy – winner of the Year 2 spelling bee!                 | C10
			Summer practising her lines for the play.                | C6
			Autumn has been chosen as our new eco-warrior.           | C14
			""")
	void aPicturedChildsOrdinaryWordNameAtTheStartIsTheName(String text, String pupil) {
		assertThat(identified(text, pupil)).as(text).extracting(Finding::subject).contains(pupil);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Storm Ciara closed the playground early.                 | C1
			Storm-proof shelters built at forest school.             | C1
			Storm damage to the fence has been repaired.             | C1
			Rose petals and lavender for the sensory garden.         | C2
			Rose, mint and thyme in the herb garden.                 | C2
			Amber warning for snow: the school is open.              | C3
			Amber and gold leaves for our autumn collage.            | C3
			Pat on the back for everyone in Year 4!                  | C4
			Grace before meals in the dining hall.                   | C5
			Summer is finally here at forest school!                 | C6
			Summer, sun and sandcastles on our beach day.            | C6
			Summer reading challenge starts today.                   | C6
			Holly and ivy wreaths for the Christmas fair.            | C7
			Hope everyone enjoys these photos of sports day.         | C8
			River walk with Year 1 this morning.                     | C9
			Joy and laughter at the Reception nativity.              | C10
			Autumn planting in the school allotment.                 | C14
			Autumn, conkers and crunchy leaves on our walk.          | C14
			Summer, our favourite season, is finally here.           | C6
			Hope is a powerful thing.                                | C8
			Autumn bringing its colours to the school garden.        | C14
			Summer has been amazing this year, thank you all!        | C6
			Autumn: the season of conkers and bonfire night!         | C14
			Hope and joy at the Christmas fair.                      | C8
			Summer and Autumn term dates are on the website.         | C6
			""")
	void anOrdinaryWordAtTheStartStaysTheWord(String text, String pupil) {
		assertThat(identified(text, pupil)).as(text).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Our Year 4 trip to York: the Minster was amazing.        | C12
			Year 3 explored the museums in Derby.                    | C13
			A day out near York for the Year 6 geographers.          | C12
			""")
	void aSurnameThatIsAPlaceAfterAWordOfPlaceIsThePlace(String text, String pupil) {
		assertThat(identified(text, pupil)).as(text).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Congratulations to the York family on the new arrival!   | C12
			Derby scored the winning goal.                           | C13
			""")
	void aSurnameAloneOfAPicturedPupilStillNamesThem(String text, String pupil) {
		assertThat(identified(text, pupil)).as(text).extracting(Finding::subject).contains(pupil);
	}

}
