package org.lanyard.screening.engine.text;

import java.util.Collection;

/**
 * The second view of a word: what it says once a disguise is taken off. Writers dodge filters with digits and symbols
 * for letters ({@code sh1t}, {@code @ss}, {@code $hit}), an asterisk for a letter ({@code f*ck}, {@code f***}), and
 * stretched letters ({@code fuuuuck}). This view only ever answers with one of the lexicon's disguisable words, so an
 * ordinary token ({@code 3pm}, {@code A4}, {@code soooo}) cannot turn into a finding by accident.
 */
public final class Disguise {

	private static final Disguise NONE = new Disguise(new boolean[0], Vocabulary.builder().build(), new int[0],
			Vocabulary.builder().build(), new int[0]);

	private final boolean[] disguisable;

	private final Vocabulary masked;

	private final int[] maskedTarget;

	private final Vocabulary collapsed;

	private final int[] collapsedTarget;

	private Disguise(boolean[] disguisable, Vocabulary masked, int[] maskedTarget, Vocabulary collapsed,
			int[] collapsedTarget) {
		this.disguisable = disguisable;
		this.masked = masked;
		this.maskedTarget = maskedTarget;
		this.collapsed = collapsed;
		this.collapsedTarget = collapsedTarget;
	}

	public static Disguise none() {
		return NONE;
	}

	/**
	 * Prepares the disguised forms of some words of a vocabulary.
	 * @param vocabulary the vocabulary the ids refer to
	 * @param words ids of the words a writer would disguise (profanity, slurs)
	 * @param oneLetterMasks ids of the words so well known that one visible letter gives them away ({@code f***})
	 */
	public static Disguise of(Vocabulary vocabulary, Collection<Integer> words, Collection<Integer> oneLetterMasks) {
		boolean[] disguisable = new boolean[vocabulary.size()];
		Vocabulary.Builder masks = Vocabulary.builder();
		IntList maskTargets = new IntList();
		Vocabulary.Builder collapses = Vocabulary.builder();
		IntList collapseTargets = new IntList();
		for (int id : words) {
			disguisable[id] = true;
			String word = vocabulary.word(id);
			int minVisible = oneLetterMasks.contains(id) ? 1 : 2;
			for (int from = 1; from < word.length(); from++) {
				for (int to = from + 1; to <= word.length(); to++) {
					if (word.length() - (to - from) >= minVisible) {
						String pattern = word.substring(0, from) + "*".repeat(to - from) + word.substring(to);
						maskTargets.set(masks.add(pattern), id);
					}
				}
			}
			collapseTargets.set(collapses.add(collapse(word)), id);
		}
		return new Disguise(disguisable, masks.build(), maskTargets.toArray(), collapses.build(),
				collapseTargets.toArray());
	}

	/** Whether the word with this id is one a writer would disguise. */
	public boolean isDisguisable(int id) {
		return id >= 0 && id < disguisable.length && disguisable[id];
	}

	/** A disguisable word that {@code chars[from, to)} reads as once undisguised, or -1. */
	public int reveal(Vocabulary vocabulary, char[] chars, int from, int to) {
		if (disguisable.length == 0 || to - from < 2) {
			return -1;
		}
		char[] plain = new char[to - from];
		int length = 0;
		boolean ones = false;
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c == '\'') {
				continue;
			}
			ones |= c == '1';
			plain[length++] = unleet(c, 'i');
		}
		int found = revealPlain(vocabulary, plain, length);
		if (found < 0 && ones) {
			length = 0;
			for (int i = from; i < to; i++) {
				if (chars[i] != '\'') {
					plain[length++] = unleet(chars[i], 'l');
				}
			}
			found = revealPlain(vocabulary, plain, length);
		}
		return found;
	}

	private int revealPlain(Vocabulary vocabulary, char[] plain, int length) {
		boolean stars = false;
		for (int i = 0; i < length; i++) {
			stars |= plain[i] == '*';
		}
		if (stars) {
			int pattern = masked.lookup(plain, 0, length);
			if (pattern >= 0) {
				return maskedTarget[pattern];
			}
			// stars between letters may be separators, not masks: f*u*c*k
			int kept = 0;
			char[] joined = new char[length];
			for (int i = 0; i < length; i++) {
				if (plain[i] != '*') {
					joined[kept++] = plain[i];
				}
			}
			return kept == length ? -1 : revealPlain(vocabulary, joined, kept);
		}
		int id = vocabulary.lookup(plain, 0, length);
		if (isDisguisable(id)) {
			return id;
		}
		char[] once = new char[length];
		int onceLength = 0;
		char[] twice = new char[length];
		int twiceLength = 0;
		for (int i = 0; i < length; i++) {
			char c = plain[i];
			boolean repeat = onceLength > 0 && once[onceLength - 1] == c;
			if (!repeat) {
				once[onceLength++] = c;
			}
			if (!(twiceLength > 1 && twice[twiceLength - 1] == c && twice[twiceLength - 2] == c)) {
				twice[twiceLength++] = c;
			}
		}
		if (onceLength == length) {
			return -1;
		}
		int collapsedId = collapsed.lookup(once, 0, onceLength);
		if (collapsedId >= 0) {
			return collapsedTarget[collapsedId];
		}
		id = vocabulary.lookup(twice, 0, twiceLength);
		return isDisguisable(id) ? id : -1;
	}

	/** The letter a digit or symbol stands for; {@code 1} is either i or l, as the caller asks. */
	static char unleet(char c, char one) {
		return switch (c) {
			case '0' -> 'o';
			case '1' -> one;
			case '3' -> 'e';
			case '4', '@' -> 'a';
			case '5', '$' -> 's';
			case '7', '+' -> 't';
			case '8' -> 'b';
			case '9' -> 'g';
			case '!', '|' -> c == '!' ? 'i' : 'l';
			case '#' -> '*';
			default -> c;
		};
	}

	static String collapse(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
				out.append(word.charAt(i));
			}
		}
		return out.toString();
	}

	/** A growable int array, indexed by ids as a builder hands them out. */
	private static final class IntList {

		private int[] values = new int[64];

		private int size;

		void set(int index, int value) {
			if (index >= values.length) {
				values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, index + 1));
			}
			values[index] = value;
			size = Math.max(size, index + 1);
		}

		int[] toArray() {
			return java.util.Arrays.copyOf(values, size);
		}

	}

}
