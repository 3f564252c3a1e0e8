package org.lanyard.screening.engine.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.text.Affixes;
import org.lanyard.screening.engine.text.Disguise;
import org.lanyard.screening.engine.text.NormalisedText;
import org.lanyard.screening.engine.text.Tokenizer;
import org.lanyard.screening.engine.text.Tokens;
import org.lanyard.screening.engine.text.Vocabulary;

/**
 * Expands one pattern into the word sequences it stands for: {@code (a|b c)} alternatives, {@code [x]} optional words,
 * {@code {class}} a declared word class, {@code word*} and {@code *word} declared affixes. Literal words are folded and
 * split exactly as the tokeniser splits text, so a pattern matches what a writer would type.
 */
final class PatternExpander {

	private static final Tokenizer PLAIN = new Tokenizer(Vocabulary.builder().build(), Disguise.none(), Affixes.none(),
			new boolean[0]);

	private final String pattern;

	private final Map<String, List<List<String>>> classes;

	private final Map<String, List<List<String>>> equivalents;

	private final int max;

	private int at;

	private final java.util.Set<String> slots = new java.util.LinkedHashSet<>();

	/**
	 * The word that stands for {@code ~} in a sequence: a gap of one to {@link #MAX_GAP} words of any kind within the
	 * clause (never a word of the {@code gap-stops} list, such as "not", "and", "if"). No text ever reads as it.
	 */
	public static final String GAP = "<~>";

	/** The most words a gap ({@code ~}) stands for. */
	public static final int MAX_GAP = 4;

	/** The word that stands for {@code $} at the end of a sequence: the clause ends here (punctuation or end of text). */
	public static final String END = "<$>";

	/** The word that stands for a class slot in a sequence; no text ever reads as it. */
	static String slotWord(String name) {
		return "<" + name + ">";
	}

	/** The classes this pattern uses as slots (after {@link #expand()}). */
	java.util.Set<String> slots() {
		return slots;
	}

	PatternExpander(String pattern, Map<String, List<List<String>>> classes,
			Map<String, List<List<String>>> equivalents, int max) {
		this.pattern = pattern;
		this.classes = classes;
		this.equivalents = equivalents;
		this.max = max;
	}

	List<List<String>> expand() {
		at = 0;
		List<List<String>> sequences = sequence("");
		if (at < pattern.length()) {
			throw new IllegalArgumentException("unexpected '" + pattern.charAt(at) + "' in " + pattern);
		}
		sequences.removeIf(List::isEmpty);
		if (sequences.isEmpty()) {
			throw new IllegalArgumentException("pattern matches no words: " + pattern);
		}
		for (List<String> sequence : sequences) {
			int last = sequence.size() - 1;
			if (sequence.get(0).equals(GAP) || sequence.get(0).equals(END) || sequence.get(last).equals(GAP)
					|| sequence.indexOf(END) >= 0 && sequence.indexOf(END) != last) {
				throw new IllegalArgumentException("a gap (~) must stand between words, and $ only at the end: " + pattern);
			}
		}
		return sequences;
	}

