package org.lanyard.screening.engine.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * PERSONAL_DATA: a street address, that is a house number ("8", "12a", "Flat 3, 12") followed by a street name and a
 * street suffix ("Mill Row", "Station Rd", "St John's Close"). Written in capitals as addresses are; an all
 * lower-case address ("8 mill road") counts only where the sentence places someone or something there ("i live at",
 * "bring it to", "near"), since "2 miles up the hill" and "2 mill lane teams" are not addresses.
 * <p>
 * Not an address: a number that is a year group, class, room, page, bus or the like ("Year 6 Hill Walk"), a named
 * public place's address ("Derby Museum, 1 The Strand"), the school's own address in its own post ("our address"),
 * addresses everyone knows ("10 Downing Street", "4 Privet Drive"), and suffixes such as Park, Green or Hill when
 * another capitalised word follows, which makes them part of a longer name ("2 Oak Park Rangers").
 */
final class StreetAddresses implements ScreeningRule {

	/** Street suffixes, full and abbreviated. */
	static final String SUFFIX = "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Row|Crescent|Cres|Way|Court"
			+ "|Ct|Gardens|Gdns|Terrace|Terr|Place|Pl|Grove|Mews|Walk|Hill|View|Square|Sq|Park|Rise|Green|Parade|Vale"
			+ "|Chase|Croft|Fold|Wharf|Yard|Boulevard|Approach|Meadows?|Fields|Heights|Gate|Wynd|Brow|Bank|Hollow"
			+ "|Nook|Glade|Dale|Lea|Leys|End|Side|Cottages|Villas|Buildings)";

	private static final Set<String> SUFFIX_WORDS = Set.of(SUFFIX.substring(3, SUFFIX.length() - 1)
		.toLowerCase(Locale.ROOT)
		.replace("meadows?", "meadow|meadows")
		.split("\\|"));

