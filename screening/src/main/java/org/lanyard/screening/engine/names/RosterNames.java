package org.lanyard.screening.engine.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.PersonRole;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.text.PhraseIndex;
import org.lanyard.screening.engine.text.Vocabulary;

/**
 * The names of a school's people as word paths in the school's phrase index. Pupils are known by full name and by
 * each name alone (a pictured pupil's first name identifies them); staff, governors and volunteers by full name and
 * by surname (for "Mrs Cox"). Parents are not indexed: the policy says nothing about naming them.
 */
public final class RosterNames {

	private final List<NameEntry> entries = new ArrayList<>();

	/** What each entry is, by the flags below, so a text's thousands of name hits need not read the entries. */
	private int[] kinds = new int[64];

	/** A full name (first or preferred name and surname). */
	public static final int FULL = 1;

	/** The surname alone of somebody who is not a pupil: "Mrs Cox". */
	public static final int ADULT_SURNAME = 2;

	/** A pupil's name alone: first, preferred or surname. */
	public static final int PUPIL_SINGLE = 4;

	private final Set<Integer> singleWordNames = new HashSet<>();

	/**
	 * Adds every name of the roster to the index.
	 * @param words the school's vocabulary being built
	 * @param index the school's phrase index being built; a name's value is {@code -(entry + 1)}
	 * @param split folds and splits a name into words as the tokeniser would
	 */
	public RosterNames(Roster roster, Vocabulary.Builder words, PhraseIndex.Builder index,
			Function<String, List<String>> split) {
		for (RosterPerson person : roster.people()) {
			if (person.role() == PersonRole.PARENT) {
				continue;
			}
			List<String> first = split.apply(nullToEmpty(person.firstName()));
			List<String> last = split.apply(nullToEmpty(person.lastName()));
			List<String> preferred = split.apply(nullToEmpty(person.preferredName()));
			add(person, NameEntry.Part.FULL_NAME, concat(first, last), words, index);
			if (!preferred.equals(first)) {
				add(person, NameEntry.Part.PREFERRED_FULL_NAME, concat(preferred, last), words, index);
			}
			add(person, NameEntry.Part.SURNAME, last, words, index);
			if (person.role() == PersonRole.PUPIL) {
				add(person, NameEntry.Part.FIRST_NAME, first, words, index);
				if (!preferred.equals(first)) {
					add(person, NameEntry.Part.PREFERRED_NAME, preferred, words, index);
				}
			}
		}
	}

	private void add(RosterPerson person, NameEntry.Part part, List<String> sequence, Vocabulary.Builder words,
			PhraseIndex.Builder index) {
		if (sequence.isEmpty() || (part.isFullName() && sequence.size() < 2)) {
			return;
		}
		int[] ids = new int[sequence.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = words.add(sequence.get(i));
		}
		if (ids.length == 1) {
			singleWordNames.add(ids[0]);
		}
		entries.add(new NameEntry(person, part));
		if (entries.size() > kinds.length) {
			kinds = java.util.Arrays.copyOf(kinds, kinds.length * 2);
		}
		boolean pupil = person.role() == PersonRole.PUPIL;
		kinds[entries.size() - 1] = (part.isFullName() ? FULL : 0)
				| (part == NameEntry.Part.SURNAME && !pupil ? ADULT_SURNAME : 0)
				| (!part.isFullName() && pupil ? PUPIL_SINGLE : 0);
		index.add(ids, -entries.size());
	}

	private static String nullToEmpty(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return List.of();
		}
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** The entry a phrase value stands for; values of names are negative. */
	public NameEntry entry(int value) {
		return entries.get(-value - 1);
	}

	/** What the entry a phrase value stands for is: {@link #FULL}, {@link #ADULT_SURNAME}, {@link #PUPIL_SINGLE}. */
	public int kind(int value) {
		return kinds[-value - 1];
	}

	/** Ids of the words that are, alone, a name of someone on the roster. */
	public Set<Integer> singleWordNames() {
		return singleWordNames;
	}

}
