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

	private Affixes(Vocabulary prefixes, int[] prefixTargets, int[] prefixLengths, Vocabulary suffixes,
			int[] suffixTargets, int[] suffixLengths) {
		this.prefixes = prefixes;
		this.prefixTargets = prefixTargets;
		this.prefixLengths = prefixLengths;
		this.suffixes = suffixes;
		this.suffixTargets = suffixTargets;
		this.suffixLengths = suffixLengths;
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
		for (int prefix : prefixLengths) {
			if (prefix >= length) {
				break;
			}
			int found = prefixes.lookup(chars, from, from + prefix);
			if (found >= 0) {
				return prefixTargets[found];
			}
		}
		for (int suffix : suffixLengths) {
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
