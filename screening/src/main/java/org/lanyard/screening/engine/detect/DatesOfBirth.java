package org.lanyard.screening.engine.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;

/**
 * PERSONAL_DATA: a date of birth, that is a day and month given as someone's birth date ("born on 4 October 2018",
 * "DOB 04/10/2018", "D.O.B.: 4.10.18", "date of birth: 3rd March 2016", "her birthday is 3rd March 2016", "born two
 * weeks early on 12 May 2016").
 * <p>
 * Not a date of birth: a date with no birth words (trip dates), a year or a month alone ("born in 2016", "born in
 * 1066"), a birthday without its year ("our lollipop lady's birthday is 3 March" is a celebration, not a record), and a
 * birth before 1940, which is history (famous people) rather than the data of a living child, parent or member of
 * staff.
 */
final class DatesOfBirth implements ScreeningRule {

	private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";

	private static final String DATE = WEEKDAY + "(?:the\\s+)?(?:"
			+ "\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+" + year(1) + ")?"
			+ "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+" + year(2) + ")?"
			+ "|\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?" + year(3)
			+ "|(?<iso>(?:19|20)\\d{2})-\\d{2}-\\d{2})(?![\\p{L}\\p{N}])";

	private static final String JOIN = "\\s*[:\\-\u2013=]?\\s*(?:(?:is|was|on|of|:)\\s+){0,2}";

	/** Words that make the date that follows a birth date; "birthday" needs a year, the others do not. */
	private static final Pattern BIRTH_DATE = Pattern.compile("(?i)\\b(?<trigger>d\\.?\\s?o\\.?\\s?b\\b\\.?"
			+ "|date\\s+of\\s+birth|birth\\s*date|born(?:(?:\\s+[\\p{L}\\p{N}'\u2019]+){1,4}?(?=\\s+on\\s))?|birthday"
			+ "|b'day|bday)" + JOIN + DATE);

	private static final int HISTORY_BEFORE = 1940;

