package org.lanyard.screening.engine.detect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.RosterPerson;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * PERSONAL_DATA: a person's e-mail address, written plainly or disguised ("jane at gmail dot com",
 * "jane[at]gmail[dot]com"). The subject is the roster person whose address it is, when the roster knows it.
 * <p>
 * Not personal data: addresses on the school's own domains (its allowed link domains and their subdomains, so staff
 * work addresses too), and role addresses of organisations ({@code office@}, {@code info@}, {@code enquiries@}…)
 * that are not at a personal mail provider.
 */
final class EmailAddresses implements ScreeningRule {

	private static final Pattern PLAIN = Pattern.compile(
			"(?<![\\w.+'\\-/%])([\\w.+'%\\-]{1,64})\\s?@\\s?((?:[\\p{L}\\p{N}\\-]{1,63}\\.){1,16}\\p{L}{2,63})(?![\\p{L}\\p{N}\\-])");

	private static final String AT = "(?:\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+)";

	private static final String DOT = "(?:\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+|\\.)";

	private static final Pattern DISGUISED = Pattern.compile("(?i)(?<![\\w.\\-])([\\w+\\-]{1,64}(?:" + DOT
			+ "[\\w+\\-]{1,64}){0,3})" + AT + "([\\p{L}\\p{N}\\-]{1,63}(?:" + DOT + "[\\p{L}\\p{N}\\-]{1,63}){1,4})\\b");

	/** Providers people use for their own mail: "jane at gmail.com" is an address even without a written "dot". */
	private static final Set<String> PERSONAL_PROVIDERS = Set.of("gmail", "googlemail", "hotmail", "outlook", "live",
			"yahoo", "ymail", "icloud", "me", "mac", "aol", "btinternet", "btopenworld", "sky", "virginmedia", "talktalk",
			"protonmail", "proton", "msn", "mail", "gmx", "zoho", "tiscali", "ntlworld", "blueyonder", "plusnet");

	private static final Pattern ROLE = Pattern.compile("(?i)(?:info|office|admin|enquiries|enquiry|contact|hello|help"
			+ "|support|reception|admissions|bursar|finance|head|headteacher|head\\.teacher|senco|sendco|dsl|safeguarding"
			+ "|noreply|no-reply|donotreply|press|media|news|team|sales|bookings|events|clerk|governors|pta|hr|jobs"
			+ "|recruitment|accounts|feedback|complaints|dpo|privacy|webmaster|postmaster|careers)");

	private final SchoolDomains school;

	private final Map<String, String> rosterByEmail = new HashMap<>();

	EmailAddresses(Roster roster, SchoolDomains school) {
		this.school = school;
		for (RosterPerson person : roster.people()) {
			if (person.email() != null && !person.email().isBlank()) {
				rosterByEmail.put(person.email().strip().toLowerCase(Locale.ROOT), person.externalId());
			}
		}
	}

	@Override
	public void check(Draft draft, FindingSink sink) {
		String text = draft.text();
		Matcher plain = PLAIN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int covered = 0;
		for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
			// the pattern is tried only from the start of the local part before each '@', never over the whole text
			int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
			int start = end;
			while (start > covered && end - start < 64 && isLocalChar(text.charAt(start - 1))) {
				start--;
			}
			if (start == end) {
				continue;
			}
			plain.region(start, Math.min(text.length(), at + 260));
			if (plain.lookingAt()) {
				report(sink, plain, plain.group(1), plain.group(2), plain.group(0));
				covered = plain.end();
			}
		}
		covered = 0;
		for (int at : spokenAts(text)) {
			if (at < covered) {
				continue;
			}
			// the pattern runs only in a window around each spoken "at", never over the whole text: on a long text
			// full of ordinary "at"s a whole-text scan cost more than everything else the engine does
			Matcher m = DISGUISED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			m.region(Math.max(covered, at - 70), Math.min(text.length(), at + 260));
			while (m.find() && m.start() <= at) {
				if (m.end() <= at) {
					continue;
				}
				String domain = m.group(2).replaceAll("(?i)" + DOT, ".");
				if (isDisguisedAddress(m.group(0), domain)) {
					report(sink, m, m.group(1).replaceAll("(?i)" + DOT, "."), domain, m.group(0));
					covered = m.end();
				}
				break;
			}
		}
	}

	private static boolean isLocalChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '+' || c == '\'' || c == '%' || c == '-';
	}

	/** Where a spoken or bracketed "at" may join the parts of an address: a cheap look, so most texts skip the pattern. */
	private static java.util.List<Integer> spokenAts(String text) {
		java.util.List<Integer> ats = new java.util.ArrayList<>();
		for (int i = text.indexOf("at"); i >= 0; i = text.indexOf("at", i + 1)) {
			char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
			boolean word = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
			if (word && (")]}>".indexOf(after) >= 0 || (after == ' ' && spokenAddressFollows(text, i + 3)))) {
				ats.add(i);
			}
		}
		for (int i = text.indexOf("AT"); i >= 0; i = text.indexOf("AT", i + 1)) {
			if (i + 3 < text.length() && text.charAt(i + 2) == ' ' && spokenAddressFollows(text, i + 3)) {
				ats.add(i);
			}
		}
		java.util.Collections.sort(ats);
		return ats;
	}

	/** After " at ": a word followed by a spoken or written dot, or a personal mail provider's name. */
	private static boolean spokenAddressFollows(String text, int from) {
		int end = from;
		while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
			end++;
		}
		if (end == from || end >= text.length()) {
			return false;
		}
		String word = text.substring(from, end).toLowerCase(Locale.ROOT);
		int next = end;
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		// a written dot counts only when the domain goes on after it ("gmail.com", not "at Whitby. Next")
		boolean writtenDot = text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1));
		return PERSONAL_PROVIDERS.contains(word) || text.regionMatches(true, end, " dot ", 0, 5) || writtenDot
				|| (next < text.length() && "([{<".indexOf(text.charAt(next)) >= 0);
	}

	/** "jane at gmail dot com", "jane (at) school.org", or "jane at gmail.com"; never "the article at bbc.co.uk". */
	private static boolean isDisguisedAddress(String written, String domain) {
		String[] labels = domain.split("\\.");
		if (!TopLevelDomains.isKnown(labels[labels.length - 1])) {
			return false;
		}
		String lower = written.toLowerCase(Locale.ROOT);
		boolean bracketed = lower.matches("(?s).*[(\\[{<]\\s*(at|dot)\\s*[)\\]}>].*");
		boolean spokenDot = lower.matches("(?s).*\\sdot\\s.*");
		return bracketed || spokenDot || PERSONAL_PROVIDERS.contains(labels[0].toLowerCase(Locale.ROOT));
	}

	private void report(FindingSink sink, Matcher m, String local, String domain, String written) {
		String[] labels = domain.split("\\.");
		if (!TopLevelDomains.isKnown(labels[labels.length - 1]) || school.covers(domain)) {
			return;
		}
		boolean provider = PERSONAL_PROVIDERS.contains(labels[0].toLowerCase(Locale.ROOT));
		if (!provider && ROLE.matcher(local).matches()) {
			return;
		}
		String address = (local + "@" + domain).toLowerCase(Locale.ROOT);
		@Nullable String subject = rosterByEmail.get(address);
		sink.report(FindingCode.PERSONAL_DATA, m.start(), m.end(), subject, "E-mail address " + Masking.mask(written)
				+ ": a person's e-mail address is personal data and must not be shared.");
	}

}
