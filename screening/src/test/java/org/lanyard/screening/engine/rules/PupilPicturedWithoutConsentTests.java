package org.lanyard.screening.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lanyard.screening.engine.rules.SchoolFixtures.of;
import static org.lanyard.screening.engine.rules.SchoolFixtures.outgoing;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Verdict;

class PupilPicturedWithoutConsentTests {

	@Test
	void findsAPicturedPupilWithoutConsentWithNoOffsets() {
		Finding finding = of(outgoing("Science week!", "P1", "P4"), FindingCode.CONSENT_MISSING).get(0);

		assertThat(finding.subject()).isEqualTo("P4");
		assertThat(finding.start()).isNull();
		assertThat(finding.end()).isNull();
	}

	@Test
	void neverPassesAPupilTheRosterDoesNotKnow() {
		assertThat(outgoing("Sports day", "X999").verdict()).isEqualTo(Verdict.BLOCK);
	}

	@Test
	void passesPicturedPupilsWithConsent() {
		assertThat(outgoing("Pond dipping: three newts!", "P1", "P10").verdict()).isEqualTo(Verdict.PASS);
	}

	@Test
	void findsWithdrawnAndMissingConsent() {
		assertThat(of(outgoing("Trip", "P2", "P5"), FindingCode.CONSENT_MISSING)).extracting(Finding::subject)
			.containsExactlyInAnyOrder("P2", "P5");
	}

}
