package org.lanyard.screening.engine.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.names.NameEntry;
import org.lanyard.screening.engine.names.NameSense;
import org.lanyard.screening.engine.names.RosterNames;
import org.lanyard.screening.engine.text.Tokens;

/**
 * The people on the roster a text names, sorted into full names ("Grace Hill's"), titled surnames of adults
 * ("Mrs Cox", "Mr. Dick") and single names of pupils ("Ayesha's"), which count only for pictured pupils and only
 * when used as a name (see {@link NameSense}). Titles never name a pupil: "Mrs Fisher" is an adult, whatever the
 * pupils' surnames.
 */
public final class NameMentions {

	/** How a person is named. */
	public enum Kind {
		FULL_NAME, TITLE_AND_SURNAME, SINGLE_NAME
	}

	/** One naming of one person at words {@code [from, to)}. */
	public record Mention(RosterPerson person, Kind kind, NameEntry.Part part, int from, int to) {
	}

	private final Tokens tokens;

	private final NameSense sense;

	private final List<Mention> fullNames = new ArrayList<>();

	private final List<Mention> titled = new ArrayList<>();

	private List<Mention> singles;

	private boolean[] named;

	private final TextAnalysis analysis;

	private final RosterNames roster;

	NameMentions(TextAnalysis analysis, TextAnalyser analyser) {
		this.tokens = analysis.tokens();
		this.sense = analyser.nameSense();
		this.analysis = analysis;
		this.roster = analyser.names();
		// the name hits in the order found, read from the analysis's arrays: most are pupils' single names, passed
		// over here by their kind without reading the entry
		for (int k = 0; k < analysis.nameCount(); k++) {
			int value = analysis.nameValue(k);
			int from = analysis.nameFrom(k);
			int to = analysis.nameTo(k);
			int kind = roster.kind(value);
			if ((kind & RosterNames.FULL) != 0) {
				if (sense.isFullName(tokens, from, to)) {
					NameEntry name = roster.entry(value);
					fullNames.add(new Mention(name.person(), Kind.FULL_NAME, name.part(), from, to));
					mark(from, to);
				}
			}
			else if ((kind & RosterNames.ADULT_SURNAME) != 0 && sense.titleBefore(tokens, from)) {
				NameEntry name = roster.entry(value);
				titled.add(new Mention(name.person(), Kind.TITLE_AND_SURNAME, name.part(), from - 1, to));
				mark(from - 1, to);
			}
		}
	}

	/**
	 * The pupils' single names outside full and titled names, worked out when first asked for: only a post that
	 * pictures pupils needs them, and a long text names thousands (every pupil called Hope, for each "hope").
	 */
	private List<Mention> findSingles() {
		List<Mention> found = new ArrayList<>();
		for (int k = 0; k < analysis.nameCount(); k++) {
			int value = analysis.nameValue(k);
			int from = analysis.nameFrom(k);
			int to = analysis.nameTo(k);
			if ((roster.kind(value) & RosterNames.PUPIL_SINGLE) != 0 && !inside(from, to) && !adultTitled(from, to)) {
				NameEntry name = roster.entry(value);
				found.add(new Mention(name.person(), Kind.SINGLE_NAME, name.part(), from, to));
			}
		}
		return found;
	}

	/** The titled spans as {@link #span} values, sorted, for a binary search without boxing. */
	private long[] titledSpans;

	private void mark(int from, int to) {
		if (named == null) {
			named = new boolean[tokens.count()];
		}
		Arrays.fill(named, from, to, true);
	}

	private boolean inside(int from, int to) {
		if (named == null) {
			return false;
		}
		for (int t = from; t < to; t++) {
			if (named[t]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A pupil's surname after a title that an adult on the roster also has: the adult is meant. Looked up in a sorted
	 * array of the titled spans, because a long text has thousands of both (a scan per hit made a 1 MB text take a
	 * second, and a set of boxed spans was still a good part of the reading).
	 */
	private boolean adultTitled(int from, int to) {
		if (titledSpans == null) {
			titledSpans = new long[titled.size()];
			for (int i = 0; i < titledSpans.length; i++) {
				titledSpans[i] = span(titled.get(i).from(), titled.get(i).to());
			}
			Arrays.sort(titledSpans);
		}
		return Arrays.binarySearch(titledSpans, span(from - 1, to)) >= 0;
	}

	private static long span(int from, int to) {
		return ((long) from << 32) | (to & 0xffffffffL);
	}

	public List<Mention> fullNames() {
		return fullNames;
	}

	public List<Mention> titled() {
		return titled;
	}

	/** Single names of pupils, outside any full name; ask {@link #usedAsName(Mention)} before counting one. */
	public List<Mention> singles() {
		if (singles == null) {
			singles = findSingles();
		}
		return singles;
	}

	/** Whether a single name is used as a name here, not as the ordinary word it also is. */
	public boolean usedAsName(Mention single) {
		if (single.part() == NameEntry.Part.SURNAME) {
			return sense.isSurname(tokens, single.from(), single.to());
		}
		return sense.isName(tokens, single.from(), single.to());
	}

	/** Whether the word at {@code t} is part of a full name or a titled surname. */
	boolean insideName(int t) {
		return named != null && named[t];
	}

	/** Whether a word that is also a name (Dick, Pratt) is used as a name at {@code t}. */
	boolean usedAsName(int t) {
		return sense.capitalisedAsName(tokens, t);
	}

	Tokens tokens() {
		return tokens;
	}

}
