package org.lanyard.screening.engine.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.FindingCode;

class LexiconTests {

	@Test
	void loadsTheBundledFiles() {
		Lexicon lexicon = Lexicon.standard();

		assertThat(lexicon.entries()).hasSizeGreaterThan(300);
		assertThat(lexicon.vocabulary().id("fuck")).isNotNegative();
		assertThat(lexicon.set("titles").contains(lexicon.vocabulary().id("mrs"))).isTrue();
	}

	@Test
	void everyFindingEntryHasACodeCategoryAndSeverity() {
		for (LexiconEntry entry : Lexicon.standard().entries()) {
			if (entry.kind() == LexiconEntry.Kind.FINDING) {
				assertThat(entry.codes()).as(entry.source()).isNotEmpty();
			}
			assertThat(entry.category()).as(entry.source()).isNotBlank();
			assertThat(entry.severity()).as(entry.source()).isIn("low", "medium", "high");
		}
	}

	@Test
	void slursCarryBothCodes() {
		assertThat(Lexicon.standard().entries()).filteredOn(entry -> entry.phrase().equals("retard")).singleElement()
			.satisfies(entry -> assertThat(entry.codes()).containsExactlyInAnyOrder(FindingCode.DISCRIMINATORY,
					FindingCode.OFFENSIVE_LANGUAGE));
	}

}
