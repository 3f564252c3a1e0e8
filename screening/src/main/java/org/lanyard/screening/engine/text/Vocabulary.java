package org.lanyard.screening.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every word the engine has a reason to know (lexicon words, context words, roster names), each with a small integer
 * id. Looks a word up straight from a char array without making a string, skipping apostrophes, so {@code don't},
 * {@code don’t} and {@code dont} are one word. Immutable once built; a school's vocabulary extends the shared one and
 * keeps its ids.
 */
public final class Vocabulary {

	private final String[] words;

	/** All words' characters end to end, so comparing a token with a word reads two char arrays. */
	private final char[] pool;

	private final int[] offsets;

	/**
	 * Open addressing: each slot holds a word's mixed hash (high half) and its id + 1 (low half), 0 when empty, so a
	 * probe reads one array and compares hashes before it looks at any word.
	 */
	private final long[] table;

	private final int mask;

	/** {@link Tokens#hashOf} of each word, by id: a word read as written needs no hashing of its own. */
	private final long[] featureHashes;

	private Vocabulary(List<String> words) {
		this.words = words.toArray(new String[0]);
		int size = Integer.highestOneBit(Math.max(16, this.words.length * 3)) << 1;
		this.table = new long[size];
		this.mask = size - 1;
		this.offsets = new int[this.words.length + 1];
		StringBuilder all = new StringBuilder();
		for (int id = 0; id < this.words.length; id++) {
			offsets[id] = all.length();
			all.append(this.words[id]);
		}
		offsets[this.words.length] = all.length();
		this.pool = all.toString().toCharArray();
		this.featureHashes = new long[this.words.length];
		for (int id = 0; id < this.words.length; id++) {
			String word = this.words[id];
			int hash = mix(hashOf(word));
			featureHashes[id] = Tokens.hashOf(word);
			int slot = hash & mask;
			while (table[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			table[slot] = (long) hash << 32 | (id + 1);
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder that starts with every word of this vocabulary, with the same ids. */
	public Builder extend() {
		Builder builder = new Builder();
		for (String word : words) {
			builder.add(word);
		}
		return builder;
	}

	public int size() {
		return words.length;
	}

	public String word(int id) {
		return words[id];
	}

	long[] featureHashes() {
		return featureHashes;
	}

	/** The id of a word given as a string (folded already), or -1. */
	public int id(String word) {
		char[] chars = word.toCharArray();
		return lookup(chars, 0, chars.length);
	}

	/** The id of the word in {@code chars[from, to)}, apostrophes skipped, or -1. */
	public int lookup(char[] chars, int from, int to) {
		int h = 0;
		int len = 0;
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c != '\'') {
				h = 31 * h + c;
				len++;
			}
		}
		return lookup(chars, from, to, h, len);
	}

	/**
	 * The id of the word in {@code chars[from, to)} when the caller has already hashed it: {@code h} is the polynomial
	 * hash ({@code h = 31 * h + c}) and {@code len} the length, both over the characters other than apostrophes.
	 */
	public int lookup(char[] chars, int from, int to, int h, int len) {
		if (len == 0) {
			return -1;
		}
		int hash = mix(h);
		int slot = hash & mask;
		while (true) {
			long entry = table[slot];
			if (entry == 0) {
				return -1;
			}
			int id = (int) entry - 1;
			if ((int) (entry >>> 32) == hash && sameWord(id, len, chars, from, to)) {
				return id;
			}
			slot = (slot + 1) & mask;
		}
	}

	private boolean sameWord(int id, int len, char[] chars, int from, int to) {
		int k = offsets[id];
		if (offsets[id + 1] - k != len) {
			return false;
		}
		if (to - from == len) {
			for (int i = from; i < to; i++) {
				if (pool[k++] != chars[i]) {
					return false;
				}
			}
			return true;
		}
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c != '\'' && pool[k++] != c) {
				return false;
			}
		}
		return true;
	}

	private static int hashOf(String word) {
		int h = 0;
		for (int i = 0; i < word.length(); i++) {
			h = 31 * h + word.charAt(i);
		}
		return h;
	}

	private static int mix(int h) {
		h *= 0x9E3779B1;
		return h ^ (h >>> 15);
	}

	/** Collects words; adding a word twice gives the same id. Words are stored without apostrophes. */
	public static final class Builder {

		private final List<String> words = new ArrayList<>();

		private final java.util.Map<String, Integer> ids = new java.util.HashMap<>();

		public int add(String word) {
			String key = word.replace("'", "");
			Integer id = ids.get(key);
			if (id != null) {
				return id;
			}
			words.add(key);
			ids.put(key, words.size() - 1);
			return words.size() - 1;
		}

		public Vocabulary build() {
			return new Vocabulary(words);
		}

		int size() {
			return words.size();
		}

	}

	@Override
	public String toString() {
		return "Vocabulary" + Arrays.toString(Arrays.copyOf(words, Math.min(words.length, 20)));
	}

}
