package org.lanyard.screening.engine.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The {@code @disguise} directive and the {@code alone} flag (see lexicon/README.md). */
class LexiconDirectivesTests {

	private static Lexicon read(String... lines) {
		return Lexicon.of(Map.of("test.lex", List.of(lines)));
	}

	@Test
	void disguiseMakesTheWordsOfASlotClassDisguisable() {
		Lexicon lexicon = read("@codes OFFENSIVE_LANGUAGE", "@class insult = moron | morons | waste of space",
				"@disguise insult", "you <insult>");

		for (String word : List.of("moron", "morons", "waste", "space")) {
			assertThat(lexicon.disguise().isDisguisable(lexicon.vocabulary().id(word))).as(word).isTrue();
		}
		assertThat(lexicon.disguise().isDisguisable(lexicon.vocabulary().id("you"))).isFalse();
	}

	@Test
	void withoutTheDirectiveSlotMembersAreNotDisguisable() {
		Lexicon lexicon = read("@codes OFFENSIVE_LANGUAGE", "@class insult = moron", "you <insult> | | | disguise");

		assertThat(lexicon.disguise().isDisguisable(lexicon.vocabulary().id("moron"))).isFalse();
	}

	@Test
	void disguiseNamesAKnownClass() {
		assertThatThrownBy(() -> read("@disguise nowhere")).hasMessageContaining("unknown class nowhere");
	}

	@Test
	void aloneIsAFlag() {
		Lexicon lexicon = read("@codes OFFENSIVE_LANGUAGE", "idiots | | | alone", "idiot");

		assertThat(lexicon.entries().get(0).has(LexiconEntry.ALONE)).isTrue();
		assertThat(lexicon.entries().get(1).has(LexiconEntry.ALONE)).isFalse();
	}

}
