package org.lanyard.screening.engine.text;

import java.util.Arrays;

/**
 * A text as the engine reads it (see {@link CharFolding}), with the way back: every normalised character knows the
 * range of the original text it came from, so a finding found in the folded view points at the writer's own
 * characters. Offsets are Java char indices; a surrogate pair, an accent written as a combining mark or a ligature
 * that folds to two letters all map to their whole original range.
 */
public final class NormalisedText {

	private final String original;

	private char[] chars;

	/**
	 * Where each normalised character begins in the original; null while each is the original character at the same
	 * index, as in any text of plain ASCII, which so needs no second array of the text's length.
	 */
	private int[] starts;


	private int length;

	private NormalisedText(String original) {
		this.original = original;
		int capacity = original.length() + 16;
		this.chars = new char[capacity];
	}

	/** Folds a text; never throws, whatever the string holds (lone surrogates, NULs, bidi controls). */
	public static NormalisedText of(String original) {
		NormalisedText text = new NormalisedText(original);
		text.fold();
		return text;
	}

	private void fold() {
		String s = original;
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
				String folded = CharFolding.ofSupplementary(Character.toCodePoint(c, s.charAt(i + 1)));
				for (int k = 0; k < folded.length(); k++) {
					append(folded.charAt(k), i);
				}
				i += 2;
				continue;
			}
			char f = CharFolding.of(c);
			if (f == CharFolding.MULTI) {
				String folded = CharFolding.expansion(c);
				for (int k = 0; k < folded.length(); k++) {
					append(folded.charAt(k), i);
				}
			}
			else if (f != CharFolding.DROP && f != CharFolding.MARK) {
				append(f, i);
			}
			i++;
		}
	}

	private void append(char c, int start) {
		if (length == chars.length) {
			int capacity = chars.length * 2;
			chars = Arrays.copyOf(chars, capacity);
			if (starts != null) {
				starts = Arrays.copyOf(starts, capacity);
			}
		}
		chars[length] = c;
		if (starts != null) {
			starts[length] = start;
		}
		else if (start != length) {
			// the first character that is not the original one at its own index: from here on, say where each begins
			starts = new int[chars.length];
			for (int k = 0; k < length; k++) {
				starts[k] = k;
			}
			starts[length] = start;
		}
		length++;
	}

	public String original() {
		return original;
	}

	/** The number of normalised characters. */
	public int length() {
		return length;
	}

	public char charAt(int index) {
		return chars[index];
	}

	/** Where in the original text the normalised character at {@code index} begins. */
	public int originalStart(int index) {
		return starts == null ? index : starts[index];
	}

	/**
	 * Where in the original text the normalised character at {@code index} ends (exclusive): where the next one
	 * begins, so the accents, invisible characters and the second half of a surrogate pair that follow a character
	 * belong to it ("Zoe\u0308" ends after the accent); a ligature that folds to two letters ends after itself.
	 */
	public int originalEnd(int index) {
		int start = originalStart(index);
		int next = index + 1 < length ? originalStart(index + 1) : original.length();
		return Math.max(next, Math.min(start + 1, original.length()));
	}

	/** The backing array, read-only by convention, for the tokeniser's hot loop. */
	char[] chars() {
		return chars;
	}

	@Override
	public String toString() {
		return new String(chars, 0, length);
	}

}