	private static final String NAME_WORD = "(?:St\\.?\\s+)?[A-Z][\\p{L}'\u2019]*(?:-[A-Z][\\p{L}'\u2019]*)?";

	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}£$€.,:/\\-])"
			+ "(\\d{1,4}[A-Za-z]?(?:\\s?-\\s?\\d{1,4}[A-Za-z]?)?)"
			+ ",?\\s+((?:The\\s+)?(?:" + NAME_WORD + "\\s+){1,3})(" + SUFFIX + ")\\b"
			+ "(?:(?<=Rd|St|Ln|Ave|Dr|Cres|Ct|Gdns|Terr|Pl|Sq)\\.)?");

	/**
	 * An all lower-case address ("8 mill row"): only where the sentence places someone or something there ("i live
	 * at…", "bring it to…", "near…"), since "2 mill lane teams" is not an address.
	 */
	private static final Pattern LOWER_CASE = Pattern.compile("(?<![\\p{L}\\p{N}£$€.,:/\\-])(\\d{1,4}[a-z]?),?\\s+"
			+ "((?:[a-z][a-z'\u2019]+\\s+){1,2})(" + SUFFIX.toLowerCase(Locale.ROOT) + ")\\b");

	/** Addresses everyone knows from the news and from books: not anyone's home to protect. */
	private static final Pattern FAMOUS = Pattern.compile("(?i)(?:1[01] downing street|221b baker street|4 privet drive"
			+ "|12 grimmauld place|32 windsor gardens|62 west wallaby street|42 wallaby way|742 evergreen terrace"
			+ "|124 conch street|1600 pennsylvania avenue)");

	private static final Pattern FLAT = Pattern.compile("(?:Flat|Apartment|Apt|Unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+$");

	/** Suffixes that also end names of parks, hills and teams: with a capitalised word after, they are such a name. */
	private static final Set<String> AMBIGUOUS = Set.of("park", "green", "hill", "view", "gate", "end", "side", "bank",
			"way", "walk", "court", "place", "row", "rise", "dale", "vale", "fields", "heights", "square", "lea", "st");

	private static final Pattern NOT_A_HOUSE_NUMBER = Pattern.compile("(?i)\\b(?:year|years|yr|class|room|page|pages|p"
			+ "|chapter|ch|no|number|platform|gate|bus|route|level|stage|ks|key stage|group|team|table|week|day|term"
			+ "|set|lesson|step|part|act|scene|psalm|verse|aged?|under|over|top|grade|issue|vol|volume|figure|fig"
			+ "|question|q|exercise|activity|session|round|heat|pitch|hole|size|score|scored|won|lost|beat)\\W{0,2}$");

	private static final Set<String> LOWER_CASE_STOP = Set.of("the", "a", "an", "of", "on", "in", "at", "to", "and",
			"or", "miles", "mile", "minutes", "mins", "hours", "down", "up", "along", "across", "over", "by", "from",
			"for", "our", "my", "your", "their", "his", "her", "main", "busy", "quiet", "different", "separate", "other",
			"more", "new", "old", "big", "small", "country", "dirt", "muddy", "long", "short", "times", "kids",
			"children", "cars", "houses", "doors", "km", "metres", "yards", "steps", "laps", "each", "every", "front",
			"back", "very", "so", "too", "quite", "really", "lovely", "same", "whole", "entire", "two", "three");

	@Override
	public void check(Draft draft, FindingSink sink) {
		String text = draft.text();
		Matcher capitalised = CAPITALISED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		Matcher lower = LOWER_CASE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		boolean outgoing = draft.request().direction() == Direction.OUTGOING;
		int covered = 0;
		TextScan scan = TextScan.of(draft);
		for (int k = 0; k < scan.digitRuns(); k++) {
			// every address starts with a house number: the patterns are tried only where a number starts
			int i = scan.digitRun(k);
			if (i < covered) {
				continue;
			}
			if (!suffixFollows(text, i)) {
				continue;
			}
			int to = Math.min(text.length(), i + 160);
			capitalised.region(i, to);
			if (capitalised.lookingAt() && !(AMBIGUOUS.contains(capitalised.group(3).toLowerCase(Locale.ROOT))
					&& continuesAsName(text, capitalised.end()))) {
				covered = report(text, capitalised, sink, outgoing);
				continue;
			}
			lower.region(i, to);
			if (lower.lookingAt() && !hasStopWord(lower.group(2)) && Context.isResidence(text, i)) {
				covered = report(text, lower, sink, outgoing);
			}
		}
	}

	private static int report(String text, Matcher m, FindingSink sink, boolean outgoing) {
		int start = m.start();
		String before = text.substring(Math.max(0, start - 16), start);
		if (NOT_A_HOUSE_NUMBER.matcher(before).find() || Context.isPublicPlace(text, start, outgoing)
				|| FAMOUS.matcher(m.group()).matches()) {
			return start;
		}
		Matcher flat = FLAT.matcher(text.substring(Math.max(0, start - 20), start));
		if (flat.find()) {
			start = start - (flat.end() - flat.start());
		}
		String address = text.substring(start, m.end());
		sink.reportText(FindingCode.PERSONAL_DATA, start, m.end(), "Street address " + Masking.mask(address)
				+ ": a home address is personal data and must not be shared.");
		return m.end();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * A cheap look at the few words after a number for a street suffix, so that "Year 3 walk" or "12 June" skip the
	 * patterns altogether.
	 */
	private static boolean suffixFollows(String text, int number) {
		int i = number;
		int limit = Math.min(text.length(), number + 120);
		while (i < limit && !Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		for (int word = 0; word < 5 && i < limit; word++) {
			while (i < limit && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
				i++;
			}
			int start = i;
			while (i < limit && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (i > start && isSuffixWord(text, start, i)) {
				return true;
			}
			while (i < limit && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
		}
		return false;
	}

	/**
	 * {@code SUFFIX_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}. A word of ASCII letters, as
	 * nearly every word is, is looked up by a number made of its letters without making any string; a word with other
	 * letters goes the long way, since lower-casing can turn some of them into ASCII (the Kelvin sign into k).
	 */
	private static boolean isSuffixWord(String text, int start, int end) {
		if (end - start > MAX_SUFFIX) {
			for (int i = start; i < end; i++) {
				if (text.charAt(i) >= 0x80) {
					return SUFFIX_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
				}
			}
			return false;
		}
		long code = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return SUFFIX_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
			}
			code = code * 27 + ((c | 0x20) - 'a' + 1);
		}
		return Arrays.binarySearch(SUFFIX_CODES, code) >= 0;
	}

	/** The letters of a lower-case word of a–z as a number in base 27 (a = 1 … z = 26): each word its own number. */
	private static long code(String word) {
		long code = 0;
		for (int i = 0; i < word.length(); i++) {
			code = code * 27 + (word.charAt(i) - 'a' + 1);
		}
		return code;
	}

	private static final int MAX_SUFFIX = SUFFIX_WORDS.stream().mapToInt(String::length).max().orElse(0);

	/** The codes of the suffix words; one not all letters a–z could never be a word of letters anyway. */
	private static final long[] SUFFIX_CODES = SUFFIX_WORDS.stream()
		.filter(word -> word.chars().allMatch(c -> c >= 'a' && c <= 'z'))
		.mapToLong(StreetAddresses::code)
		.sorted()
		.toArray();

	private static boolean continuesAsName(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
	}

	private static boolean hasStopWord(String words) {
		for (String word : words.strip().split("\\s+")) {
			if (LOWER_CASE_STOP.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
