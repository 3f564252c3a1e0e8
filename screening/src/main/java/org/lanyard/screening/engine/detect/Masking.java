package org.lanyard.screening.engine.detect;

/**
 * Shortens a matched value for a finding's message. Comments are hostile input and messages are shown widely (lists,
 * e-mail alerts, the governors' report), so a message never repeats a whole phone number, address or e-mail address:
 * only enough of the start for a reader to find it in the text.
 */
final class Masking {

	private static final int MAX_KEPT = 7;

	private Masking() {
	}

	/** The first few characters (at most half, at most seven) followed by an ellipsis. */
	static String mask(String value) {
		String flat = printable(value.strip().replaceAll("\\s+", " "));
		int codePoints = flat.codePointCount(0, flat.length());
		int keep = Math.min(MAX_KEPT, codePoints / 2);
		String kept = flat.substring(0, flat.offsetByCodePoints(0, keep)).stripTrailing();
		return "\u201c" + kept + "\u2026\u201d";
	}

	/**
	 * A host name or other short non-personal value in quotes, cut at 60 characters so a hostile comment cannot fill
	 * a message; control and bidirectional-override characters are shown as '?' so they cannot reorder the text.
	 */
	static String quote(String value) {
		int limit = Math.min(value.length(), 60);
		if (limit > 0 && Character.isHighSurrogate(value.charAt(limit - 1))) {
			limit--;
		}
		String shown = printable(value.substring(0, limit));
		return "\u201c" + shown + (value.length() > limit ? "\u2026\u201d" : "\u201d");
	}

	private static String printable(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			int type = Character.getType(c);
			out.append(type == Character.CONTROL || type == Character.FORMAT ? '?' : c);
		}
		return out.toString();
	}

}
