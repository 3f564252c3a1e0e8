package org.lanyard.screening.engine.detect;

import java.util.Arrays;

import org.lanyard.screening.engine.rules.Draft;

/**
 * One pass over a draft's text noting where what the detectors look for can begin, shared by them all: each detector
 * visits those places instead of reading every character of a long text again (five such reads cost more than all
 * the detectors' real work).
 * <ul>
 * <li>a <em>word start</em>: a letter or digit, a '+' or a '(' after a character that is not a letter or digit
 * ({@link Character#isLetterOrDigit(char)}), or at the start of the text;</li>
 * <li>a <em>number start</em>: a word start that is an ASCII digit, '+' or '(';</li>
 * <li>a <em>digit run</em>: ASCII digits, started after a character that is not one.</li>
 * </ul>
 * All in text order. Lives for one screening, on one thread.
 */
final class TextScan {

	private int[] wordStarts;

	private int words;

	private int[] digitRuns;

	private int runs;

	private int[] numberStarts;

	private int numbers;

	/** The array, or a bigger copy when it has not {@code size} places. */
	private static int[] room(int[] array, int size) {
		return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
	}

	/** Characters read between checks that the lists have room for one entry per character. */
	private static final int BLOCK = 1024;

	private TextScan(String text) {
		int n = text.length();
		wordStarts = new int[16 + n / 4];
		digitRuns = new int[16 + n / 64];
		numberStarts = new int[16 + n / 64];
		// word starts without a branch: every place is written down and kept (the count moves on) only when a word
		// starts there, as word starts are too frequent and irregular for a branch to guess
		int previousWord = 0;
		int previousDigit = 0;
		for (int block = 0; block < n; block += BLOCK) {
			int end = Math.min(n, block + BLOCK);
			wordStarts = room(wordStarts, words + end - block);
			digitRuns = room(digitRuns, runs + end - block);
			numberStarts = room(numberStarts, numbers + end - block);
			for (int i = block; i < end; i++) {
				char c = text.charAt(i);
				int kind = c < 0x80 ? ASCII[c] : Character.isLetterOrDigit(c) ? WORD | STARTS : 0;
				wordStarts[words] = i;
				words += (kind >>> 1) & ~previousWord & 1;
				if ((kind & NUMBER) != 0) {
					// digits, '+' and '(' are few: here a branch guesses well
					if ((kind & DIGIT) != 0 && previousDigit == 0) {
						digitRuns[runs++] = i;
					}
					if (previousWord == 0) {
						numberStarts[numbers++] = i;
					}
				}
				previousWord = kind & WORD;
				previousDigit = kind & DIGIT;
			}
		}
	}

	/** The scan of the draft's text, made by the first detector that asks. */
	static TextScan of(Draft draft) {
		return draft.shared(TextScan.class, d -> new TextScan(d.text()));
	}

	int words() {
		return words;
	}

	/** Where the {@code k}th word starts. */
	int word(int k) {
		return wordStarts[k];
	}

	int numberStarts() {
		return numbers;
	}

	/** Where the {@code k}th word that starts with a digit, '+' or '(' starts: where a phone number may begin. */
	int numberStart(int k) {
		return numberStarts[k];
	}

	int digitRuns() {
		return runs;
	}

	/** Where the {@code k}th run of digits starts. */
	int digitRun(int k) {
		return digitRuns[k];
	}

	/** A letter or digit ({@link Character#isLetterOrDigit(char)}). */
	private static final int WORD = 1;

	/** Starts a word after a character that is not a letter or digit: a letter, a digit, '+' or '('. */
	private static final int STARTS = 2;

	/** An ASCII digit. */
	private static final int DIGIT = 4;

	/** An ASCII digit, '+' or '('. */
	private static final int NUMBER = 8;

	/** The kind of each ASCII character. */
	private static final int[] ASCII = new int[0x80];

	static {
		for (char c = 0; c < 0x80; c++) {
			ASCII[c] = (Character.isLetterOrDigit(c) ? WORD | STARTS : 0) | (c == '+' || c == '(' ? STARTS : 0)
					| (c >= '0' && c <= '9' ? DIGIT | NUMBER : 0) | (c == '+' || c == '(' ? NUMBER : 0);
		}
	}

}
