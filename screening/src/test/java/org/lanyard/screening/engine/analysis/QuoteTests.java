package org.lanyard.screening.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTests {

	@Test
	void quotesTheWordsAsWritten() {
		assertThat(Quote.of("say f*ck's sake now", 4, 15)).isEqualTo("f*ck's sake");
	}

	@Test
	void cutsLongQuotesAtSixtyCharacters() {
		String quote = Quote.of("x".repeat(200), 0, 200);

		assertThat(quote).hasSize(61).endsWith("…");
	}

	@Test
	void dropsControlAndBidiCharactersAndCollapsesSpace() {
		assertThat(Quote.of("a\u202E\u0000b \n\t c\u200B", 0, 10)).isEqualTo("a b c");
	}

	@Test
	void neverSplitsASurrogatePairOrLeavesALoneOne() {
		assertThat(Quote.of("😀".repeat(40), 0, 80)).doesNotContain("\uFFFD").hasSize(61);
		assertThat(Quote.of("a\uD800b", 0, 3)).isEqualTo("ab");
	}

	@Test
	void clampsOffsetsToTheText() {
		assertThat(Quote.of("abc", -5, 99)).isEqualTo("abc");
		assertThat(Quote.of("abc", 2, 1)).isEmpty();
	}

	@Test
	void keepsMarkupAsPlainText() {
		assertThat(Quote.of("<script>alert(1)</script>", 0, 25)).isEqualTo("<script>alert(1)</script>");
	}

}
