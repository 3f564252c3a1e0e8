package org.lanyard.screening.engine.lexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lanyard.screening.engine.FindingCode;

/**
 * Reads lexicon files (the format is described in {@code lexicon/README.md} next to them) into entries, each with
 * every word sequence its pattern stands for. One parser reads all files in order, so word classes and equivalents
 * declared in one file serve the later ones.
 */
final class LexiconParser {

	/** An entry with the word sequences (folded words) that match it. */
	record Parsed(LexiconEntry entry, List<List<String>> sequences) {
	}

	private static final int MAX_SEQUENCES = 50_000;

	private final Map<String, List<List<String>>> classes = new HashMap<>();

	private final Map<String, List<List<String>>> equivalents = new HashMap<>();

	private final Map<String, List<String>> lists = new LinkedHashMap<>();

	private final List<Parsed> entries = new ArrayList<>();

	/** Words of the classes named by {@code @disguise}: writers disguise them, though the class is used as a slot. */
	private final List<List<String>> disguised = new ArrayList<>();

	private String file = "";

	private int line;

	private Set<FindingCode> codes = Set.of();

	private LexiconEntry.Kind kind = LexiconEntry.Kind.FINDING;

	private String category = "general";

	private String severity = "medium";

	private String flags = "";

	private List<String> list;

	List<Parsed> entries() {
		return entries;
	}

	Map<String, List<String>> lists() {
		return lists;
	}