	/** A whole date, year included: on its own just a date, next to a birthday it is a date of birth. */
	private static final Pattern FULL_DATE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+"
			+ MONTH + ",?\\s+(?<y1>(?:19|20)\\d{2})|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?<y2>(?:19|20)\\d{2})"
			+ "|\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?(?<y3>(?:19|20)\\d{2})|(?<y4>(?:19|20)\\d{2})-\\d{2}-\\d{2})"
			+ "(?![\\p{L}\\p{N}])");

	/**
	 * Words that make a whole date in the same sentence someone's birth date ("who is 9 today (14/02/2017)"). Not
	 * "born": "children born between 1 September 2021 and 31 August 2022" is an admissions cohort, nobody's birthday.
	 */
	private static final Pattern BIRTH_CONTEXT = Pattern.compile("(?i)\\b(?:birthday|b'?day|turns?\\s+\\d{1,3}"
			+ "|(?:is|was)\\s+\\d{1,3}\\s+(?:today|tomorrow|this week|on)|aged?\\s+\\d{1,3}|\\d{1,3}\\s+years?\\s+old)\\b");

	@Override
	public void check(Draft draft, FindingSink sink) {
		String text = draft.text();
		Matcher m = BIRTH_DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int covered = 0;
		TextScan scan = TextScan.of(draft);
		// one pass over the word starts serves both patterns: where the birthday context may begin is noted on the way
		int[] contexts = new int[16];
		int count = 0;
		for (int k = 0; k < scan.words(); k++) {
			int i = scan.word(k);
			if (!mayStartEither(text, i)) {
				continue;
			}
			if (mayStartBirthContext(text, i, text.charAt(i)) && contextMayFollow(text, i)) {
				if (count == contexts.length) {
					contexts = Arrays.copyOf(contexts, count * 2);
				}
				contexts[count++] = i;
			}
			// the pattern is tried only where a trigger word may start: at a word start (see mayStartTrigger)
			if (i < covered || !mayStartTrigger(text, i)) {
				continue;
			}
			m.region(i, Math.min(text.length(), i + 90));
			if (m.lookingAt() && isDateOfBirth(m)) {
				sink.reportText(FindingCode.PERSONAL_DATA, m.start(), m.end(),
						"Date of birth (" + Masking.quote(m.group("trigger")) + " and a date): a person's date of birth "
								+ "is personal data and must not be shared.");
				covered = m.end();
			}
		}
		if (covered == 0 && birthContextAnywhere(text, contexts, count)) {
			dateInBirthdaySentence(text, sink);
		}
	}

	private static void dateInBirthdaySentence(String text, FindingSink sink) {
		Matcher date = FULL_DATE.matcher(text);
		while (date.find()) {
			String year = firstNonNull(date.group("y1"), date.group("y2"), date.group("y3"), date.group("y4"));
			if (year == null || Integer.parseInt(year) < HISTORY_BEFORE) {
				continue;
			}
			String sentence = Context.sentenceBefore(text, date.start(), 120) + text.substring(date.start(),
					sentenceEnd(text, date.end()));
			if (BIRTH_CONTEXT.matcher(sentence).find()) {
				sink.reportText(FindingCode.PERSONAL_DATA, date.start(), date.end(), "Date of birth ("
						+ Masking.quote(date.group()) + " beside a birthday): a person's date of birth is personal data "
						+ "and must not be shared.");
			}
		}
	}

	/**
	 * {@code BIRTH_CONTEXT.matcher(text).find()}, without running the pattern at every character of a long text: a
	 * match begins with "b…day", "turn", "is", "was", "age" or a digit after a \b, which after a letter or digit
	 * does not hold: so at a word start of the scan where {@link #mayStartBirthContext} says so ({@code starts}, in
	 * text order). The pattern is tried only there, with the text around it visible (transparent bounds), which is
	 * what find() does at each position in turn.
	 */
	private static boolean birthContextAnywhere(String text, int[] starts, int count) {
		Matcher m = null;
		int n = text.length();
		for (int k = 0; k < count; k++) {
			int i = starts[k];
			if (m == null) {
				m = BIRTH_CONTEXT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			}
			m.region(i, n);
			if (m.lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** A superset of where a match of {@code BIRTH_CONTEXT} can begin (any case, ASCII letters only as in the pattern). */
	private static boolean mayStartBirthContext(String text, int i, char c) {
		switch (c | 0x20) {
			case 'b':
				return nextMayBe(text, i, CONTEXT_AFTER_B) && (text.regionMatches(true, i, "birthday", 0, 8)
						|| text.regionMatches(true, i, "bday", 0, 4) || text.regionMatches(true, i, "b'day", 0, 5));
			case 't':
				return nextMayBe(text, i, AFTER_T) && text.regionMatches(true, i, "turn", 0, 4);
			case 'i':
				return nextMayBe(text, i, AFTER_I) && text.regionMatches(true, i, "is", 0, 2);
			case 'w':
				return nextMayBe(text, i, AFTER_W) && text.regionMatches(true, i, "was", 0, 3);
			case 'a':
				return nextMayBe(text, i, AFTER_A) && text.regionMatches(true, i, "age", 0, 3);
			default:
				return c >= '0' && c <= '9';
		}
	}

	private static int sentenceEnd(String text, int from) {
		int limit = Math.min(text.length(), from + 120);
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '!' || c == '?' || c == '\n' || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
				return i;
			}
		}
		return limit;
	}

	private static String year(int n) {
		return "(?<year" + n + ">\\d{4}|'?\\d{2})";
	}

	/** A cheap look for the trigger words at a word start, so that most words skip the pattern. */
	private static boolean mayStartTrigger(String text, int i) {
		char c = (char) (text.charAt(i) | 0x20);
		if ((c != 'b' && c != 'd') || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
			return false;
		}
		if (c == 'b') {
			return nextMayBe(text, i, TRIGGER_AFTER_B) && (text.regionMatches(true, i, "born", 0, 4)
					|| text.regionMatches(true, i, "birth", 0, 5) || text.regionMatches(true, i, "bday", 0, 4)
					|| text.regionMatches(true, i, "b'day", 0, 5));
		}
		return nextMayBe(text, i, TRIGGER_AFTER_D) && (text.regionMatches(true, i, "dob", 0, 3)
				|| text.regionMatches(true, i, "d.o", 0, 3) || text.regionMatches(true, i, "d o", 0, 3)
				|| text.regionMatches(true, i, "d. o", 0, 4) || text.regionMatches(true, i, "date of", 0, 7));
	}

	/**
	 * What {@code BIRTH_CONTEXT} needs after the word that may begin it (see {@link #mayStartBirthContext}): "turn(s)",
	 * "is", "was" and "age(d)" go on with white space and a digit ("is 9 today", "aged 10"), a number of at most three
	 * digits with white space and "year" ("9 years old"). "Is" and numbers are everywhere in a long text; this look
	 * leaves the pattern for the few places where it can match. White space and digits as the pattern means them,
	 * ASCII only ({@code \s}, {@code \d}).
	 */
	private static boolean contextMayFollow(String text, int i) {
		int n = text.length();
		switch (text.charAt(i) | 0x20) {
			case 't':
				return spaceThenDigit(text, optional(text, i + 4, 's'));
			case 'i':
				return spaceThenDigit(text, i + 2);
			case 'w':
				return spaceThenDigit(text, i + 3);
			case 'a':
				return spaceThenDigit(text, optional(text, i + 3, 'd'));
			case 'b':
				return true;
			default:
				int end = i;
				while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
					end++;
				}
				int next = afterSpace(text, end);
				return end - i <= 3 && next > end && next < n && (text.charAt(next) | 0x20) == 'y';
		}
	}

	/** Past the letter {@code lower} (either case) at {@code j}, if it is there. */
	private static int optional(String text, int j, char lower) {
		return j < text.length() && (text.charAt(j) | 0x20) == lower ? j + 1 : j;
	}

	private static boolean spaceThenDigit(String text, int j) {
		int next = afterSpace(text, j);
		return next > j && next < text.length() && text.charAt(next) >= '0' && text.charAt(next) <= '9';
	}

	/** Past the white space ({@code \s}: space, tab, line breaks, form feed, vertical tab) at {@code j}. */
	private static int afterSpace(String text, int j) {
		while (j < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(j)) >= 0) {
			j++;
		}
		return j;
	}

	/** What may follow the first letter of a trigger or of the birthday context, for {@link #nextMayBe}. */
	private static final String TRIGGER_AFTER_B = "oid'";

	private static final String TRIGGER_AFTER_D = "o. a";

	private static final String CONTEXT_AFTER_B = "id'";

	private static final String AFTER_T = "u";

	private static final String AFTER_I = "s";

	private static final String AFTER_W = "a";

	private static final String AFTER_A = "g";

	/**
	 * For each two ASCII characters {@code c << 7 | d}: whether a word starting with them may start a trigger or the
	 * birthday context (a digit, or a letter followed as {@link #nextMayBe} allows). Half the words of a text start
	 * with b, d, t, i, w or a; a look at two characters at once passes over nearly all of them.
	 */
	private static final boolean[] MAY_START = new boolean[128 * 128];

	static {
		String[] after = new String[128];
		after['b'] = TRIGGER_AFTER_B + CONTEXT_AFTER_B;
		after['d'] = TRIGGER_AFTER_D;
		after['t'] = AFTER_T;
		after['i'] = AFTER_I;
		after['w'] = AFTER_W;
		after['a'] = AFTER_A;
		for (int c = 0; c < 128; c++) {
			for (int d = 0; d < 128; d++) {
				String allowed = after[c | 0x20];
				MAY_START[c << 7 | d] = c >= '0' && c <= '9' || allowed != null && allowed.indexOf(d | 0x20) >= 0;
			}
		}
	}

	/**
	 * Whether {@link #mayStartTrigger} or {@link #mayStartBirthContext} may hold at {@code i}: false only where both
	 * are false (neither begins with a character past ASCII; one past ASCII after the first may match anything).
	 */
	private static boolean mayStartEither(String text, int i) {
		char c = text.charAt(i);
		if (c >= 0x80) {
			return false;
		}
		char d = i + 1 < text.length() ? text.charAt(i + 1) : 0;
		return d >= 0x80 || MAY_START[c << 7 | d];
	}

	/**
	 * A cheap look before {@code regionMatches}: whether the character after {@code i} may match one of
	 * {@code seconds} (lower-case ASCII) ignoring case. Any non-ASCII character may, since regionMatches folds case by
	 * Unicode's rules (a dotless ı matches i); nothing else is changed, as regionMatches still decides.
	 */
	private static boolean nextMayBe(String text, int i, String seconds) {
		if (i + 1 >= text.length()) {
			return false;
		}
		char c = text.charAt(i + 1);
		return c >= 0x80 || seconds.indexOf(c | 0x20) >= 0;
	}

	private static boolean isDateOfBirth(Matcher m) {
		String year = firstNonNull(m.group("year1"), m.group("year2"), m.group("year3"), m.group("iso"));
		String trigger = m.group("trigger").toLowerCase(Locale.ROOT);
		boolean birthday = trigger.endsWith("day");
		if (year == null) {
			return !birthday;
		}
		String digits = year.replace("'", "");
		return digits.length() == 2 || Integer.parseInt(digits) >= HISTORY_BEFORE;
	}

	private static @Nullable String firstNonNull(@Nullable String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
