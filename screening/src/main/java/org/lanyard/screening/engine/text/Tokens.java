package org.lanyard.screening.engine.text;

import java.util.Arrays;

/**
 * The words of one text, in order: where each lies in the normalised and in the original text, which vocabulary word
 * it is (or -1), and what surrounds it. Stored as parallel arrays so reading a long text makes no object per word.
 */
public final class Tokens {

	/** The first word of a sentence (after . ! ? or a line break, not after "Mr."). */
	public static final int SENTENCE_START = 1;

	/** Punctuation stands between this word and the one before (a sentence end, comma, colon, bracket, quote). */
	public static final int BREAK_BEFORE = 1 << 1;

	/** Written with a possessive {@code 's} or {@code s'}. */
	public static final int POSSESSIVE = 1 << 2;

	/** Read through a disguise: digits or symbols for letters, masked or stretched letters, letters spaced apart. */
	public static final int DISGUISED = 1 << 3;

	/** Digits only. */
	public static final int NUMBER = 1 << 4;

	/**
	 * Internal: the word as written (apostrophes aside) is vocabulary word {@code ids[t]} itself, so its
	 * {@link #wordHash} is that word's, worked out once with the vocabulary.
	 */
	static final int AS_WRITTEN = 1 << 29;

	private final NormalisedText text;

	int count;

	int[] normStart;

	int[] normEnd;

	int[] ids;

	int[] flags;

	int[] bases;

	private int[] sentenceOf;

	/** {@link #hashOf} of each vocabulary word, by id; null when the tokeniser did not say. */
	long[] vocabularyHashes;

	Tokens(NormalisedText text, int capacity) {
		this.text = text;
		int size = Math.max(8, capacity);
		normStart = new int[size];
		normEnd = new int[size];
		ids = new int[size];
		flags = new int[size];
		bases = new int[size];
	}

	int add(int start, int end, int id, int flag) {
		if (count == ids.length) {
			int size = count * 2;
			normStart = Arrays.copyOf(normStart, size);
			normEnd = Arrays.copyOf(normEnd, size);
			ids = Arrays.copyOf(ids, size);
			flags = Arrays.copyOf(flags, size);
			bases = Arrays.copyOf(bases, size);
		}
		normStart[count] = start;
		normEnd[count] = end;
		ids[count] = id;
		flags[count] = flag;
		bases[count] = id;
		return count++;
	}

	/** A copy of the arrays, for rewriting the words in place. */
	Tokens copy() {
		Tokens copy = new Tokens(text, count);
		System.arraycopy(normStart, 0, copy.normStart, 0, count);
		System.arraycopy(normEnd, 0, copy.normEnd, 0, count);
		System.arraycopy(ids, 0, copy.ids, 0, count);
		System.arraycopy(flags, 0, copy.flags, 0, count);
		System.arraycopy(bases, 0, copy.bases, 0, count);
		copy.count = count;
		copy.vocabularyHashes = vocabularyHashes;
		return copy;
	}

	/** Appends word {@code t} of another token list; returns its new index. */
	int copyFrom(Tokens other, int t) {
		int index = add(other.normStart[t], other.normEnd[t], other.ids[t], other.flags[t]);
		bases[index] = other.bases[t];
		return index;
	}

	public NormalisedText text() {
		return text;
	}

	public int count() {
		return count;
	}

	/** The vocabulary id of the word, or -1 when the engine has no reason to know it. */
	public int id(int token) {
		return ids[token];
	}

	/**
	 * The word without its possessive {@code 's} when that is a different vocabulary word ("school's" is read as
	 * "schools" and as "school"; "it's" as "its" and "it"); otherwise the same as {@link #id(int)}.
	 */
	public int base(int token) {
		return bases[token];
	}

	public boolean has(int token, int flag) {
		return (flags[token] & flag) != 0;
	}

	/** Where the word begins in the original text. */
	public int start(int token) {
		return text.originalStart(normStart[token]);
	}

	/** Where the word ends in the original text (exclusive). */
	public int end(int token) {
		return text.originalEnd(normEnd[token] - 1);
	}

	/** The word as the writer wrote it. */
	public String surface(int token) {
		return text.original().substring(start(token), end(token));
	}

	/** The word as the engine reads it (folded, apostrophes kept). */
	public String folded(int token) {
		return new String(text.chars(), normStart[token], normEnd[token] - normStart[token]);
	}

	/**
	 * A 64-bit hash of the word as the engine reads it (folded, apostrophes skipped), made without creating a string:
	 * how learned models look words up. {@link #hashOf(CharSequence)} gives the same hash for a word written out.
	 */
	public long wordHash(int token) {
		if ((flags[token] & AS_WRITTEN) != 0 && vocabularyHashes != null) {
			return vocabularyHashes[ids[token]];
		}
		long h = FNV_OFFSET;
		char[] chars = text.chars();
		for (int i = normStart[token]; i < normEnd[token]; i++) {
			char c = chars[i];
			if (c != '\'') {
				h = (h ^ c) * FNV_PRIME;
			}
		}
		return h;
	}

	/** The hash {@link #wordHash(int)} gives a folded word written out as text. */
	public static long hashOf(CharSequence folded) {
		long h = FNV_OFFSET;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c != '\'') {
				h = (h ^ c) * FNV_PRIME;
			}
		}
		return h;
	}

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	/** Whether the writer began the word with a capital letter. */
	public boolean capitalised(int token) {
		int cp = text.original().codePointAt(start(token));
		return Character.isUpperCase(cp) || Character.isTitleCase(cp);
	}

	/** Whether every letter of the word is a capital (and it has at least two letters): capitals carry no signal. */
	public boolean allCaps(int token) {
		String original = text.original();
		int letters = 0;
		for (int i = start(token); i < end(token); i++) {
			char c = original.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2;
	}

	/** The index of the first word of the sentence holding {@code token}. */
	public int sentenceOf(int token) {
		if (sentenceOf == null) {
			sentenceOf = new int[count];
			int start = 0;
			for (int t = 0; t < count; t++) {
				start = (flags[t] & SENTENCE_START) != 0 ? t : start;
				sentenceOf[t] = start;
			}
		}
		return sentenceOf[token];
	}

}
