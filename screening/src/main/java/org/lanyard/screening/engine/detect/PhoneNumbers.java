package org.lanyard.screening.engine.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * PERSONAL_DATA: a person's phone number, found by libphonenumber.
 * <p>
 * libphonenumber's VALID leniency rejects numbers in ranges not yet allocated, which includes Ofcom's drama ranges
 * (07700 900xxx, 0115 496 0xxx…) that people and test writers use; POSSIBLE finds them but also finds years, prices
 * and reference numbers. So POSSIBLE is used and a UK number must also look dialled: written with its leading 0 or
 * with +44 / 0044, ten significant digits, and a geographic (01, 02) or mobile (07) number.
 * <p>
 * Not personal data, on purpose: 03 (public bodies, charities), 05, 08 (freephone and national helplines such as
 * Childline 0800 1111 and NSPCC 0808 800 5000), 09 and short codes (116 123, 111, 999, 101) are numbers of
 * organisations; a number the sentence gives as the school's office, reception or a helpline ("call us on…" in the
 * school's own post) is a published contact;
 * a number after "charity no.", "ref", "order", "ISBN" and the like is a reference, not a phone.
 */
final class PhoneNumbers implements ScreeningRule {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/**
	 * libphonenumber costs up to a millisecond on a window dense with digits; a hostile text of nothing but digits
	 * would otherwise cost seconds. No real post holds more than a few hundred phone-shaped runs.
	 */
	private static final int MAX_WINDOWS = 400;

	private static final Pattern NOT_DIALLED = Pattern.compile("[^0-9+]");

	private static final Pattern REFERENCE = Pattern.compile(
			"(?i)\\b(?:charity|company|registered|reg|ref|reference|order|invoice|account|acc|a/c|isbn|issn|sort code"
					+ "|urn|uprn|dfe|laestab|policy|case|ticket|booking|membership|serial|tracking|vat|nhs)"
					+ "(?:\\s*(?:no|number|num|#|code|id))?\\W{0,4}$");

	/** A number libphonenumber found in a window, offsets within the window, and whether it is a person's. */
	private record Found(int start, int end, String raw, boolean personal) {
	}

	@Override
	public void check(Draft draft, FindingSink sink) {
		String text = draft.text();
		boolean outgoing = draft.request().direction() == Direction.OUTGOING;
		List<LinkFinder.Link> links = null;
		// what libphonenumber found in each distinct window: a long text that gives the same number again and again
		// (a newsletter with the office number in every item) asks it once; its answer depends on the window alone
		Map<String, List<Found>> seen = new HashMap<>();
		TextScan scan = TextScan.of(draft);
		int next = 0;
		int from = 0;
		int windows = 0;
		while (windows < MAX_WINDOWS) {
			// where a phone number may begin: '+', '(' or a digit, not inside a word or a longer number, which is
			// where the scan saw a number start
			while (next < scan.numberStarts() && scan.numberStart(next) < from) {
				next++;
			}
			if (next == scan.numberStarts()) {
				break;
			}
			from = scan.numberStart(next);
			int to = candidateEnd(text, from);
			if (digits(text, from, to) >= 9) {
				windows++;
				// libphonenumber is slow on long texts: give it only the phone-shaped run, offsets shifted back after
				for (Found match : seen.computeIfAbsent(text.substring(from, to), PhoneNumbers::numbersIn)) {
					int start = from + match.start();
					int end = from + match.end();
					if (links == null) {
						links = LinkFinder.find(draft);
					}
					if (match.personal() && !isReference(text, start)
							&& !Context.isSchoolContact(text, start, outgoing) && !Context.insideLink(links, start)) {
						sink.reportText(FindingCode.PERSONAL_DATA, start, end, "Phone number "
								+ Masking.mask(match.raw())
								+ ": a person's phone number is personal data and must not be shared.");
					}
				}
			}
			from = to;
		}
	}

	private static List<Found> numbersIn(String window) {
		List<Found> found = new ArrayList<>();
		for (PhoneNumberMatch match : UTIL.findNumbers(window, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
			found.add(new Found(match.start(), match.end(), match.rawString(),
					isPersonal(match.rawString(), match.number())));
		}
		return found;
	}

	/** The run of characters a written phone number is made of: digits, spaces, brackets, + and separators. */
	private static int candidateEnd(String text, int start) {
		int i = start;
		int lastDigit = start;
		while (i < text.length() && i - start < 40) {
			char c = text.charAt(i);
			if (isDigit(c)) {
				lastDigit = i;
			}
			else if (" \t\u00a0()+-./\u2013".indexOf(c) < 0) {
				break;
			}
			i++;
		}
		return Math.max(lastDigit + 1, start + 1);
	}

	private static int digits(String text, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			if (isDigit(text.charAt(i))) {
				n++;
			}
		}
		return n;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isPersonal(String raw, PhoneNumber number) {
		String written = NOT_DIALLED.matcher(raw).replaceAll("");
		if (number.getCountryCode() != 44) {
			return written.startsWith("+") || written.startsWith("00") ? UTIL.isValidNumber(number) : false;
		}
		boolean dialled = written.startsWith("+44") || written.startsWith("0044")
				|| (written.startsWith("0") && !written.startsWith("00"));
		String national = UTIL.getNationalSignificantNumber(number);
		return dialled && national.length() == 10 && "127".indexOf(national.charAt(0)) >= 0;
	}

	private static boolean isReference(String text, int start) {
		return REFERENCE.matcher(text.substring(Math.max(0, start - 24), start)).find();
	}

}
