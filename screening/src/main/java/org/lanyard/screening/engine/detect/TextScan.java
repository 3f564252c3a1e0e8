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
 * <li>a <em>digit run</em>: ASCII digits, started after a character that is not one.</li>
 * </ul>
 * Both in text order. Lives for one screening, on one thread.
 */
final class TextScan {

	private int[] wordStarts;

	private int words;

	private int[] digitRuns;

	private int runs;

	private TextScan(String text) {
		int n = text.length();
		wordStarts = new int[16 + n / 4];
		digitRuns = new int[16 + n / 64];
		boolean previousWord = false;
		boolean previousDigit = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			boolean word = c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
			if (!previousWord && (word || c == '+' || c == '(')) {
				addWord(i);
			}
			boolean digit = c >= '0' && c <= '9';
			if (digit && !previousDigit) {
				addRun(i);
			}
			previousWord = word;
			previousDigit = digit;
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

	int digitRuns() {
		return runs;
	}

	/** Where the {@code k}th run of digits starts. */
	int digitRun(int k) {
		return digitRuns[k];
	}

	private void addWord(int i) {
		if (words == wordStarts.length) {
			wordStarts = Arrays.copyOf(wordStarts, words * 2);
		}
		wordStarts[words++] = i;
	}

	private void addRun(int i) {
		if (runs == digitRuns.length) {
			digitRuns = Arrays.copyOf(digitRuns, runs * 2);
		}
		digitRuns[runs++] = i;
	}

	/** {@link Character#isLetterOrDigit(char)} for ASCII: letters and digits. */
	private static final boolean[] ASCII_WORD = new boolean[0x80];

	static {
		for (char c = 0; c < 0x80; c++) {
			ASCII_WORD[c] = Character.isLetterOrDigit(c);
		}
	}

}
