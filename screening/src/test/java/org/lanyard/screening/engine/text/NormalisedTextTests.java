package org.lanyard.screening.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalisedTextTests {

	@ParameterizedTest(name = "{0} reads as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Zoë                  | zoe
			Zieliński            | zielinski
			ÉCOLE                | ecole
			ﬁne                  | fine
			ｆｕｃｋ              | fuck
			Straße               | strasse
			Łukasz Øverby        | lukasz overby
			ѕһіт                 | shit
			Ѕһіт                 | shit
			рrаtt                | pratt
			αѕѕ                  | ass
			ΒΙΤCΗ                | bitch
			f\u200Buck           | fuck
			f\u00ADuck           | fuck
			sh\u2060it           | shit
			O’Neill              | o'neill
			D‘Souza              | d'souza
			Ruby‐Jo              | ruby-jo
			Zoe\u0308            | zoe
			ⓕⓤⓒⓚ                 | fuck
			""")
	void foldsDisguiseAndAccents(String written, String read) {
		assertThat(NormalisedText.of(written).toString()).isEqualTo(read);
	}

	@Test
	void readsStyledMathematicalLettersAsLetters() {
		assertThat(NormalisedText.of("\uD835\uDC1F\uD835\uDC2E\uD835\uDC1C\uD835\uDC24").toString()).isEqualTo("fuck");
	}

	@Test
	void mapsEveryCharacterBackToTheOriginal() {
		String written = "a😀ﬁ Zoe\u0308!";

		NormalisedText text = NormalisedText.of(written);

		assertThat(text.toString()).isEqualTo("a fi zoe!");
		assertThat(text.originalStart(1)).isEqualTo(1);
		assertThat(text.originalEnd(1)).isEqualTo(3);
		assertThat(text.originalStart(2)).isEqualTo(3);
		assertThat(text.originalStart(3)).isEqualTo(3);
		assertThat(text.originalEnd(3)).isEqualTo(4);
		assertThat(text.originalEnd(7)).isEqualTo(9);
	}

	@Test
	void neverThrowsOnBrokenText() {
		String broken = "\uD800x\uDC00\u0000\u202Eabc\uFEFF\uDBFF";

		NormalisedText text = NormalisedText.of(broken);

		for (int i = 0; i < text.length(); i++) {
			assertThat(text.originalStart(i)).isBetween(0, broken.length());
			assertThat(text.originalEnd(i)).isBetween(text.originalStart(i), broken.length());
		}
	}

	@Test
	void dropsBidiControlsAndKeepsSentencePunctuation() {
		assertThat(NormalisedText.of("\u202Ehello.\nBye?").toString()).isEqualTo("hello.\nbye?");
	}

}
