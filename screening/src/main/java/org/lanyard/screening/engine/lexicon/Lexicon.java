package org.lanyard.screening.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lanyard.screening.engine.text.Affixes;
import org.lanyard.screening.engine.text.Disguise;
import org.lanyard.screening.engine.text.PhraseIndex;
import org.lanyard.screening.engine.text.Vocabulary;

/**
 * The word lists the engine ships, compiled once per JVM and shared by every school: the vocabulary, every phrase as
 * a path of words, the disguised forms, and the named word lists the context rules use. A school's own terms and
 * names are added on top by {@code SchoolReader}, without copying this.
 */
public final class Lexicon {

	/** The bundled files, in reading order: classes and equivalents first, so later files can use them. */
	static final List<String> FILES = List.of("equivalents.lex", "context.lex", "names.lex", "offensive.lex",
			"discriminatory.lex", "threat.lex", "safeguarding.lex", "complaint.lex", "exceptions.lex");

	private final Vocabulary vocabulary;

	private final PhraseIndex phrases;

	private final List<LexiconEntry> entries;

	private final Disguise disguise;

	private final Affixes affixes;

	private final Map<String, WordSet> sets;

	private final Map<String, List<String>> lists;

	private final LexiconParser parser;

	private final int[] slotWords;

	private final int gapWord;

	private final int endWord;

	private Lexicon(LexiconParser parser) {
		this.parser = parser;
		Vocabulary.Builder words = Vocabulary.builder();
		this.gapWord = words.add(PatternExpander.GAP);
		this.endWord = words.add(PatternExpander.END);
		PhraseIndex.Builder index = PhraseIndex.builder();
		List<LexiconEntry> all = new ArrayList<>();
		Set<Integer> disguisable = new HashSet<>();
		Set<Integer> oneLetter = new HashSet<>();
		Map<String, Integer> prefixes = new LinkedHashMap<>();
		Map<String, Integer> suffixes = new LinkedHashMap<>();
		for (LexiconParser.Parsed parsed : parser.entries()) {
			int entry = all.size();
			all.add(parsed.entry());
			for (List<String> sequence : parsed.sequences()) {
				int[] ids = new int[sequence.size()];
				for (int i = 0; i < ids.length; i++) {
					String word = sequence.get(i);
					ids[i] = words.add(word);
					if (word.length() > 1 && word.endsWith("*") && !word.endsWith("**")) {
						prefixes.put(word.substring(0, word.length() - 1), ids[i]);
					}
					else if (word.length() > 1 && word.startsWith("*") && !word.startsWith("**")) {
						suffixes.put(word.substring(1), ids[i]);
					}
					else if (parsed.entry().has(LexiconEntry.DISGUISE) && word.replace("'", "").length() >= 3) {
						disguisable.add(ids[i]);
						if (parsed.entry().has(LexiconEntry.MASK_ONE)) {
							oneLetter.add(ids[i]);
						}
					}
				}
				index.add(ids, entry);
			}
		}
		for (List<String> member : parser.disguised()) {
			for (String word : member) {
				if (word.replace("'", "").length() >= 3) {
					disguisable.add(words.add(word));
				}
			}
		}
		List<String> slotNames = new ArrayList<>(parser.slotClasses().keySet());
		int[] slots = new int[slotNames.size()];
		for (int c = 0; c < slots.length; c++) {
			slots[c] = words.add(PatternExpander.slotWord(slotNames.get(c)));
			for (List<String> member : parser.slotClasses().get(slotNames.get(c))) {
				index.add(member.stream().mapToInt(words::add).toArray(), -(c + 1));
			}
		}
		this.slotWords = slots;
		Map<String, WordSet> named = new HashMap<>();
		parser.lists().forEach((name, lines) -> {
			List<Integer> ids = new ArrayList<>();
			for (String line : lines) {
				int colon = line.indexOf(':');
				String head = colon >= 0 ? line.substring(0, colon) : line;
				String tail = colon >= 0 ? line.substring(colon + 1) : "";
				for (String word : PatternExpander.words(head)) {
					ids.add(words.add(word));
				}
				for (String word : PatternExpander.words(tail)) {
					words.add(word);
				}
			}
			named.put(name, WordSet.of(ids));
		});
		this.vocabulary = words.build();
		this.phrases = index.build();
		this.entries = List.copyOf(all);
		this.disguise = Disguise.of(vocabulary, disguisable, oneLetter);
		this.affixes = Affixes.of(prefixes, suffixes);
		this.sets = Map.copyOf(named);
		this.lists = Map.copyOf(parser.lists());
	}

	/** The lexicon bundled with the engine. */
	public static Lexicon standard() {
		return Standard.LEXICON;
	}

	/** Reads lexicon files from their text (for tests and tools). */
	public static Lexicon of(Map<String, List<String>> files) {
		LexiconParser parser = new LexiconParser();
		files.forEach(parser::parse);
		return new Lexicon(parser);
	}

	public Vocabulary vocabulary() {
		return vocabulary;
	}

	public PhraseIndex phrases() {
		return phrases;
	}

	/**
	 * The entry a phrase value stands for. Negative values are not entries but members of a class used as a slot: see
	 * {@link #slotWord(int)}.
	 */
	public LexiconEntry entry(int value) {
		return entries.get(value);
	}

	/** For a class-member value ({@code -(class + 1)}), the word id that stands for the class in phrases. */
	public int slotWord(int value) {
		return slotWords[-value - 1];
	}

	/** The word id that stands for a gap ({@code ~}) in phrases: see {@link PatternExpander#GAP}. */
	public int gapWord() {
		return gapWord;
	}

	/** The most words one gap ({@code ~}) stands for. */
	public int maxGap() {
		return PatternExpander.MAX_GAP;
	}

	/** The word id that stands for the end of a clause ({@code $}) at the end of phrases. */
	public int endWord() {
		return endWord;
	}

	public List<LexiconEntry> entries() {
		return entries;
	}

	public Disguise disguise() {
		return disguise;
	}

	public Affixes affixes() {
		return affixes;
	}

	/** The words of a named list ({@code @list titles}); for lines {@code word : more words}, the head words. */
	public WordSet set(String name) {
		return sets.getOrDefault(name, WordSet.empty());
	}

	/** The raw lines of a named list, lower case. */
	public List<String> list(String name) {
		return lists.getOrDefault(name, List.of());
	}

	/** The folded words of a plain phrase, split exactly as the tokeniser splits text (for names and school terms). */
	public static List<String> words(String phrase) {
		return PatternExpander.words(phrase);
	}

	/** Expands a pattern a school supplies, with the same syntax, classes and equivalents as the bundled files. */
	public List<List<String>> expand(String pattern) {
		return parser.sequences(pattern);
	}

	private static final class Standard {

		static final Lexicon LEXICON = load();

		private static Lexicon load() {
			Map<String, List<String>> files = new LinkedHashMap<>();
			for (String name : FILES) {
				try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
					if (in == null) {
						throw new IllegalStateException("Lexicon file missing from the engine jar: " + name);
					}
					files.put(name,
							new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return of(files);
		}

	}

}