	/** Splits a lexicon line into fields at the bars that stand outside brackets. */
	static List<String> topLevelFields(String line) {
		List<String> fields = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				fields.add(line.substring(start, i));
				start = i + 1;
			}
		}
		fields.add(line.substring(start));
		return fields;
	}

	private List<List<String>> sequence(String stops) {
		List<List<String>> result = new ArrayList<>();
		result.add(List.of());
		while (at < pattern.length()) {
			char c = pattern.charAt(at);
			if (stops.indexOf(c) >= 0) {
				break;
			}
			if (Character.isWhitespace(c)) {
				at++;
				continue;
			}
			result = cross(result, item());
		}
		return result;
	}

	private List<List<String>> item() {
		char c = pattern.charAt(at);
		if (c == '(' || c == '[') {
			char close = c == '(' ? ')' : ']';
			at++;
			List<List<String>> alternatives = new ArrayList<>();
			while (true) {
				alternatives.addAll(sequence("|" + close));
				if (at >= pattern.length()) {
					throw new IllegalArgumentException("missing '" + close + "' in " + pattern);
				}
				if (pattern.charAt(at++) == close) {
					break;
				}
			}
			if (c == '[') {
				alternatives.add(List.of());
			}
			return alternatives;
		}
		if (c == '<') {
			int close = pattern.indexOf('>', at);
			if (close < 0) {
				throw new IllegalArgumentException("missing '>' in " + pattern);
			}
			String name = pattern.substring(at + 1, close).strip();
			at = close + 1;
			if (!classes.containsKey(name)) {
				throw new IllegalArgumentException("unknown class <" + name + ">");
			}
			slots.add(name);
			return List.of(List.of(slotWord(name)));
		}
		if (c == '~' || c == '$' && (at + 1 == pattern.length() || "()[]|".indexOf(pattern.charAt(at + 1)) >= 0
				|| Character.isWhitespace(pattern.charAt(at + 1)))) {
			at++;
			return List.of(List.of(c == '~' ? GAP : END));
		}
		if (c == '{') {
			int close = pattern.indexOf('}', at);
			if (close < 0) {
				throw new IllegalArgumentException("missing '}' in " + pattern);
			}
			String name = pattern.substring(at + 1, close).strip();
			at = close + 1;
			List<List<String>> members = classes.get(name);
			if (members == null) {
				throw new IllegalArgumentException("unknown class {" + name + "}");
			}
			return members;
		}
		int start = at;
		while (at < pattern.length() && "()[]{}<|~".indexOf(pattern.charAt(at)) < 0
				&& !Character.isWhitespace(pattern.charAt(at))) {
			at++;
		}
		if (at == start) {
			throw new IllegalArgumentException("unexpected '" + c + "' in " + pattern);
		}
		return literal(pattern.substring(start, at));
	}

	private List<List<String>> literal(String chunk) {
		boolean prefix = chunk.length() > 1 && chunk.endsWith("*") && chunk.indexOf('*') == chunk.length() - 1;
		boolean suffix = chunk.length() > 1 && chunk.startsWith("*") && chunk.lastIndexOf('*') == 0;
		if (prefix || suffix) {
			String word = chunk.replace("*", "");
			List<String> folded = words(word);
			if (folded.size() != 1) {
				throw new IllegalArgumentException("an affix must be one word: " + chunk);
			}
			return List.of(List.of(prefix ? folded.get(0) + "*" : "*" + folded.get(0)));
		}
		List<List<String>> result = new ArrayList<>();
		result.add(List.of());
		for (String word : words(chunk)) {
			List<List<String>> options = new ArrayList<>();
			options.add(List.of(word));
			List<List<String>> same = equivalents.get(word.replace("'", ""));
			if (same != null) {
				options.addAll(same);
			}
			result = cross(result, options);
		}
		return result;
	}

	/** The folded words of a chunk of text, split as the tokeniser splits them. */
	static List<String> words(String chunk) {
		Tokens tokens = PLAIN.tokenize(NormalisedText.of(chunk));
		List<String> words = new ArrayList<>(tokens.count());
		for (int t = 0; t < tokens.count(); t++) {
			words.add(tokens.folded(t));
		}
		return words;
	}

	private List<List<String>> cross(List<List<String>> left, List<List<String>> right) {
		if ((long) left.size() * right.size() > max) {
			throw new IllegalArgumentException("pattern expands to more than " + max + " phrases: " + pattern);
		}
		List<List<String>> out = new ArrayList<>(left.size() * right.size());
		for (List<String> l : left) {
			for (List<String> r : right) {
				List<String> joined = new ArrayList<>(l.size() + r.size());
				joined.addAll(l);
				joined.addAll(r);
				out.add(joined);
			}
		}
		return out;
	}

}
