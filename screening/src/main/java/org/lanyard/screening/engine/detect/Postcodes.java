package org.lanyard.screening.engine.detect;

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
 * PERSONAL_DATA: a full UK postcode (Royal Mail format, any case, with or without the space), which with a house
 * number is a home address. An outward code alone ("DE7", "the M1") names a district, not a home, and is left alone;
 * it counts only inside a street address, which {@link StreetAddresses} reports.
 * <p>
 * Only the 124 real postcode areas count, and the inward part's letters exclude C, I, K, M, O and V, as Royal Mail's
 * do: "CO2 5mg" and "Year 3 4th" are not postcodes. A lower-case inward part that reads as an ordinal ("m4 4th") is
 * not either. The postcode of a named school, church, museum or other public place ("Ashby Lane Primary School,
 * Station Road, DE7 4QP") is that place's published address, not a person's.
 */
final class Postcodes implements ScreeningRule {

	private static final Pattern CANDIDATE = Pattern.compile(
			"(?i)(?<![\\p{L}\\p{N}])([a-z]{1,2})([0-9][0-9a-z]?)[ \\t\\u00a0]{0,2}([0-9][abd-hjlnp-uw-z]{2})(?![\\p{L}\\p{N}])");

	private static final Set<String> AREAS = Set.of("AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR",
			"BS", "BT", "BX", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH",
			"DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG",
			"HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE",
			"LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA",
			"PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP",
			"SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD",
			"WF", "WN", "WR", "WS", "WV", "YO", "ZE");

	private static final Set<String> CENTRAL_LONDON = Set.of("EC", "NW", "SE", "SW", "WC");

	private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");

	@Override
	public void check(Draft draft, FindingSink sink) {
		String text = draft.text();
		boolean outgoing = draft.request().direction() == Direction.OUTGOING;
		Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		TextScan scan = TextScan.of(draft);
		for (int k = 0; k < scan.digitRuns(); k++) {
			// every postcode ends with a digit and two letters: only there is the pattern tried, over the text before;
			// a digit with a letter after it is the last of its run of digits
			int i = scan.digitRun(k);
			while (i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
				i++;
			}
			if (i + 2 < text.length() && isLetter(text.charAt(i + 1)) && isLetter(text.charAt(i + 2))
					&& (i + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 3)))) {
				m.region(Math.max(0, i - 7), i + 3);
				if (m.find() && m.end() == i + 3 && isPostcode(m) && !Context.isPublicPlace(text, m.start(), outgoing)) {
					sink.reportText(FindingCode.PERSONAL_DATA, m.start(), m.end(), "Postcode " + outward(m)
							+ " \u2026: a home postcode is personal data and must not be shared.");
				}
			}
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	static boolean isPostcode(Matcher m) {
		String area = m.group(1).toUpperCase(Locale.ROOT);
		String inward = m.group(3);
		if (!AREAS.contains(area)) {
			return false;
		}
		String district = m.group(2).toUpperCase(Locale.ROOT);
		if (Character.isLetter(district.charAt(district.length() - 1)) && !isCentralLondon(area, district)) {
			return false;
		}
		String letters = inward.substring(1);
		return !ORDINAL_ENDINGS.contains(letters) || letters.equals(letters.toUpperCase(Locale.ROOT));
	}

	/** Districts such as W1A, EC1A or SW1A: only in central London, and only with Royal Mail's letters. */
	private static boolean isCentralLondon(String area, String district) {
		char letter = district.charAt(district.length() - 1);
		if (area.length() == 1) {
			return (area.equals("E") || area.equals("N") || area.equals("W")) && "ABCDEFGHJKPSTUW".indexOf(letter) >= 0;
		}
		return CENTRAL_LONDON.contains(area) && "ABEHMNPRVWXY".indexOf(letter) >= 0;
	}

	private static String outward(Matcher m) {
		return "\u201c" + (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT) + "\u201d";
	}

}
