package org.lanyard.screening.engine.text;

/**
 * Letters spaced or dotted apart to dodge a filter ({@code f u c k}, {@code s.h.i.t}, {@code f-u-c-k y-o-u}): a run of
 * single letters is read as the fewest known words, and joined only when the whole run reads that way and at least one
 * word is disguisable. An ordinary word spelt out ({@code a s s e s s m e n t}) has no such reading and stays letters.
 */
final class SpacedLetters {

	private final Vocabulary vocabulary;

	private final Disguise disguise;

	SpacedLetters(Vocabulary vocabulary, Disguise disguise) {
		this.vocabulary = vocabulary;
		this.disguise = disguise;
	}

	/** The longest run of spaced letters read in one go; longer runs are read in pieces of this size. */
	private static final int MAX_RUN = 64;

	/** The longest word looked for inside a run of spaced letters. */
	private static final int MAX_WORD = 16;

	/**
	 * Joins runs of single letters ({@code f u c k}, {@code s.h.i.t}, {@code f-u-c-k y-o-u}) into words when the whole
	 * run reads as known words and at least one of them is a disguisable word; otherwise leaves the letters alone, so
	 * {@code a s s e s s m e n t} stays ten letters.
	 */
	void join(Tokens tokens, char[] b) {
		java.util.List<int[]> joins = null;
		int t = 0;
		while (t < tokens.count) {
			int runEnd = t;
			while (runEnd < tokens.count && runEnd - t < MAX_RUN && isSingle(tokens, runEnd)
					&& (runEnd == t || closeTogether(tokens, b, runEnd - 1, runEnd))) {
				runEnd++;
			}
			if (runEnd - t >= 3) {
				joins = segment(tokens, b, t, runEnd, joins);
			}
			t = Math.max(t + 1, runEnd);
		}
		if (joins != null) {
			rebuild(tokens, joins);
		}
	}

	/** Reads letters {@code [from, to)} as the fewest known words; notes each word as {from, to, id}. */
	private java.util.List<int[]> segment(Tokens tokens, char[] b, int from, int to, java.util.List<int[]> joins) {
		int length = to - from;
		char[] letters = new char[length];
		for (int k = 0; k < length; k++) {
			letters[k] = b[tokens.normStart[from + k]];
		}
		int[] words = new int[length + 1];
		int[] back = new int[length + 1];
		int[] ids = new int[length + 1];
		java.util.Arrays.fill(words, Integer.MAX_VALUE);
		words[0] = 0;
		for (int i = 0; i < length; i++) {
			if (words[i] == Integer.MAX_VALUE) {
				continue;
			}
			for (int w = 1; w <= MAX_WORD && i + w <= length; w++) {
				int id = spelled(letters, i, i + w);
				if (id >= 0 && words[i] + 1 < words[i + w]) {
					words[i + w] = words[i] + 1;
					back[i + w] = i;
					ids[i + w] = id;
				}
			}
		}
		if (words[length] == Integer.MAX_VALUE) {
			return joins;
		}
		java.util.List<int[]> found = new java.util.ArrayList<>();
		boolean disguised = false;
		for (int end = length; end > 0; end = back[end]) {
			found.add(0, new int[] { from + back[end], from + end, ids[end] });
			disguised |= disguise.isDisguisable(ids[end]);
		}
		if (!disguised) {
			return joins;
		}
		java.util.List<int[]> all = joins == null ? new java.util.ArrayList<>() : joins;
		all.addAll(found);
		return all;
	}

	/** The word that letters {@code [from, to)} spell, plainly or through a disguise; one letter only as a/i/u. */
	private int spelled(char[] letters, int from, int to) {
		if (to - from == 1 && "aiu".indexOf(letters[from]) < 0) {
			return -1;
		}
		int id = vocabulary.lookup(letters, from, to);
		return id >= 0 ? id : to - from >= 3 ? disguise.reveal(vocabulary, letters, from, to) : -1;
	}

	/** Replaces each noted run of letters by one word token. */
	private static void rebuild(Tokens tokens, java.util.List<int[]> joins) {
		Tokens old = tokens.copy();
		tokens.count = 0;
		int next = 0;
		for (int[] join : joins) {
			for (int t = next; t < join[0]; t++) {
				tokens.copyFrom(old, t);
			}
			int t = tokens.copyFrom(old, join[0]);
			tokens.normEnd[t] = old.normEnd[join[1] - 1];
			tokens.ids[t] = join[2];
			tokens.bases[t] = join[2];
			tokens.flags[t] = (tokens.flags[t] | Tokens.DISGUISED) & ~Tokens.AS_WRITTEN;
			next = join[1];
		}
		for (int t = next; t < old.count; t++) {
			tokens.copyFrom(old, t);
		}
	}

	private static boolean isSingle(Tokens tokens, int t) {
		return tokens.normEnd[t] - tokens.normStart[t] == 1;
	}

	private static boolean closeTogether(Tokens tokens, char[] b, int left, int right) {
		int from = tokens.normEnd[left];
		int to = tokens.normStart[right];
		if (to - from > 2) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (b[i] == '\n') {
				return false;
			}
		}
		return true;
	}

}
