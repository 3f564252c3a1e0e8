package org.lanyard.screening.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Normalisation and its way back to the original text, against hostile input: it never throws, every normalised
 * character points inside the original text in order, and nothing a reader would see is lost (every letter and digit
 * of the original is covered by some normalised character).
 * <p>
 * In a normal {@code mvn test} this runs in Jazzer's regression mode over its seed inputs. To fuzz for real:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl screening test -Dtest=NormalisationFuzzTests -Djazzer.max_duration=10m
 * </pre>
 */
class NormalisationFuzzTests {

	@FuzzTest(maxDuration = "5m")
	void offsetsStayInsideAndInOrder(FuzzedDataProvider data) {
		String original = data.consumeRemainingAsString();

		NormalisedText text = NormalisedText.of(original);

		int previous = 0;
		for (int i = 0; i < text.length(); i++) {
			int start = text.originalStart(i);
			int end = text.originalEnd(i);
			assertThat(start).isBetween(previous, original.length() - 1);
			assertThat(end).isBetween(start + 1, original.length());
			previous = start;
		}
	}

	@FuzzTest(maxDuration = "5m")
	void nothingVisibleIsLost(FuzzedDataProvider data) {
		String original = data.consumeRemainingAsString();

		NormalisedText text = NormalisedText.of(original);

		boolean[] covered = new boolean[original.length()];
		for (int i = 0; i < text.length(); i++) {
			for (int j = text.originalStart(i); j < text.originalEnd(i); j++) {
				covered[j] = true;
			}
		}
		for (int j = 0; j < original.length(); j++) {
			char c = original.charAt(j);
			if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c) && !isInvisibleFiller(c) && !foldsToMarksOnly(c)) {
				assertThat(covered[j]).as("character %d '%s' (U+%04X) of %s", j, c, (int) c, original).isTrue();
			}
		}
	}

	/**
	 * The Hangul fillers are letters to Unicode but print as nothing (they are "default ignorable"), and spammers use
	 * them as invisible padding: the normaliser rightly drops them. Found by this fuzz test.
	 */
	private static boolean isInvisibleFiller(char c) {
		return c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0';
	}

	/**
	 * Some "letters" are compatibility forms of combining marks (U+FF9F, the halfwidth semi-voiced sound mark, is
	 * U+309A): the normaliser attaches them to the character before, so one at the very start has nothing to attach
	 * to. Found by this fuzz test.
	 */
	private static boolean foldsToMarksOnly(char c) {
		return java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC).codePoints()
			.noneMatch(cp -> Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
					&& Character.getType(cp) != Character.COMBINING_SPACING_MARK && Character.getType(cp) != Character.ENCLOSING_MARK);
	}

}
