package org.lanyard.screening.engine.lexicon;

import java.util.Collection;

/** A set of vocabulary words, asked by id in the hot loop (an array read). */
public final class WordSet {

	private static final WordSet EMPTY = new WordSet(new boolean[0]);

	private final boolean[] members;

	private WordSet(boolean[] members) {
		this.members = members;
	}

	public static WordSet empty() {
		return EMPTY;
	}

	public static WordSet of(Collection<Integer> ids) {
		int max = ids.stream().mapToInt(Integer::intValue).max().orElse(-1);
		boolean[] members = new boolean[max + 1];
		for (int id : ids) {
			if (id >= 0) {
				members[id] = true;
			}
		}
		return new WordSet(members);
	}

	public boolean contains(int id) {
		return id >= 0 && id < members.length && members[id];
	}

	/** The membership array, for code that wants it raw (the tokeniser's abbreviations). */
	public boolean[] toArray() {
		return members.clone();
	}

}
