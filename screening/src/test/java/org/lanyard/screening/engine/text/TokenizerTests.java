package org.lanyard.screening.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTests {

	private final Vocabulary vocabulary;

	private final Tokenizer tokenizer;

	TokenizerTests() {
		Vocabulary.Builder words = Vocabulary.builder();
		for (String word : List.of("fuck", "fucking", "shit", "bitch", "hill", "grace", "dont", "tell", "mr", "idiot",
				"fuck*", "assessment", "you", "off")) {
			words.add(word);
		}
		vocabulary = words.build();
		int fuck = vocabulary.id("fuck");
		Disguise disguise = Disguise.of(vocabulary,
				List.of(fuck, vocabulary.id("fucking"), vocabulary.id("shit"), vocabulary.id("bitch"),
						vocabulary.id("idiot")),
				Set.of(fuck));
		Affixes affixes = Affixes.of(Map.of("fuck", vocabulary.id("fuck*")), Map.of());
		boolean[] abbreviations = new boolean[vocabulary.size()];
		abbreviations[vocabulary.id("mr")] = true;
		tokenizer = new Tokenizer(vocabulary, disguise, affixes, abbreviations);
	}

	private List<String> read(String text) {
		Tokens tokens = tokenizer.tokenize(NormalisedText.of(text));
		List<String> words = new ArrayList<>();
		for (int t = 0; t < tokens.count(); t++) {
			words.add(tokens.id(t) < 0 ? "?" + tokens.folded(t) : vocabulary.word(tokens.id(t)));
		}
		return words;
	}

	@ParameterizedTest
	@ValueSource(strings = { "sh1t", "$hit", "sh!t", "5h1t", "sh*t", "shiiiiit", "s h i t", "s.h.i.t", "s-h-i-t",
			"S H I T", "sh\u200Bit", "ѕһіт", "SHIT!!!" })
	void seesThroughDisguisedShit(String written) {
		assertThat(read(written)).containsExactly("shit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "f*ck", "f**k", "f***", "fuuuuuck", "f u c k", "ｆｕｃｋ", "f#ck", "f*u*c*k" })
	void seesThroughDisguisedFuck(String written) {
		assertThat(read(written)).containsExactly("fuck");
	}

	@Test
	void splitsARunOfSpacedLettersIntoWords() {
		assertThat(read("f u c k y o u")).containsExactly("fuck", "you");
		assertThat(read("f.u.c.k o.f.f")).containsExactly("fuck", "off");
	}

	@Test
	void readsLongRunsOfSpacedLettersInPieces() {
		assertThat(read("f u c k ".repeat(40))).hasSize(40).containsOnly("fuck");
	}

	@Test
	void readsPossessiveDisguise() {
		assertThat(read("f*ck's sake")).containsExactly("fuck", "?sake");
	}

	@Test
	void leavesSpacedOrdinaryWordsAlone() {
		assertThat(read("a s s e s s")).containsExactly("?a", "?s", "?s", "?e", "?s", "?s");
	}

	@Test
	void joinsSpacedLettersOnlyIntoAWholeWord() {
		assertThat(read("a s s e s s m e n t")).doesNotContain("shit", "fuck");
	}

	@Test
	void doesNotReadOrdinaryNumbersAsWords() {
		assertThat(read("I 4m at 3pm with A4 paper 07700 900305")).allMatch(word -> word.startsWith("?"));
	}

	@Test
	void readsPossessiveNames() {
		assertThat(read("Grace Hill's coat")).containsExactly("grace", "hill", "?coat");
	}

	@Test
	void readsApostrophesAsOneWord() {
		assertThat(read("don’t tell")).containsExactly("dont", "tell");
	}

	@Test
	void matchesDeclaredPrefixOnly() {
		assertThat(read("fuckwit Scunthorpe")).containsExactly("fuck*", "?scunthorpe");
	}

	@Test
	void keepsTrailingPunctuationOutOfWords() {
		assertThat(read("idiot! A* grade")).containsExactly("idiot", "?a", "?grade");
	}

	@Test
	void marksSentenceStartsButNotAfterTitles() {
		Tokens tokens = tokenizer.tokenize(NormalisedText.of("Hi. Mr. Hill said so"));

		assertThat(tokens.has(0, Tokens.SENTENCE_START)).isTrue();
		assertThat(tokens.has(1, Tokens.SENTENCE_START)).isTrue();
		assertThat(tokens.has(2, Tokens.SENTENCE_START)).isFalse();
	}

	@Test
	void givesOffsetsIntoTheOriginalText() {
		String text = "😀 Zoe\u0308 f u c k 🙃";

		Tokens tokens = tokenizer.tokenize(NormalisedText.of(text));

		assertThat(tokens.count()).isEqualTo(2);
		assertThat(tokens.surface(0)).isEqualTo("Zoe\u0308");
		assertThat(tokens.surface(1)).isEqualTo("f u c k");
		assertThat(tokens.has(1, Tokens.DISGUISED)).isTrue();
	}

}
