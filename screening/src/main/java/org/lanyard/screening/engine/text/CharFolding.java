package org.lanyard.screening.engine.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How each character looks to the engine: compatibility forms (NFKD), case and accents folded away, look-alike letters
 * from other scripts taken for the Latin letter they imitate, invisible characters dropped, punctuation reduced to a
 * few canonical marks. Disguise by digits and symbols ({@code sh1t}) is not folded here: that is a second view, see
 * {@link Disguise}, because {@code 4} and {@code $} are ordinary in ordinary prose.
 * <p>
 * The whole Basic Multilingual Plane is folded once into a table, so folding a character is an array read.
 */
final class CharFolding {

	/** Folds to nothing and leaves no trace: zero-width, bidi and other invisible format characters. */
	static final char DROP = 0;

	/** Folds to nothing but belongs to the character before it: a combining accent. */
	static final char MARK = 1;

	/** Folds to more than one character; see {@link #expansion(int)}. */
	static final char MULTI = 0xFFFF;

	private static final char[] TABLE = new char[0x10000];

	private static final String[] EXPANSIONS = new String[0x10000];

	/** Cyrillic, Greek and other letters that look like a Latin letter, lower case after case folding. */
	private static final String LOOKALIKE_LOWER = "аaвbеeёeкkмmнhоoрpсcтtуyхxѕsіiїiјjԁdһhӏlԛqԝwьbɡgօoսuոn"
			+ "αaβbγyεeζzηnιiκkνvοoρpτtυuχxωwμuϲcϳjɑaɩiɪiʏyᴀaᴄcᴅdᴇeᴊjᴋkᴍmᴏoᴘpᴛtᴜuᴠvᴡwᴢz";

	/** Capital look-alikes fold by their capital shape (Cyrillic Н looks like H, its small form н does not). */
	private static final String LOOKALIKE_UPPER = "АaВbЕeКkМmНhОoРpСcТtХxУyЅsІiЈjԀdΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx";

	/** Letters with no canonical decomposition that writers use as their Latin base letter. */
	private static final String[][] SPECIAL = { { "ł", "l" }, { "ø", "o" }, { "đ", "d" }, { "ð", "d" }, { "ħ", "h" },
			{ "ı", "i" }, { "ŧ", "t" }, { "ß", "ss" }, { "æ", "ae" }, { "œ", "oe" }, { "þ", "th" }, { "ĸ", "k" },
			{ "ŀ", "l" }, { "ƒ", "f" } };

	static {
		for (int c = 0; c < 0x10000; c++) {
			String folded = Character.isSurrogate((char) c) ? " " : fold((char) c);
			if (folded.length() == 1) {
				TABLE[c] = folded.charAt(0);
			}
			else if (folded.isEmpty()) {
				TABLE[c] = isMark(c) ? MARK : DROP;
			}
			else {
				TABLE[c] = MULTI;
				EXPANSIONS[c] = folded;
			}
		}
	}

	private CharFolding() {
	}

	/** The folded form of a BMP character: a char, or {@link #DROP}, {@link #MARK} or {@link #MULTI}. */
	static char of(char c) {
		return TABLE[c];
	}

	static String expansion(int c) {
		return EXPANSIONS[c];
	}

	/** Folds a supplementary code point: styled mathematical letters and letter emoji read as letters. */
	static String ofSupplementary(int cp) {
		if (cp >= 0x1D400 && cp <= 0x1D7FF) {
			return foldString(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD));
		}
		if (cp >= 0x1F130 && cp <= 0x1F189) {
			return String.valueOf((char) ('a' + (cp - 0x1F130) % 26));
		}
		if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
			return String.valueOf((char) ('a' + cp - 0x1F1E6));
		}
		if (Character.isLetterOrDigit(cp)) {
			return new String(Character.toChars(cp));
		}
		return Character.getType(cp) == Character.FORMAT ? "" : " ";
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	private static String fold(char c) {
		if (c < 0x80) {
			return punctuation(Character.toLowerCase(c));
		}
		if (isInvisible(c)) {
			return "";
		}
		if (Character.isUpperCase(c)) {
			int at = LOOKALIKE_UPPER.indexOf(c);
			if (at >= 0 && at % 2 == 0) {
				return String.valueOf(LOOKALIKE_UPPER.charAt(at + 1));
			}
		}
		String special = special(Character.toLowerCase(c));
		if (special != null) {
			return special;
		}
		return foldString(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD));
	}

	private static String foldString(String decomposed) {
		StringBuilder out = new StringBuilder(decomposed.length());
		String lower = decomposed.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char d = lower.charAt(i);
			if (isMark(d) || isInvisible(d)) {
				continue;
			}
			int at = LOOKALIKE_LOWER.indexOf(d);
			if (at >= 0 && at % 2 == 0) {
				out.append(LOOKALIKE_LOWER.charAt(at + 1));
				continue;
			}
			String special = special(d);
			if (special != null) {
				out.append(special);
			}
			else if (d < 0x80 || !Character.isLetterOrDigit(d)) {
				out.append(d < 0x80 ? punctuation(d) : punctuationOf(d));
			}
			else {
				out.append(d);
			}
		}
		return out.toString();
	}

	private static String special(char lower) {
		for (String[] pair : SPECIAL) {
			if (pair[0].charAt(0) == lower) {
				return pair[1];
			}
		}
		return null;
	}

	/** Zero-width, bidi controls, soft hyphens, variation selectors and fillers that render as nothing. */
	private static boolean isInvisible(char c) {
		return Character.getType(c) == Character.FORMAT || c == '\u034F' || (c >= '\uFE00' && c <= '\uFE0F')
				|| c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0' || c == '\u17B4' || c == '\u17B5';
	}

	/** ASCII: letters and digits stay; punctuation that matters to sentences stays; the rest is a space. */
	private static String punctuation(char c) {
		if (Character.isLetterOrDigit(c)) {
			return String.valueOf(c);
		}
		return switch (c) {
			case '.', '!', '?', ',', ';', ':', '"', '(', ')', '[', ']', '{', '}', '\'', '-', '@', '$', '*', '+', '|',
					'#', '/', '&', '\n' ->
				String.valueOf(c);
			case '`' -> "'";
			case '\r' -> "\n";
			default -> " ";
		};
	}

	/** Non-ASCII punctuation: apostrophes, hyphens, dashes, full stops and line breaks of other traditions. */
	private static String punctuationOf(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201B', '\u2032', '\u02BC', '\u02BB', '\u00B4', '\uFF07' -> "'";
			case '\u2010', '\u2011', '\u2012', '\u2212', '\u00AD' -> "-";
			case '\u2013', '\u2014', '\u2015' -> ",";
			case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> "\"";
			case '\u3002', '\uFF61', '\u0964' -> ".";
			case '\u2028', '\u2029', '\u0085' -> "\n";
			case '\u00A1' -> "!";
			case '\u00BF' -> "?";
			default -> " ";
		};
	}

}
