package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;

class PupilIdentifiedTests {

	private static List<Finding> identified(String text, String... pictured) {
		return of(outgoing(text, pictured), FindingCode.PUPIL_IDENTIFIED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Well done Grace Hill!                       | P1 | Grace Hill
			Grace Hill's painting                       | P1 | Grace Hill's
			GRACE HILL                                  | P1 | GRACE HILL
			grace hill won                              | P1 | grace hill
			Ruby-Jo Pearce sang                         | P7 | Ruby-Jo Pearce
			Liam O’Neill scored                         | P6 | Liam O’Neill
			Zoe D'Souza read a poem                     | P5 | Zoe D'Souza
			Tom Zielinski's gargoyle                    | P8 | Tom Zielinski's
			Tomasz Zieliński                            | P8 | Tomasz Zieliński
			""")
	void findsFullNamesWithPossessivesHyphensApostrophesAndAccents(String text, String pupil, String words) {
		Finding finding = identified(text).get(0);

		assertThat(finding.subject()).isEqualTo(pupil);
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo(words);
	}

	@Test
	void findsFullNamesInCommentsToo() {
		assertThat(of(incoming("Is Grace Hill ok?"), FindingCode.PUPIL_IDENTIFIED)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Well done Grace!", "Hope you all have a lovely half term", "Ayesha's helmet" })
	void ignoresAFirstNameAloneWhenNobodyIsPictured(String text) {
		assertThat(identified(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ayesha's fabulous Anglo-Saxon helmet!      | P9
			AYESHA's helmet                            | P9
			Tom's clay gargoyle                        | P8
			Brilliant work, tom!                       | P8
			Autumn's painting won a prize              | P10
			Great work from Hope this week             | P2
			Hope scored twice                          | P2
			Well done Summer!                          | P3
			Miles won the race                         | P4
			Ruby-Jo's dance                            | P7
			Congratulations to the Begum family        | P9
			""")
	void findsAnyNameOfAPicturedPupil(String text, String pupil) {
		assertThat(identified(text, pupil)).extracting(Finding::subject).contains(pupil);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Autumn term starts on Monday               | P10
			This Autumn we planted bulbs               | P10
			We walked two miles today                  | P4
			Miles away from home on the residential   | P4
			We hope you enjoy the pictures             | P2
			Hope you all have a lovely half term       | P2
			Summer fair this Saturday!                 | P3
			Our Summer fair raised £500                | P3
			Grace before lunch                         | P1
			Amazing grace at the gymnastics            | P1
			The price of the trip is £5                | P3
			Look at the berries on the rowan tree      | P1
			""")
	void ignoresANameUsedAsTheOrdinaryWord(String text, String pupil) {
		assertThat(identified(text, pupil)).isEmpty();
	}

	@Test
	void saysWhyInPlainEnglish() {
		assertThat(identified("Grace Hill's coat").get(0).message())
			.isEqualTo("\"Grace Hill's\" is the full name of a pupil; the policy says children must not be identified by name.");
	}

}
