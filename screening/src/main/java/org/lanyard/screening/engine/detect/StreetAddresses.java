package org.lanyard.screening.engine.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * PERSONAL_DATA: a street address, that is a house number ("8", "12a", "Flat 3, 12") followed by a street name and a
 * street suffix ("Mill Row", "Station Rd", "St John's Close"). Written in capitals as addresses are; an all
 * lower-case address ("8 mill road") counts only with an unmistakable suffix such as road, street or lane, since
 * "2 miles up the hill" is not an address.
 * <p>
 * Not an address: a number that is a year group, class, room, page, bus or the like ("Year 6 Hill Walk"), a named
 * public place's address ("Derby Museum, 1 The Strand"), and suffixes such as Park, Green or Hill when another
 * capitalised word follows, which makes them part of a longer name ("2 Oak Park Rangers").
 */
final class StreetAddresses implements ScreeningRule {

	/** Street suffixes, full and abbreviated. */
	static final String SUFFIX = "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Row|Crescent|Cres|Way|Court"
			+ "|Ct|Gardens|Gdns|Terrace|Terr|Place|Pl|Grove|Mews|Walk|Hill|View|Square|Sq|Park|Rise|Green|Parade|Vale"
			+ "|Chase|Croft|Fold|Wharf|Yard|Boulevard|Approach|Meadows?|Fields|Heights|Gate|Wynd|Brow|Bank|Hollow"
			+ "|Nook|Glade|Dale|Lea|Leys|End|Side|Cottages|Villas|Buildings)";

	private static final String NAME_WORD = "(?:St\\.?\\s+)?[A-Z][\\p{L}'\u2019]*(?:-[A-Z][\\p{L}'\u2019]*)?";

	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}£$€.,:/\\-])"
			+ "(\\d{1,4}[A-Za-z]?(?:\\s?-\\s?\\d{1,4}[A-Za-z]?)?)"
			+ ",?\\s+((?:The\\s+)?(?:" + NAME_WORD + "\\s+){1,3})(" + SUFFIX + ")\\b\\.?");

	private static final Pattern LOWER_CASE = Pattern.compile("(?<![\\p{L}\\p{N}£$€.,:/\\-])(\\d{1,4}[a-z]?),?\\s+"
			+ "((?:[a-z][a-z'\u2019]+\\s+){1,2})(road|rd|street|lane|avenue|crescent|terrace|grove|mews)\\b");

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
		int covered = 0;
		for (int i = 0; i < text.length(); i++) {
			// every address starts with a house number: the patterns are tried only where a number starts
			if (i < covered || !isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
				continue;
			}
			int to = Math.min(text.length(), i + 160);
			capitalised.region(i, to);
			if (capitalised.lookingAt() && !(AMBIGUOUS.contains(capitalised.group(3).toLowerCase(Locale.ROOT))
					&& continuesAsName(text, capitalised.end()))) {
				covered = report(text, capitalised, sink);
				continue;
			}
			lower.region(i, to);
			if (lower.lookingAt() && !hasStopWord(lower.group(2))) {
				covered = report(text, lower, sink);
			}
		}
	}

	private static int report(String text, Matcher m, FindingSink sink) {
		int start = m.start();
		String before = text.substring(Math.max(0, start - 16), start);
		if (NOT_A_HOUSE_NUMBER.matcher(before).find() || Context.isPublicPlace(text, start)) {
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
