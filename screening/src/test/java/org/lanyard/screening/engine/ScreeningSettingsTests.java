package org.lanyard.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScreeningSettingsTests {

	private static ScreeningResult screen(ScreeningSettings settings, String text) {
		return SchoolContext.of(Roster.empty(), Consents.none(), PolicyPacks.get("lache-2020"), settings)
			.screen(ScreeningRequest.incoming(text));
	}

	@Test
	void keepsTheTwoArgumentConstructorOfTheHttpContract() {
		ScreeningSettings settings = new ScreeningSettings(List.of("a.sch.uk"), List.of("academy conversion"));

		assertThat(settings.extraTerms()).isEmpty();
		assertThat(settings.exceptions()).isEmpty();
	}

	@Test
	void flagsTheSchoolsExtraTermsWithTheirCode() {
		ScreeningSettings settings = new ScreeningSettings(List.of(), List.of(),
				Map.of("smelly sam", FindingCode.SAFEGUARDING_RISK), List.of());

		assertThat(screen(settings, "Ha, SMELLY  Sam strikes again").findings()).extracting(Finding::code)
			.containsExactly(FindingCode.SAFEGUARDING_RISK);
	}

	@Test
	void neverFlagsTheSchoolsExceptions() {
		ScreeningSettings settings = new ScreeningSettings(List.of(), List.of(), Map.of(), List.of("Twatling Road"));

		assertThat(screen(settings, "Meet at Twatling Road").findings()).isEmpty();
		assertThat(screen(ScreeningSettings.none(), "Meet at Twatling Road you twat").findings()).isNotEmpty();
	}

	@Test
	void toleratesOddSchoolTerms() {
		ScreeningSettings settings = new ScreeningSettings(List.of(), List.of("(unclosed [", "", "   ", "*"),
				Map.of("{x}", FindingCode.OFFENSIVE_LANGUAGE), List.of("|"));

		assertThat(screen(settings, "(unclosed [ plans").findings()).extracting(Finding::code)
			.containsExactly(FindingCode.CONFIDENTIAL);
	}

}
