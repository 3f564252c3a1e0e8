package org.lanyard.screening.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A school's policy as data: its clauses and, for every finding code, the severity and the clause a finding cites.
 * Immutable.
 */
public final class PolicyPack {

	private final String id;

	private final String title;

	private final Map<String, Clause> clauses;

	private final Map<FindingCode, PackRule> rules;

	PolicyPack(String id, String title, List<Clause> clauses, List<PackRule> rules) {
		this.id = id;
		this.title = title;
		Map<String, Clause> byId = new LinkedHashMap<>();
		clauses.forEach(clause -> byId.put(clause.id(), clause));
		this.clauses = java.util.Collections.unmodifiableMap(byId);
		Map<FindingCode, PackRule> byCode = new EnumMap<>(FindingCode.class);
		rules.forEach(rule -> byCode.put(rule.code(), rule));
		for (FindingCode code : FindingCode.values()) {
			PackRule rule = byCode.get(code);
			if (rule == null) {
				throw new IllegalArgumentException("Pack " + id + " has no rule for " + code);
			}
			if (!byId.containsKey(rule.clauseId())) {
				throw new IllegalArgumentException(
						"Pack " + id + " cites clause " + rule.clauseId() + " for " + code + " but has no such clause");
			}
		}
		this.rules = java.util.Collections.unmodifiableMap(byCode);
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public List<Clause> clauses() {
		return List.copyOf(clauses.values());
	}

	public Optional<Clause> clause(String clauseId) {
		return Optional.ofNullable(clauses.get(clauseId));
	}

	public PackRule rule(FindingCode code) {
		return rules.get(code);
	}

	/** The clause reference a finding of this code cites, e.g. {@code lache-2020 §2.4}. */
	public String citation(FindingCode code) {
		return id + " " + rules.get(code).clauseId();
	}

}
