package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;

class EmbargoTermTests {

	@ParameterizedTest
	@ValueSource(strings = { "Big news coming soon about the Oak Academy Trust!", "OAK ACADEMY TRUST", "oak  academy\ntrust",
			"The budget deficit is being discussed", "After the Ofsted call today", "Oak Academy Trust's plans" })
	void findsTheSchoolsEmbargoTermsAsWholePhrases(String text) {
		assertThat(of(outgoing(text), FindingCode.CONFIDENTIAL)).as(text).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The oak tree in the academy garden", "Our budget for the trip",
			"Ofsted called it outstanding", "Oak Academy" })
	void ignoresPartsOfAPhrase(String text) {
		assertThat(of(outgoing(text), FindingCode.CONFIDENTIAL)).as(text).isEmpty();
	}

	@Test
	void findsEmbargoTermsInCommentsToo() {
		assertThat(of(incoming("Heard a rumour about the Oak Academy Trust"), FindingCode.CONFIDENTIAL)).isNotEmpty();
	}

	@Test
	void pointsAtTheTermAndSaysWhy() {
		String text = "News: Oak Academy Trust!";

		Finding finding = of(outgoing(text), FindingCode.CONFIDENTIAL).get(0);

		assertThat(SchoolFixtures.words(text, finding)).isEqualTo("Oak Academy Trust");
		assertThat(finding.message()).contains("embargo");
	}

}
