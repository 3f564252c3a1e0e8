package org.lanyard.screening.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packs Lanyard ships, one for each of the five seed policies, read from the {@code packs/*.pack} files bundled
 * with the engine.
 * <p>
 * File format, one statement per line; {@code #} at the start of a line, or after white space, starts a comment
 * that runs to the end of the line:
 * <pre>
 * title  Lache Primary School Social Networking Policy (2020)
 * clause 2.4 | Never name children in photos | Lache 2 "School-Sanctioned use of Social Media", bullet 4
 * rule   PUPIL_IDENTIFIED BLOCK 2.4   # why this clause, when the school's text has none closer
 * </pre>
 * A pack has one {@code title}; each {@code clause} has an id unique in the pack, a short title in the team's own
 * words and the place in the school's document it comes from; each finding code has exactly one {@code rule}, giving
 * its severity and the id of a clause of the same pack. A file that breaks any of this is rejected with the line
 * at fault.
 */
public final class PolicyPacks {

	/** The pack ids accepted by {@code POST /api/v1/schools}. */
	public static final List<String> IDS = List.of("little-eaton-2024", "roman-road-2021", "highters-heath",
			"horizon-mat-2020", "lache-2020");

	private static final Map<String, PolicyPack> LOADED = new ConcurrentHashMap<>();

	private PolicyPacks() {
	}

	public static List<String> ids() {
		return IDS;
	}

	public static Optional<PolicyPack> find(String id) {
		if (!IDS.contains(id)) {
			return Optional.empty();
		}
		return Optional.of(LOADED.computeIfAbsent(id, PolicyPacks::load));
	}

	public static PolicyPack get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("No policy pack " + id + "; packs: " + IDS));
	}

	private static PolicyPack load(String id) {
		String resource = "packs/" + id + ".pack";
		try (InputStream in = PolicyPacks.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Pack file missing from the engine jar: " + resource);
			}
			return parse(id, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static PolicyPack parse(String id, List<String> lines) {
		String title = null;
		List<Clause> clauses = new ArrayList<>();
		List<PackRule> rules = new ArrayList<>();
		Set<String> clauseIds = new HashSet<>();
		Map<FindingCode, Integer> ruleLines = new EnumMap<>(FindingCode.class);
		int number = 0;
		for (String raw : lines) {
			number++;
			String line = withoutComment(raw).strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] keyword = line.split("\\s+", 2);
			String rest = keyword.length > 1 ? keyword[1].strip() : "";
			String where = id + ".pack line " + number + ": ";
			switch (keyword[0]) {
				case "title" -> {
					if (title != null) {
						throw new IllegalArgumentException(where + "a second title");
					}
					if (rest.isEmpty()) {
						throw new IllegalArgumentException(where + "title is empty");
					}
					title = rest;
				}
				case "clause" -> {
					String[] parts = rest.split("\\|", 3);
					if (parts.length != 3) {
						throw new IllegalArgumentException(where + "clause needs id | title | source");
					}
					String clauseId = parts[0].strip();
					String clauseTitle = parts[1].strip();
					String source = parts[2].strip();
					if (clauseId.isEmpty() || clauseId.chars().anyMatch(Character::isWhitespace)) {
						throw new IllegalArgumentException(where + "clause id must be one word, not '" + clauseId + "'");
					}
					if (clauseTitle.isEmpty() || source.isEmpty()) {
						throw new IllegalArgumentException(where + "clause " + clauseId + " needs a title and a source");
					}
					if (!clauseIds.add(clauseId)) {
						throw new IllegalArgumentException(where + "clause " + clauseId + " is already defined");
					}
					clauses.add(new Clause(clauseId, clauseTitle, source));
				}
				case "rule" -> {
					String[] parts = rest.split("\\s+");
					if (parts.length != 3) {
						throw new IllegalArgumentException(where + "rule needs CODE SEVERITY clause");
					}
					FindingCode code = constant(FindingCode.class, parts[0], where + "unknown finding code ");
					Severity severity = constant(Severity.class, parts[1], where + "unknown severity ");
					Integer earlier = ruleLines.putIfAbsent(code, number);
					if (earlier != null) {
						throw new IllegalArgumentException(where + "a second rule for " + code + " (first on line " + earlier + ")");
					}
					rules.add(new PackRule(code, severity, parts[2]));
				}
				default -> throw new IllegalArgumentException(where + "unknown statement " + keyword[0]);
			}
		}
		for (PackRule rule : rules) {
			if (!clauseIds.contains(rule.clauseId())) {
				throw new IllegalArgumentException(id + ".pack line " + ruleLines.get(rule.code()) + ": rule for "
						+ rule.code() + " cites clause " + rule.clauseId() + ", which the pack does not define");
			}
		}
		List<FindingCode> missing = Arrays.stream(FindingCode.values()).filter(code -> !ruleLines.containsKey(code)).toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(id + ".pack has no rule for " + missing);
		}
		return new PolicyPack(id, title == null ? id : title, clauses, rules);
	}

	/** The line up to a {@code #} that starts it or follows white space. */
	private static String withoutComment(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
				return line.substring(0, i);
			}
		}
		return line;
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name, String problem) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(problem + name + "; one of " + Arrays.toString(type.getEnumConstants()), e);
		}
	}

}
