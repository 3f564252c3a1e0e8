package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.incoming;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;

class PupilNamedWithoutConsentTests {

	@Test
	void findsAFullNameWhoseConsentWasRefused() {
		String text = "Well done Miles Carter!";

		Finding finding = of(outgoing(text), FindingCode.CONSENT_MISSING).get(0);

		assertThat(finding.subject()).isEqualTo("P4");
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo("Miles Carter");
		assertThat(finding.message()).contains("refused");
	}

	@Test
	void findsAFullNameWithNoConsentRecordOrWithdrawnConsent() {
		assertThat(of(outgoing("Zoë D'Souza read a poem"), FindingCode.CONSENT_MISSING)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("no social media consent"));
		assertThat(of(outgoing("Hope Walker read a poem"), FindingCode.CONSENT_MISSING)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("withdrawn"));
	}

	@Test
	void passesAFullNameWithConsentToPupilIdentifiedOnly() {
		assertThat(of(outgoing("Grace Hill read a poem"), FindingCode.CONSENT_MISSING)).isEmpty();
	}

	@Test
	void ignoresAFirstNameAlone() {
		assertThat(of(outgoing("Well done Miles!"), FindingCode.CONSENT_MISSING)).isEmpty();
	}

	@Test
	void isForOutgoingPostsOnly() {
		assertThat(of(incoming("Well done Miles Carter!"), FindingCode.CONSENT_MISSING)).isEmpty();
	}

}
