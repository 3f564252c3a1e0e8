package org.lanyard.screening.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.analysis.TextAnalyser;
import org.lanyard.screening.engine.rules.Draft;
import org.lanyard.screening.engine.rules.FindingSink;
import org.lanyard.screening.engine.rules.ScreeningRule;
import org.lanyard.screening.engine.rules.StandardRules;

/**
 * Everything the engine knows about one school: roster, consents, pack and settings, with the rules prepared from
 * them. Built once per school (and again when any of them changes); immutable and safe to share between threads.
 */
public final class SchoolContext {

	private static final Comparator<Finding> ORDER = Comparator
		.comparing((Finding f) -> f.start() == null ? Integer.MAX_VALUE : f.start())
		.thenComparing(Finding::code)
		.thenComparing(f -> f.subject() == null ? "" : f.subject());

	private final Roster roster;

	private final Consents consents;

	private final PolicyPack pack;

	private final ScreeningSettings settings;

	private final List<ScreeningRule> rules;

	private final TextAnalyser analyser;

	private SchoolContext(Roster roster, Consents consents, PolicyPack pack, ScreeningSettings settings,
			List<ScreeningRule> rules, TextAnalyser analyser) {
		this.roster = roster;
		this.consents = consents;
		this.pack = pack;
		this.settings = settings;
		this.rules = rules;
		this.analyser = analyser;
	}

	/** A school's context with every rule: the listed rules and the learned models' second opinion. */
	public static SchoolContext of(Roster roster, Consents consents, PolicyPack pack, ScreeningSettings settings) {
		return new SchoolContext(roster, consents, pack, settings, StandardRules.forSchool(roster, settings, pack),
				TextAnalyser.forSchool(roster, settings));
	}

	/**
	 * The same school with the listed rules only, without the learned models: what each rule's own tests check, and
	 * what a school gets that wants every finding to come from a phrase someone wrote down.
	 */
	public SchoolContext listedRulesOnly() {
		return new SchoolContext(roster, consents, pack, settings, StandardRules.listed(roster, settings, pack), analyser);
	}

	public PolicyPack pack() {
		return pack;
	}

	public Roster roster() {
		return roster;
	}

	public ScreeningSettings settings() {
		return settings;
	}

	/** Screens one piece of content. Never throws for any text; never returns a finding outside the text. */
	public ScreeningResult screen(ScreeningRequest request) {
		Draft draft = new Draft(request, roster, consents, settings, analyser);
		Collector collector = new Collector(pack);
		for (ScreeningRule rule : rules) {
			rule.check(draft, collector);
		}
		List<Finding> findings = new ArrayList<>(collector.findings);
		findings.sort(ORDER);
		return new ScreeningResult(Verdict.of(findings), findings);
	}

	/** Gives each report its pack's severity and clause, and drops exact repeats. */
	private static final class Collector implements FindingSink {

		private final PolicyPack pack;

		private final Set<Finding> findings = new LinkedHashSet<>();

		Collector(PolicyPack pack) {
			this.pack = pack;
		}

		@Override
		public void report(FindingCode code, @Nullable Integer start, @Nullable Integer end, @Nullable String subject,
				String message) {
			PackRule rule = pack.rule(code);
			findings.add(new Finding(code, rule.severity(), pack.citation(code), message, start, end, subject));
		}

	}

}
