package org.lanyard.screening.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.lexicon.Lexicon;

/** The two pattern markers that reach past plain word sequences: a gap ({@code ~}) and the end of a clause ($). */
class GapAndClauseEndTests {

	private static final Lexicon LEXICON = Lexicon.of(Map.of("test.lex", List.of(
			"@list gap-stops", "not never and if",
			"@codes THREAT", "@category test",
			"i'll ~ and kill you",
			"know where ~ lives",
			"or else $",
			"pay for (it|this) $")));

	private static final TextAnalyser ANALYSER = TextAnalyser.forSchool(LEXICON, Roster.of(List.of()),
			ScreeningSettings.none());

	private static boolean found(String text) {
		return !ANALYSER.analyse(text, Direction.INCOMING).findings(FindingCode.THREAT).isEmpty();
	}

	@Test
	void aGapStandsForOneToFourWords() {
		assertThat(found("I'll find you and kill you")).isTrue();
		assertThat(found("I'll come down there and kill you")).isTrue();
		assertThat(found("I know where Mrs Balls lives")).isTrue();
		assertThat(found("I know where the new head lives")).isTrue();
		assertThat(found("I'll and kill you")).isFalse();
		assertThat(found("I'll come down to that school today and kill you")).isFalse();
	}

	@Test
	void aGapNeverStandsOverPunctuationOrAStopWord() {
		assertThat(found("I'll find you, and kill you")).isFalse();
		assertThat(found("I'll never ever and kill you")).isFalse();
		assertThat(found("I'll ask if he can and kill you")).isFalse();
		assertThat(found("I know where. Mrs Balls lives")).isFalse();
	}

	@Test
	void aClauseEndHoldsOnlyAtPunctuationOrTheEndOfTheText() {
		assertThat(found("Be there, or else.")).isTrue();
		assertThat(found("Be there or else")).isTrue();
		assertThat(found("you will pay for this!")).isTrue();
		assertThat(found("you will pay for this, I promise")).isTrue();
		assertThat(found("Hand it in on Friday or else you'll miss the trip")).isFalse();
		assertThat(found("you will pay for this trip on ParentPay")).isFalse();
	}

	@Test
	void aGapOrAClauseEndCannotStartAPattern() {
		assertThatThrownBy(() -> Lexicon.of(Map.of("bad.lex", List.of("@codes THREAT", "~ kill you"))))
			.hasMessageContaining("gap");
		assertThatThrownBy(() -> Lexicon.of(Map.of("bad.lex", List.of("@codes THREAT", "kill you ~"))))
			.hasMessageContaining("gap");
		assertThatThrownBy(() -> Lexicon.of(Map.of("bad.lex", List.of("@codes THREAT", "$ kill you"))))
			.hasMessageContaining("gap");
	}

}
