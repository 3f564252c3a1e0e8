package org.lanyard.screening.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.rules.Draft;

/**
 * Finds what a reader would take for a link: anything with a scheme ({@code https://…}), anything starting
 * {@code www.}, and a bare domain whose last label is a real top-level domain ({@code example.xyz},
 * {@code example.co.uk/path}). E-mail addresses are not links; "e.g.", "St. John's", "report.pdf", "3.5",
 * "Mr.Smith" and "the end.Next" are not either.
 */
final class LinkFinder {

	/** A link as written, with the parts the safety check needs. */
	record Link(int start, int end, String text, @Nullable String scheme, String host, boolean userInfo) {
	}

	private static final String URL_CHARS = "[^\\s<>\"'`\u201c\u201d\u2018\u2019]";

	private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w@.\\-/])(?:"
			+ "(?<scheme>[a-z][a-z0-9+.\\-]{1,15})://" + URL_CHARS + "+"
			+ "|www\\d{0,3}\\." + URL_CHARS + "+"
			+ "|(?<host>(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,62}[\\p{L}\\p{N}])?\\.){1,16}\\p{L}{2,63})(?![\\p{L}\\p{N}@\\-_])"
			+ "(?<path>[/?#:]" + URL_CHARS + "*)?)", Pattern.CASE_INSENSITIVE);

	/** Last labels that are real TLDs but, standing alone without a path, are far more often a file's extension. */
	private static final Set<String> FILE_LIKE_TLDS = Set.of("zip", "mov", "md", "py", "sh", "rs", "ps");

	/**
	 * Two-letter TLDs that are also English words: "amazing.so proud" is a sentence with a missing space, not a site in
	 * Somalia, when a lower-case word follows.
	 */
	private static final Set<String> WORD_TLDS = Set.of("so", "me", "to", "it", "in", "is", "at", "be", "do", "no",
			"us", "my", "as", "am", "by", "go", "hi", "an", "we", "ok");

	/** First labels that make "Mr.smith" or "No.uk" an abbreviation with a missing space, not a site. */
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "st", "no", "nos", "vs",
			"etc", "fig", "vol", "ch", "pp", "approx", "e", "i", "a", "p", "eg", "ie");

	private LinkFinder() {
	}

	/** The links of a draft's text, found once and shared by the rules that need them. */
	static List<Link> find(Draft draft) {
		return draft.shared(Found.class, d -> new Found(List.copyOf(find(d.text())))).links();
	}

	private record Found(List<Link> links) {
	}

	static List<Link> find(String text) {
		List<Link> links = new ArrayList<>();
		Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int length = text.length();
		int from = 0;
		for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(dot + 1, from))) {
			// every link has a dot with a letter or digit after it; a link never contains white space, so the word
			// around such a dot is all the pattern needs to see, and most of the text is never looked at
			if (dot < from || dot + 1 >= length || !Character.isLetterOrDigit(text.charAt(dot + 1))) {
				continue;
			}
			int start = dot;
			while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
				start--;
			}
			int end = dot;
			while (end < length && !Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			if (isEmailAddress(text, start, end)) {
				// an e-mail address is not a link ("simon.gay.pe@example.net" has no site "simon.gay" in it)
				from = end;
				continue;
			}
			m.region(start, end);
			while (m.find()) {
				Link link = m.group("host") != null ? bare(text, m) : explicit(text, m);
				if (link != null) {
					links.add(link);
				}
			}
			from = end;
		}
		return links;
	}

	/** The word is an e-mail address: an '@' with a dot after it and no '/' before it ("tiktok.com/@x" is a link). */
	private static boolean isEmailAddress(String text, int start, int end) {
		// each look stays inside the word: a search to the end of the text for an '@' most texts do not have made a
		// long text quadratic
		int at = indexOf(text, '@', start, end);
		return at >= 0 && indexOf(text, '/', start, at) < 0 && indexOf(text, '.', at + 1, end) >= 0;
	}

	/** The first {@code c} in {@code text[from, to)}, or -1. */
	private static int indexOf(String text, char c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == c) {
				return i;
			}
		}
		return -1;
	}

	/** A link with a scheme or "www.": always a link, whatever its TLD. */
	private static @Nullable Link explicit(String text, Matcher m) {
		int end = LinkText.trimmedEnd(text, m.start(), m.end());
		String raw = text.substring(m.start(), end);
		String scheme = m.group("scheme");
		String rest = scheme == null ? raw : raw.substring(scheme.length() + 3);
		int stop = LinkText.indexOfAny(rest, "/?#\\");
		String authority = stop < 0 ? rest : rest.substring(0, stop);
		int at = authority.lastIndexOf('@');
		String host = LinkText.stripPort(at < 0 ? authority : authority.substring(at + 1));
		if (host.isEmpty()) {
			return null;
		}
		return new Link(m.start(), end, raw, scheme == null ? null : scheme.toLowerCase(Locale.ROOT),
				host.toLowerCase(Locale.ROOT), at >= 0);
	}

	/**
	 * A bare domain: a link only with a real TLD, and not when it reads as a sentence or an abbreviation. When the last
	 * label fails ("bbc.co.uk.Next") the shorter domain before it is tried, without the path.
	 */
	private static @Nullable Link bare(String text, Matcher m) {
		String host = m.group("host");
		boolean whole = true;
		while (true) {
			int dot = host.lastIndexOf('.');
			if (dot < 0) {
				return null;
			}
			String tld = host.substring(dot + 1);
			if (TopLevelDomains.isKnown(tld) && !LinkText.isTitleCase(tld)) {
				break;
			}
			host = host.substring(0, dot);
			whole = false;
		}
		String[] labels = host.split("\\.");
		String tld = labels[labels.length - 1].toLowerCase(Locale.ROOT);
		int hostEnd = m.start() + host.length();
		int end = whole ? LinkText.trimmedEnd(text, m.start(), m.end()) : hostEnd;
		boolean hasPath = end > hostEnd + 1;
		if (!hasPath && FILE_LIKE_TLDS.contains(tld)) {
			return null;
		}
		if (labels.length == 2 && ABBREVIATIONS.contains(labels[0].toLowerCase(Locale.ROOT))) {
			return null;
		}
		if (!hasPath && labels.length == 2 && WORD_TLDS.contains(tld) && LinkText.lowerCaseWordFollows(text, end)) {
			return null;
		}
		return new Link(m.start(), end, text.substring(m.start(), end), null, host.toLowerCase(Locale.ROOT), false);
	}

}
