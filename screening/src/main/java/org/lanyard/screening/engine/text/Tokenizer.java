package org.lanyard.screening.engine.text;

/**
 * Splits a normalised text into words in one pass and names each one from the vocabulary: plainly first, then through
 * a possessive, then through a disguise, then by a declared affix. Letters spaced or dotted apart ({@code f u c k},
 * {@code s.h.i.t}) are joined only when the whole run spells a disguisable word, so {@code a s s e s s m e n t} stays
 * ten letters. Immutable and shared between threads.
 */
public final class Tokenizer {

	private static final int GAP_DOT = 1;

	private static final int GAP_END = 2;

	private static final int GAP_BREAK = 4;

	private static final int GAP_LINE = 8;

	private final Vocabulary vocabulary;

	private final Disguise disguise;

	private final Affixes affixes;

	private final boolean[] abbreviations;

	/**
	 * @param abbreviations vocabulary ids of words after which a full stop does not end a sentence (mr, mrs, dr)
	 */
	public Tokenizer(Vocabulary vocabulary, Disguise disguise, Affixes affixes, boolean[] abbreviations) {
		this.vocabulary = vocabulary;
		this.disguise = disguise;
		this.affixes = affixes;
		this.abbreviations = abbreviations;
	}

	public Vocabulary vocabulary() {
		return vocabulary;
	}

	public Tokens tokenize(NormalisedText text) {
		char[] b = text.chars();
		int n = text.length();
		Tokens out = new Tokens(text, n / 5 + 4);
		int gap = GAP_END;
		int i = 0;
		while (i < n) {
			char c = b[i];
			if (!startsWord(b, i, n)) {
				gap |= gapKind(c);
				i++;
				continue;
			}
			// one pass over the word: its end, its hash and length without apostrophes, and what it is made of
			int start = i;
			int hash = 0;
			int length = 0;
			boolean plain = true;
			boolean digits = false;
			char previous = 0;
			int repeats = 0;
			while (i < n) {
				char d = b[i];
				if (d >= 'a' && d <= 'z' || d > 0x7F && isWordChar(d)) {
					repeats = d == previous ? repeats + 1 : 0;
					plain &= repeats < 2;
				}
				else if (d >= '0' && d <= '9') {
					digits = true;
				}
				else if (isSymbol(d)) {
					plain = false;
				}
				else if (d != '\'' || i == start || i + 1 >= n || !isWordChar(b[i + 1])) {
					break;
				}
				if (d != '\'') {
					hash = 31 * hash + d;
					length++;
				}
				previous = d;
				i++;
			}
			int end = i;
			if (!plain) {
				end = trimEnd(b, start, i);
				if (end <= start) {
					continue;
				}
				hash = 0;
				length = 0;
				for (int k = start; k < end; k++) {
					if (b[k] != '\'') {
						hash = 31 * hash + b[k];
						length++;
					}
				}
			}
			int flags = 0;
			if ((gap & (GAP_DOT | GAP_END)) != 0) {
				boolean abbreviation = (gap & GAP_END) == 0 && out.count > 0 && isAbbreviation(out.ids[out.count - 1]);
				flags = abbreviation ? 0 : Tokens.SENTENCE_START | Tokens.BREAK_BEFORE;
			}
			else if ((gap & GAP_LINE) != 0) {
				// a line break starts a new line of thought but not a new phrase: "Oak Academy\nTrust" is one term
				flags = Tokens.SENTENCE_START;
			}
			if ((gap & GAP_BREAK) != 0) {
				flags |= Tokens.BREAK_BEFORE;
			}
			gap = 0;
			if (plain && !digits) {
				flags |= end < n && b[end] == '\'' && b[end - 1] == 's' ? Tokens.POSSESSIVE : 0;
			}
			else {
				flags |= describe(b, start, end, n);
			}
			add(out, b, start, end, flags, vocabulary.lookup(b, start, end, hash, length));
		}
		if (out.count >= 3) {
			joinSpacedLetters(out, b);
		}
		return out;
	}

