package org.lanyard.screening.engine.lexicon;

import java.util.Set;

import org.lanyard.screening.engine.FindingCode;

/**
 * One line of a lexicon file: a word or phrase pattern and what it means.
 *
 * @param phrase the pattern as written in the file (quoted in no message; messages quote the writer's words)
 * @param kind a finding, an exception (never a finding) or a marker of educational context
 * @param codes the finding codes a match raises (a slur raises two); empty for exceptions and markers
 * @param category what kind of entry it is, in the file's own words (profanity, slur-race, grooming, ...)
 * @param severity a hint for people reading findings: low, medium or high; the pack decides the real weight
 * @param flags {@link #WEAK}, {@link #NAME}, {@link #NO_EDUCATIONAL}, ...
 * @param source file and line, for people tuning the lists
 */
public record LexiconEntry(String phrase, Kind kind, Set<FindingCode> codes, String category, String severity,
		int flags, String source) {

	/** Counts only when the same text holds another cue of the same code ("won't enjoy it" alone is not a threat). */
	public static final int WEAK = 1;

	/** Also a name: capitalised mid-sentence, after a title or before another capitalised word, it is the name. */
	public static final int NAME = 1 << 1;

	/** Stands even in educational context: a lesson on the Equality Act does not excuse it. */
	public static final int NO_EDUCATIONAL = 1 << 2;

	/** Writers disguise it (sh1t, f u c k); the disguise view may read a word as this one. */
	public static final int DISGUISE = 1 << 3;

	/** So well known that one visible letter gives it away (f***). */
	public static final int MASK_ONE = 1 << 4;

	/**
	 * Stands only as a clause of its own, between punctuation or the ends of the text: a word used to address
	 * someone ("Grow up, idiots", "Learn to drive, muppet!") rather than a word inside a sentence ("I felt like an
	 * idiot").
	 */
	public static final int ALONE = 1 << 5;

	public LexiconEntry {
		codes = Set.copyOf(codes);
	}

	public boolean has(int flag) {
		return (flags & flag) != 0;
	}

	/** What an entry is for. */
	public enum Kind {

		/** A match is a finding of the entry's codes. */
		FINDING,

		/** A match is never a finding: findings overlapping it are dropped ("bath bomb", "The Twits"). */
		EXCEPTION,

		/** A match says the sentence teaches or quotes policy about the words, rather than using them. */
		EDUCATIONAL

	}

}
