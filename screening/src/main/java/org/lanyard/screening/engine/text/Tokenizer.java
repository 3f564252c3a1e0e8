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

	private final SpacedLetters spacedLetters;

	/**
	 * @param abbreviations vocabulary ids of words after which a full stop does not end a sentence (mr, mrs, dr)
	 */
	public Tokenizer(Vocabulary vocabulary, Disguise disguise, Affixes affixes, boolean[] abbreviations) {
		this.vocabulary = vocabulary;
		this.disguise = disguise;
		this.affixes = affixes;
		this.abbreviations = abbreviations;
		this.spacedLetters = new SpacedLetters(vocabulary, disguise);
	}

	public Vocabulary vocabulary() {
		return vocabulary;
	}

	public Tokens tokenize(NormalisedText text) {
		char[] b = text.chars();
		int n = text.length();
		Tokens out = new Tokens(text, n / 5 + 4);
		out.vocabularyHashes = vocabulary.featureHashes();
		int gap = GAP_END;
		int i = 0;
		while (i < n) {
			char c = b[i];
			if (c == ' ') {
				// the commonest character of all starts no word and is no gap worth noting (gapKind(' ') is 0)
				i++;
				continue;
			}
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
			spacedLetters.join(out, b);
		}
		return out;
	}

	/** Adds a word, reading it through its possessive, its disguise or a declared affix when it is not known as written. */
	private void add(Tokens out, char[] b, int start, int end, int flags, int known) {
		int id = known;
		if (known >= 0) {
			flags |= Tokens.AS_WRITTEN;
		}
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

}