	/** Reads one file; a malformed line stops with its file and line number, since lexicons ship with the engine. */
	void parse(String fileName, List<String> lines) {
		file = fileName;
		codes = Set.of();
		kind = LexiconEntry.Kind.FINDING;
		category = "general";
		severity = "medium";
		flags = "";
		list = null;
		line = 0;
		for (String raw : lines) {
			line++;
			String text = stripComment(raw).strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				if (text.startsWith("@")) {
					directive(text);
				}
				else if (list != null) {
					list.add(text.toLowerCase(Locale.ROOT));
				}
				else {
					entry(text);
				}
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
			}
		}
	}

	private final Map<String, List<List<String>>> slotClasses = new LinkedHashMap<>();

	/** Expands a pattern; classes it uses as slots are remembered, so the lexicon indexes their members. */
	List<List<String>> sequences(String pattern) {
		PatternExpander expander = new PatternExpander(pattern, classes, equivalents, MAX_SEQUENCES);
		List<List<String>> sequences = expander.expand();
		for (String slot : expander.slots()) {
			slotClasses.put(slot, classes.get(slot));
		}
		return sequences;
	}

	/** The member phrases of the classes named by {@code @disguise} (their words may be read through a disguise). */
	List<List<String>> disguised() {
		return disguised;
	}

	/** The classes used as slots, with their members. */
	Map<String, List<List<String>>> slotClasses() {
		return slotClasses;
	}

	private static String stripComment(String raw) {
		int hash = raw.indexOf(" #");
		return raw.startsWith("#") ? "" : hash >= 0 ? raw.substring(0, hash) : raw;
	}

	private void directive(String text) {
		String[] parts = text.split("\\s+", 2);
		String rest = parts.length > 1 ? parts[1].strip() : "";
		list = null;
		switch (parts[0]) {
			case "@codes" -> {
				Set<FindingCode> set = EnumSet.noneOf(FindingCode.class);
				for (String code : rest.split("\\s+")) {
					if (!code.isEmpty() && !code.equals("none")) {
						set.add(FindingCode.valueOf(code));
					}
				}
				codes = set;
				kind = LexiconEntry.Kind.FINDING;
			}
			case "@kind" -> kind = LexiconEntry.Kind.valueOf(rest.toUpperCase(Locale.ROOT));
			case "@category" -> category = rest;
			case "@severity" -> severity = rest;
			case "@flags" -> flags = rest;
			case "@class" -> {
				String[] named = split(rest, '=');
				if (named[1].contains("<")) {
					throw new IllegalArgumentException("a class cannot hold a slot: " + rest);
				}
				classes.merge(named[0].strip(), sequences("(" + named[1].strip() + ")"), (a, b) -> {
					List<List<String>> all = new ArrayList<>(a);
					all.addAll(b);
					return all;
				});
			}
			case "@same" -> {
				String[] named = split(rest, '=');
				String word = named[0].strip().toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
				equivalents.put(word, new PatternExpander("(" + named[1] + ")", classes, Map.of(), MAX_SEQUENCES)
					.expand());
			}
			case "@list" -> list = lists.computeIfAbsent(rest, name -> new ArrayList<>());
			case "@disguise" -> {
				// the disguise flag of an entry reaches only its own words, not the members of a <class> slot in it
				List<List<String>> members = classes.get(rest);
				if (members == null) {
					throw new IllegalArgumentException("unknown class " + rest);
				}
				disguised.addAll(members);
			}
			default -> throw new IllegalArgumentException("unknown directive " + parts[0]);
		}
	}

	private static String[] split(String text, char at) {
		int i = text.indexOf(at);
		if (i < 0) {
			throw new IllegalArgumentException("expected '" + at + "' in " + text);
		}
		return new String[] { text.substring(0, i), text.substring(i + 1) };
	}

	private void entry(String text) {
		List<String> fields = PatternExpander.topLevelFields(text);
		String pattern = fields.get(0);
		String entryCategory = fields.size() > 1 && !fields.get(1).isBlank() ? fields.get(1).strip() : category;
		String entrySeverity = fields.size() > 2 && !fields.get(2).isBlank() ? fields.get(2).strip() : severity;
		String entryFlags = (flags + " " + (fields.size() > 3 ? fields.get(3) : "")).strip();
		if (kind == LexiconEntry.Kind.FINDING && codes.isEmpty()) {
			throw new IllegalArgumentException("entry before any @codes");
		}
		int bits = 0;
		List<String> suffixes = new ArrayList<>();
		for (String flag : entryFlags.split("\\s+")) {
			switch (flag) {
				case "" -> {
				}
				case "weak" -> bits |= LexiconEntry.WEAK;
				case "name" -> bits |= LexiconEntry.NAME;
				case "noedu" -> bits |= LexiconEntry.NO_EDUCATIONAL;
				case "disguise" -> bits |= LexiconEntry.DISGUISE;
				case "mask1" -> bits |= LexiconEntry.MASK_ONE | LexiconEntry.DISGUISE;
				case "alone" -> bits |= LexiconEntry.ALONE;
				default -> {
					if (!flag.startsWith("+")) {
						throw new IllegalArgumentException("unknown flag " + flag);
					}
					suffixes.add(flag.substring(1));
				}
			}
		}
		List<List<String>> sequences = inflect(sequences(pattern), suffixes);
		Set<FindingCode> entryCodes = kind == LexiconEntry.Kind.FINDING ? codes : Set.of();
		entries.add(new Parsed(new LexiconEntry(pattern.strip(), kind, entryCodes, entryCategory, entrySeverity, bits,
				file + ":" + line), sequences));
	}

	/** Adds the declared endings to the last word of every sequence: hate +ing gives hating (a final e drops). */
	static List<List<String>> inflect(List<List<String>> sequences, List<String> suffixes) {
		if (suffixes.isEmpty()) {
			return sequences;
		}
		List<List<String>> all = new ArrayList<>(sequences);
		for (List<String> sequence : sequences) {
			String last = sequence.get(sequence.size() - 1);
			for (String suffix : suffixes) {
				boolean dropE = last.endsWith("e") && "aeiouy".indexOf(suffix.charAt(0)) >= 0;
				List<String> inflected = new ArrayList<>(sequence);
				inflected.set(sequence.size() - 1, (dropE ? last.substring(0, last.length() - 1) : last) + suffix);
				all.add(inflected);
			}
		}
		return all;
	}

}
