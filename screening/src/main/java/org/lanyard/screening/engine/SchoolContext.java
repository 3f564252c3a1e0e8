package org.lanyard.screening.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
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

	/** Findings by position (those not about the text last), then code, then subject: see {@link #order}. */
	private static final Comparator<Finding> ORDER = SchoolContext::order;

	private final Roster roster;

	private final Consents consents;

	private final PolicyPack pack;

	private final ScreeningSettings settings;

	private final List<ScreeningRule> rules;

	private final TextAnalyser analyser;

	/** Each code's severity and citation under the pack, by ordinal: looked up once, not once per finding. */
	private final Severity[] severities = new Severity[FindingCode.values().length];

	private final String[] citations = new String[FindingCode.values().length];

	private SchoolContext(Roster roster, Consents consents, PolicyPack pack, ScreeningSettings settings,
			List<ScreeningRule> rules, TextAnalyser analyser) {
		this.roster = roster;
		this.consents = consents;
		this.pack = pack;
		this.settings = settings;
		this.rules = rules;
		this.analyser = analyser;
		for (FindingCode code : FindingCode.values()) {
			severities[code.ordinal()] = pack.rule(code).severity();
			citations[code.ordinal()] = pack.citation(code);
		}
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
		Collector collector = new Collector(severities, citations);
		for (ScreeningRule rule : rules) {
			rule.check(draft, collector);
		}
		List<Finding> findings = collector.inOrder();
		return new ScreeningResult(Verdict.of(findings), findings);
	}

	private static int order(Finding a, Finding b) {
		int byStart = Integer.compare(a.start() == null ? Integer.MAX_VALUE : a.start(),
				b.start() == null ? Integer.MAX_VALUE : b.start());
		if (byStart != 0) {
			return byStart;
		}
		int byCode = a.code().compareTo(b.code());
		if (byCode != 0) {
			return byCode;
		}
		return (a.subject() == null ? "" : a.subject()).compareTo(b.subject() == null ? "" : b.subject());
	}

	/** Gives each report its pack's severity and clause; drops exact repeats when putting the findings in order. */
	private static final class Collector implements FindingSink {

		/** Runs of findings at one place, of one code and subject, longer than this are deduplicated with a set. */
		private static final int SHORT_RUN = 16;

		private final Severity[] severities;

		private final String[] citations;

		private final List<Finding> findings = new ArrayList<>();

		Collector(Severity[] severities, String[] citations) {
			this.severities = severities;
			this.citations = citations;
		}

		@Override
		public void report(FindingCode code, @Nullable Integer start, @Nullable Integer end, @Nullable String subject,
				String message) {
			findings.add(new Finding(code, severities[code.ordinal()], citations[code.ordinal()], message, start, end,
					subject));
		}

		/**
		 * The findings in {@link #ORDER}, each exact repeat dropped. The same as keeping the first of each in the order
		 * reported and then sorting stably, but without hashing every finding (its message and all): a repeat sorts
		 * into the same run of equal place, code and subject as the finding it repeats, and the stable sort keeps each
		 * run in the order reported, so within its run the first of each is kept.
		 */
		List<Finding> inOrder() {
			Finding[] all = findings.toArray(new Finding[0]);
			Arrays.sort(all, ORDER);
			List<Finding> kept = new ArrayList<>(all.length);
			int run = 0;
			Set<Finding> seen = null;
			for (int i = 0; i < all.length; i++) {
				if (i > 0 && order(all[i - 1], all[i]) != 0) {
					run = kept.size();
					seen = null;
				}
				if (kept.size() - run >= SHORT_RUN && seen == null) {
					seen = new HashSet<>(kept.subList(run, kept.size()));
				}
				if (seen != null ? seen.add(all[i]) : !kept.subList(run, kept.size()).contains(all[i])) {
					kept.add(all[i]);
				}
			}
			return kept;
		}

	}

}
