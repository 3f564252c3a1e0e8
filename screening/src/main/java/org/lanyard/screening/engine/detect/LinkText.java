package org.lanyard.screening.engine.detect;

/** Small readings of the text around a link: where it really ends, its host, whether prose goes on after it. */
final class LinkText {

	private LinkText() {
	}

	static boolean lowerCaseWordFollows(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i > end && i < text.length() && Character.isLowerCase(text.charAt(i));
	}

	/** Drops sentence punctuation after a link, keeping a closing bracket that belongs to the link itself. */
	static int trimmedEnd(String text, int start, int end) {
		int e = end;
		while (e > start) {
			char c = text.charAt(e - 1);
			if (".,;:!?'\"\u2019\u201d]}>".indexOf(c) >= 0) {
				e--;
			}
			else if (c == ')' && count(text, start, e, '(') < count(text, start, e, ')')) {
				e--;
			}
			else {
				break;
			}
		}
		return e;
	}

	static int count(String text, int from, int to, char c) {
		int n = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	static boolean isTitleCase(String label) {
		return label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1));
	}

	static String stripPort(String authority) {
		if (authority.startsWith("[")) {
			int close = authority.indexOf(']');
			return close < 0 ? authority : authority.substring(0, close + 1);
		}
		int colon = authority.indexOf(':');
		String host = colon < 0 ? authority : authority.substring(0, colon);
		while (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return host;
	}

	static int indexOfAny(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
