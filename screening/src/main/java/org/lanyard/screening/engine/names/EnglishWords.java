package org.lanyard.screening.engine.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a word is an ordinary English word: the SCOWL word list bundled with the engine (see the file's own notice).
 * The curated {@code names-as-words} lexicon knows the common cases and the words around them; this catches the
 * rest of a school's roster (Kit, Clay, Fish, Art), whatever names it holds. Loaded once, as a sorted array.
 */
public final class EnglishWords {

	private static final String[] WORDS = load();

	private EnglishWords() {
	}

	/** Whether the folded word (any case) is an ordinary lower-case English word. */
	public static boolean contains(String word) {
		return Arrays.binarySearch(WORDS, word.replace("'", "").toLowerCase(Locale.ROOT)) >= 0;
	}

	private static String[] load() {
		try (InputStream in = EnglishWords.class.getResourceAsStream("english-words.txt")) {
			if (in == null) {
				throw new IllegalStateException("english-words.txt missing from the engine jar");
			}
			String[] words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toArray(String[]::new);
			Arrays.sort(words);
			return words;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
