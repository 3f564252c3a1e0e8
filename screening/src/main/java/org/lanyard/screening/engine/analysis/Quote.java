package org.lanyard.screening.engine.analysis;

/**
 * The writer's words as a message may quote them. Comments are hostile input: the quote is plain text with control,
 * bidi and other invisible characters removed, white space collapsed and at most 60 characters long. Never HTML; the
 * page that shows a message escapes it.
 */
public final class Quote {

	static final int MAX = 60;

	private Quote() {
	}

	/** Quotes {@code text[start, end)}, clamped to the text. */
	public static String of(String text, int start, int end) {
		int from = Math.max(0, Math.min(start, text.length()));
		int to = Math.max(from, Math.min(end, text.length()));
		StringBuilder out = new StringBuilder(Math.min(to - from, MAX) + 1);
		boolean space = false;
		int i = from;
		for (; i < to && out.length() < MAX; i++) {
			char c = text.charAt(i);
			if (c > ' ' && c < 0x7F) {
				// printable ASCII, most of any quote: what the last branch below does, without asking Character
				append(out, space, c);
				space = false;
			}
			else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				space = out.length() > 0;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
				append(out, space, c).append(text.charAt(++i));
				space = false;
			}
			else if (Character.getType(c) != Character.FORMAT && !Character.isSurrogate(c)) {
				append(out, space, c);
				space = false;
			}
		}
		return i < to && !text.substring(i, to).isBlank() ? out + "…" : out.toString();
	}

	private static StringBuilder append(StringBuilder out, boolean space, char c) {
		return (space ? out.append(' ') : out).append(c);
	}

}
