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

	private int[] starts;

	private int[] ends;

	private int length;

	private NormalisedText(String original) {
		this.original = original;
		int capacity = original.length() + 16;
		this.chars = new char[capacity];
		this.starts = new int[capacity];
		this.ends = new int[capacity];
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
					append(folded.charAt(k), i, i + 2);
				}
				i += 2;
				continue;
			}
			char f = CharFolding.of(c);
			if (f == CharFolding.MULTI) {
				String folded = CharFolding.expansion(c);
				for (int k = 0; k < folded.length(); k++) {
					append(folded.charAt(k), i, i + 1);
				}
			}
			else if (f == CharFolding.MARK) {
				// the accent belongs to the letter before it: a finding on "Zoe\u0308" ends after the accent
				if (length > 0 && ends[length - 1] == i && Character.isLetterOrDigit(chars[length - 1])) {
					ends[length - 1] = i + 1;
				}
			}
			else if (f != CharFolding.DROP) {
				append(f, i, i + 1);
			}
			i++;
		}
	}

	private void append(char c, int start, int end) {
		if (length == chars.length) {
			int capacity = chars.length * 2;
			chars = Arrays.copyOf(chars, capacity);
			starts = Arrays.copyOf(starts, capacity);
			ends = Arrays.copyOf(ends, capacity);
		}
		chars[length] = c;
		starts[length] = start;
		ends[length] = end;
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
		return starts[index];
	}

	/** Where in the original text the normalised character at {@code index} ends (exclusive). */
	public int originalEnd(int index) {
		return ends[index];
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
