package org.lanyard.screening.engine.text;

import java.util.Map;
import java.util.TreeSet;

/**
 * Word beginnings and endings a lexicon declares on purpose ({@code fuck*} matches {@code fuckwit}; {@code *fucker}
 * matches {@code motherfucker}). Only declared ones: matching inside words in general is what makes a filter block
 * Scunthorpe.
 */
public final class Affixes {

	private static final Affixes NONE = new Affixes(Vocabulary.builder().build(), new int[0], new int[0],
			Vocabulary.builder().build(), new int[0], new int[0]);

	private final Vocabulary prefixes;

	private final int[] prefixTargets;

	private final int[] prefixLengths;

	private final Vocabulary suffixes;

	private final int[] suffixTargets;

	private final int[] suffixLengths;

	/** The ASCII characters a declared beginning starts with, and a declared ending ends with. */
	private final boolean[] prefixFirsts = new boolean[0x80];

	private final boolean[] suffixLasts = new boolean[0x80];

	private Affixes(Vocabulary prefixes, int[] prefixTargets, int[] prefixLengths, Vocabulary suffixes,
			int[] suffixTargets, int[] suffixLengths) {
		this.prefixes = prefixes;
		this.prefixTargets = prefixTargets;
		this.prefixLengths = prefixLengths;
		this.suffixes = suffixes;
		this.suffixTargets = suffixTargets;
		this.suffixLengths = suffixLengths;
		// an empty affix (apostrophes only) never matches: a lookup of no characters finds nothing
		for (int id = 0; id < prefixes.size(); id++) {
			String word = prefixes.word(id);
			if (!word.isEmpty()) {
				mark(prefixFirsts, word.charAt(0));
			}
		}
		for (int id = 0; id < suffixes.size(); id++) {
			String word = suffixes.word(id);
			if (!word.isEmpty()) {
				mark(suffixLasts, word.charAt(word.length() - 1));
			}
		}
	}

	private static void mark(boolean[] chars, char c) {
		if (c < chars.length) {
			chars[c] = true;
		}
	}

	/**
	 * Whether a word whose first (or last) character is {@code c} may begin (or end) with a declared affix: most
	 * words that the vocabulary does not know are not near one, and this spares them a lookup per affix length. An
	 * apostrophe or a character past ASCII may stand for anything here (lookups skip apostrophes).
	 */
	private static boolean may(boolean[] chars, char c) {
		return c >= chars.length || c == '\'' || chars[c];
	}

	public static Affixes none() {
		return NONE;
	}

	/**
	 * @param prefixes each declared beginning (folded, without the star) with the vocabulary id a matching word takes
	 * @param suffixes each declared ending likewise
	 */
	public static Affixes of(Map<String, Integer> prefixes, Map<String, Integer> suffixes) {
		Vocabulary.Builder p = Vocabulary.builder();
		int[] pt = new int[prefixes.size()];
		TreeSet<Integer> pl = new TreeSet<>();
		prefixes.forEach((word, id) -> {
			pt[p.add(word)] = id;
			pl.add(word.length());
		});
		Vocabulary.Builder s = Vocabulary.builder();
		int[] st = new int[suffixes.size()];
		TreeSet<Integer> sl = new TreeSet<>();
		suffixes.forEach((word, id) -> {
			st[s.add(word)] = id;
			sl.add(word.length());
		});
		return new Affixes(p.build(), pt, pl.stream().mapToInt(Integer::intValue).toArray(), s.build(), st,
				sl.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The id a word in {@code chars[from, to)} takes because it begins or ends with a declared affix, or -1. */
	public int match(char[] chars, int from, int to) {
		int length = to - from;
		if (length <= 0) {
			return -1;
		}
		for (int prefix : prefixLengths) {
			if (!may(prefixFirsts, chars[from])) {
				break;
			}
			if (prefix >= length) {
				break;
			}
			int found = prefixes.lookup(chars, from, from + prefix);
			if (found >= 0) {
				return prefixTargets[found];
			}
		}
		for (int suffix : suffixLengths) {
			if (!may(suffixLasts, chars[to - 1])) {
				break;
			}
			if (suffix >= length) {
				break;
			}
			int found = suffixes.lookup(chars, to - suffix, to);
			if (found >= 0) {
				return suffixTargets[found];
			}
		}
		return -1;
	}

}