	/** Adds a word, reading it through its possessive, its disguise or a declared affix when it is not known as written. */
	private void add(Tokens out, char[] b, int start, int end, int flags, int known) {
		int id = known;
		boolean possessive = (flags & Tokens.NUMBER) == 0 && apostropheS(b, start, end);
		int base = possessive ? vocabulary.lookup(b, start, end - 2) : -1;
		if (id < 0) {
			id = base;
		}
		if (id < 0 && (flags & SUSPECT) != 0) {
			id = reveal(b, start, end);
			flags |= id >= 0 ? Tokens.DISGUISED : 0;
		}
		if (id < 0 && (flags & Tokens.NUMBER) == 0) {
			id = affixes.match(b, start, end);
		}
		int t = out.add(start, end, id, flags & ~SUSPECT);
		if (possessive) {
			out.bases[t] = base >= 0 ? base : id;
			out.flags[t] |= Tokens.POSSESSIVE;
		}
	}

	private boolean isAbbreviation(int id) {
		return id >= 0 && id < abbreviations.length && abbreviations[id];
	}

	private int reveal(char[] b, int start, int end) {
		int id = disguise.reveal(vocabulary, b, start, end);
		if (id < 0 && apostropheS(b, start, end)) {
			id = disguise.reveal(vocabulary, b, start, end - 2);
		}
		return id;
	}

	private static boolean apostropheS(char[] b, int start, int end) {
		return end - start > 2 && b[end - 1] == 's' && b[end - 2] == '\'';
	}

	/** Internal marker: the word has digits or symbols among letters, or a letter three times over. */
	private static final int SUSPECT = 1 << 30;

	private static int describe(char[] b, int start, int end, int n) {
		int flags = 0;
		if (end < n && b[end] == '\'' && b[end - 1] == 's'
				|| end - start > 2 && b[end - 1] == 's' && b[end - 2] == '\'') {
			flags |= Tokens.POSSESSIVE;
		}
		boolean letters = false;
		boolean others = false;
		boolean digitsOnly = true;
		for (int i = start; i < end; i++) {
			char c = b[i];
			if (c >= 'a' && c <= 'z' || c > 0x7F) {
				letters = true;
				digitsOnly = false;
				if (i >= start + 2 && b[i - 1] == c && b[i - 2] == c) {
					others = true;
				}
			}
			else if (c != '\'') {
				others = true;
				digitsOnly &= c >= '0' && c <= '9';
			}
		}
		if (digitsOnly) {
			return flags | Tokens.NUMBER;
		}
		if (letters && others) {
			flags |= SUSPECT;
		}
		return flags;
	}

	private static boolean isWordChar(char c) {
		if (c < 0x80) {
			return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
		}
		return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
	}

	private static boolean isSymbol(char c) {
		return c == '@' || c == '$' || c == '!' || c == '*' || c == '+' || c == '|' || c == '#';
	}

	private static boolean startsWord(char[] b, int i, int n) {
		char c = b[i];
		if (isWordChar(c)) {
			return true;
		}
		return (c == '@' || c == '$') && i + 1 < n && isWordChar(b[i + 1]);
	}

	private static int scanWord(char[] b, int i, int n) {
		int j = i;
		while (j < n) {
			char d = b[j];
			if (isWordChar(d) || isSymbol(d)) {
				j++;
			}
			else if (d == '\'' && j > i && j + 1 < n && isWordChar(b[j + 1])) {
				j++;
			}
			else {
				break;
			}
		}
		return j;
	}

	/** Drops trailing symbols that are punctuation ({@code wow!}, {@code A*}) but keeps masks ({@code f***}). */
	private static int trimEnd(char[] b, int start, int end) {
		int e = end;
		while (e > start && isSymbol(b[e - 1]) && b[e - 1] != '$') {
			if (b[e - 1] == '*' && e - start >= 3 && b[e - 2] == '*') {
				break;
			}
			e--;
		}
		for (int i = start; i < e; i++) {
			if (isWordChar(b[i])) {
				return e;
			}
		}
		return start;
	}

	private static int gapKind(char c) {
		return switch (c) {
			case '.' -> GAP_DOT;
			case '!', '?' -> GAP_END;
			case '\n' -> GAP_LINE;
			case ',', ';', ':', '(', ')', '[', ']', '{', '}', '"' -> GAP_BREAK;
			default -> 0;
		};
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
	private void joinSpacedLetters(Tokens tokens, char[] b) {
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
			tokens.flags[t] |= Tokens.DISGUISED;
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
