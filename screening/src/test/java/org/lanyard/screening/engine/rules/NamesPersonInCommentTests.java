package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;

class NamesPersonInCommentTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Mrs Cockburn was brilliant today          | S2 | Mrs Cockburn
			mr pratt has been great                   | S3 | mr pratt
			Thanks Mr. Pratt!                         | S3 | Mr. Pratt
			Mr Dick's class                           | S1 | Mr Dick's
			Linda Cockburn is our new deputy          | S2 | Linda Cockburn
			Dr Ashe chaired the meeting               | G1 | Dr Ashe
			Thanks June Bell for the reading help     | V1 | June Bell
			Is Grace Hill ok?                         | P1 | Grace Hill
			MS COCKBURN                               | S2 | MS COCKBURN
			""")
	void findsStaffGovernorsVolunteersAndPupilsOnTheRoster(String text, String person, String words) {
		Finding finding = of(incoming(text), FindingCode.NAMES_PERSON).get(0);

		assertThat(finding.subject()).isEqualTo(person);
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo(words);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Donna Fisher here, anyone lost a coat?", "Mrs Fisher said the club is on",
			"Mr Smith from the council visited", "Grace was lovely in the play", "Thanks Linda!",
			"Cockburn is a lovely town", "My son's teacher was brilliant" })
	void ignoresParentsStrangersAndSingleNames(String text) {
		assertThat(of(incoming(text), FindingCode.NAMES_PERSON)).as(text).isEmpty();
	}

	@Test
	void isForIncomingCommentsOnly() {
		assertThat(of(outgoing("Mr Pratt's class won the attendance cup"), FindingCode.NAMES_PERSON)).isEmpty();
	}

	@Test
	void neverCallsAStaffSurnameOffensive() {
		assertThat(of(incoming("Mr Dick and Mrs Cockburn ran the disco"), FindingCode.OFFENSIVE_LANGUAGE)).isEmpty();
	}

}
