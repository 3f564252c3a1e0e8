package org.lanyard.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the text, screening returns, and every offset lies within the text. */
class RobustnessTests {

	private static final Roster ROSTER = Roster.of(List.of(RosterPerson.pupil("P1", "Grace", "Hill"),
			RosterPerson.pupil("P2", "Zoë", "D'Souza"), RosterPerson.staff("S1", "Richard", "Dick")));

	private static final SchoolContext SCHOOL = SchoolContext.of(ROSTER, Consents.none(), PolicyPacks.get("lache-2020"),
			new ScreeningSettings(List.of("example.sch.uk"), List.of("budget deficit")));

	/** Characters that have broken text engines: surrogates alone and in pairs, marks, bidi, NULs, ligatures. */
	private static final String ALPHABET = "aeiou fuckshitgrace hill dick zoe \u0000\u200B\u202E\u2066\uFEFF\u0308\u0301"
			+ "ﬁﬃ½…’'-.,!?*@$1350\n\r\tсһі😀🙃\uD800\uDC00\uDBFF\uD83D\uDE00ß İ Ǆ ǅ";

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\u0000", "\uD800", "\uDC00", "\uDC00\uD800", "\u202E\u202D", "'''", "***", "f***",
			"s h i t s h i t", "Mr.", "Mr", "Grace", "'s", "-", "a.b.c.d.e.f.g", "😀", "\u0301abc", "ﬃ", "İstanbul" })
	void screensOddTexts(String text) {
		check(text);
	}

	@Test
	void screensRandomTextsFromATrickyAlphabet() {
		Random random = new Random(20261122);
		for (int round = 0; round < 3000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			check(text.toString());
		}
	}

	@Test
	void screensAMegabyteOfEmoji() {
		check("😀".repeat(500_000));
	}

	@Test
	void screensAMegabyteOfProfanityQuickly() {
		ScreeningResult result = check("fuck you ".repeat(120_000));

		assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@Test
	void screensAVeryLongWordAndALongRunOfSingleLetters() {
		check("a".repeat(200_000));
		check("a ".repeat(100_000));
		check("f u c k ".repeat(50_000));
	}

	private static ScreeningResult check(String text) {
		for (Direction direction : Direction.values()) {
			ScreeningResult result = SCHOOL.screen(new ScreeningRequest(direction, Purpose.SOCIAL_MEDIA, text,
					List.of("P1", "P2"), List.of()));
			for (Finding finding : result.findings()) {
				if (finding.start() != null) {
					assertThat(finding.start()).as(finding.toString()).isBetween(0, text.length());
					assertThat(finding.end()).as(finding.toString()).isBetween(finding.start(), text.length());
				}
				assertThat(finding.message()).isNotBlank();
			}
			if (direction == Direction.INCOMING) {
				return result;
			}
		}
		throw new AssertionError("unreachable");
	}

}
