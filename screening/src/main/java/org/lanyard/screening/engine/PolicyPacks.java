package org.lanyard.screening.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packs Lanyard ships, one for each of the five seed policies, read from the {@code packs/*.pack} files bundled
 * with the engine.
 * <p>
 * File format, one statement per line ({@code #} starts a comment):
 * <pre>
 * title  Lache Primary School Social Networking Policy (2020)
 * clause 2.4 | Do not name children in photographs | Lache, "School-Sanctioned use of Social Media", bullet 4
 * rule   PUPIL_IDENTIFIED BLOCK 2.4
 * </pre>
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
		String title = id;
		List<Clause> clauses = new ArrayList<>();
		List<PackRule> rules = new ArrayList<>();
		int number = 0;
		for (String raw : lines) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] keyword = line.split("\\s+", 2);
			String rest = keyword.length > 1 ? keyword[1].strip() : "";
			switch (keyword[0]) {
				case "title" -> title = rest;
				case "clause" -> {
					String[] parts = rest.split("\\|", 3);
					if (parts.length != 3) {
						throw new IllegalArgumentException(id + ".pack line " + number + ": clause needs id | title | source");
					}
					clauses.add(new Clause(parts[0].strip(), parts[1].strip(), parts[2].strip()));
				}
				case "rule" -> {
					String[] parts = rest.split("\\s+");
					if (parts.length != 3) {
						throw new IllegalArgumentException(id + ".pack line " + number + ": rule needs CODE SEVERITY clause");
					}
					rules.add(new PackRule(FindingCode.valueOf(parts[0]), Severity.valueOf(parts[1]), parts[2]));
				}
				default -> throw new IllegalArgumentException(id + ".pack line " + number + ": unknown statement " + keyword[0]);
			}
		}
		return new PolicyPack(id, title, clauses, rules);
	}

}
