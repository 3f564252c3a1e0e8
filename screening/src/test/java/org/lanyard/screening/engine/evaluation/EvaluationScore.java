package org.lanyard.screening.engine.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lanyard.screening.engine.Finding;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.ScreeningResult;
import org.lanyard.screening.engine.Verdict;

/**
 * What the engine got right and wrong on one corpus, per finding code, against the product brief's quality targets:
 * recall at least 0.95 and precision at least 0.90 for every code, and never a {@code PASS} for content that pictures
 * or names a pupil without consent.
 * <p>
 * A case counts a code as predicted when any of its findings has that code; the expected codes are the case's exact
 * set, so any other code returned is a false positive.
 */
public final class EvaluationScore {

	public static final double RECALL_TARGET = 0.95;

	public static final double PRECISION_TARGET = 0.90;

	private final String corpusName;

	private final Map<FindingCode, int[]> counts = new EnumMap<>(FindingCode.class);

	private final List<Outcome> outcomes = new ArrayList<>();

	private final List<Outcome> neverPassBroken = new ArrayList<>();

	private final List<Outcome> verdictMismatches = new ArrayList<>();

	private final List<Outcome> errors = new ArrayList<>();

	private int exact;

	public EvaluationScore(String corpusName) {
		this.corpusName = corpusName;
		for (FindingCode code : FindingCode.values()) {
			counts.put(code, new int[3]);
		}
	}

	/** One case as the engine answered it; {@code result} is {@code null} when the engine threw. */
	public record Outcome(EvaluationCase evaluationCase, ScreeningResult result, Set<FindingCode> predicted,
			Throwable error) {

		Set<FindingCode> missed() {
			Set<FindingCode> missed = EnumSet.noneOf(FindingCode.class);
			missed.addAll(evaluationCase.expect());
			missed.removeAll(predicted);
			return missed;
		}

		Set<FindingCode> unexpected() {
			Set<FindingCode> unexpected = EnumSet.noneOf(FindingCode.class);
			unexpected.addAll(predicted);
			unexpected.removeAll(evaluationCase.expect());
			return unexpected;
		}

	}

	public void record(EvaluationCase evaluationCase, ScreeningResult result) {
		Set<FindingCode> predicted = EnumSet.noneOf(FindingCode.class);
		result.findings().forEach(finding -> predicted.add(finding.code()));
		add(new Outcome(evaluationCase, result, predicted, null));
	}

	public void recordError(EvaluationCase evaluationCase, Throwable error) {
		Outcome outcome = new Outcome(evaluationCase, null, EnumSet.noneOf(FindingCode.class), error);
		errors.add(outcome);
		add(outcome);
	}

	private void add(Outcome outcome) {
		outcomes.add(outcome);
		EvaluationCase evaluationCase = outcome.evaluationCase();
		for (FindingCode code : FindingCode.values()) {
			boolean expected = evaluationCase.expect().contains(code);
			boolean predicted = outcome.predicted().contains(code);
			int[] c = counts.get(code);
			if (expected && predicted) {
				c[0]++;
			}
			else if (predicted) {
				c[1]++;
			}
			else if (expected) {
				c[2]++;
			}
		}
		if (outcome.error() == null && outcome.missed().isEmpty() && outcome.unexpected().isEmpty()) {
			exact++;
		}
		Verdict actual = outcome.result() == null ? null : outcome.result().verdict();
		if (evaluationCase.mustNeverPass() && (actual == null || actual == Verdict.PASS)) {
			neverPassBroken.add(outcome);
		}
		if (evaluationCase.verdict() != null && actual != evaluationCase.verdict()) {
			verdictMismatches.add(outcome);
		}
	}

	public int truePositives(FindingCode code) {
		return counts.get(code)[0];
	}

	public int falsePositives(FindingCode code) {
		return counts.get(code)[1];
	}

	public int falseNegatives(FindingCode code) {
		return counts.get(code)[2];
	}

	/** TP / (TP + FN); 1 when the corpus has no case expecting the code. */
	public double recall(FindingCode code) {
		int tp = truePositives(code);
		int fn = falseNegatives(code);
		return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
	}

	/** TP / (TP + FP); 1 when the engine never reported the code. */
	public double precision(FindingCode code) {
		int tp = truePositives(code);
		int fp = falsePositives(code);
		return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
	}

	public boolean meetsTarget(FindingCode code) {
		return recall(code) >= RECALL_TARGET && precision(code) >= PRECISION_TARGET;
	}

	public List<FindingCode> codesBelowTarget() {
		List<FindingCode> below = new ArrayList<>();
		for (FindingCode code : FindingCode.values()) {
			if (!meetsTarget(code)) {
				below.add(code);
			}
		}
		return below;
	}

	/** Cases that picture or name a pupil without consent and still came back PASS (or made the engine throw). */
	public List<Outcome> neverPassBroken() {
		return List.copyOf(neverPassBroken);
	}

	public List<Outcome> errors() {
		return List.copyOf(errors);
	}

	public boolean passed() {
		return codesBelowTarget().isEmpty() && neverPassBroken.isEmpty() && errors.isEmpty();
	}

	/** One line for an assertion message. */
	public String summary() {
		List<String> parts = new ArrayList<>();
		for (FindingCode code : codesBelowTarget()) {
			parts.add(String.format(Locale.ROOT, "%s recall %.2f precision %.2f", code, recall(code), precision(code)));
		}
		if (!neverPassBroken.isEmpty()) {
			parts.add(neverPassBroken.size() + " case(s) PASS a pupil pictured or named without consent: "
					+ neverPassBroken.stream().map(o -> o.evaluationCase().id()).collect(Collectors.joining(", ")));
		}
		if (!errors.isEmpty()) {
			parts.add(errors.size() + " case(s) made the engine throw");
		}
		return "corpus '" + corpusName + "' below target: " + String.join("; ", parts);
	}

	/** The table the lead pastes into docs/PERFORMANCE.md. */
	public String table() {
		StringBuilder md = new StringBuilder();
		md.append("| code | TP | FP | FN | precision | recall | target met |\n");
		md.append("|---|---:|---:|---:|---:|---:|:---:|\n");
		for (FindingCode code : FindingCode.values()) {
			int tp = truePositives(code);
			int fp = falsePositives(code);
			int fn = falseNegatives(code);
			md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s |%n", code, tp, fp, fn,
					tp + fp == 0 ? "—" : String.format(Locale.ROOT, "%.3f", precision(code)),
					tp + fn == 0 ? "—" : String.format(Locale.ROOT, "%.3f", recall(code)),
					meetsTarget(code) ? "yes" : "**no**"));
		}
		return md.toString();
	}

	/** The whole report for this corpus in Markdown: table, rule check, then every miss and false positive. */
	public String report(String title) {
		long clean = outcomes.stream().filter(o -> o.evaluationCase().isClean()).count();
		long cleanRight = outcomes.stream()
			.filter(o -> o.evaluationCase().isClean() && o.error() == null && o.predicted().isEmpty())
			.count();
		long mustNeverPass = outcomes.stream().filter(o -> o.evaluationCase().mustNeverPass()).count();
		StringBuilder md = new StringBuilder();
		md.append("## ").append(title).append("\n\n");
		md.append(String.format(Locale.ROOT,
				"%d cases (%d clean), %d answered exactly; clean cases with no finding: %d/%d. Targets: recall ≥ %.2f and precision ≥ %.2f for every code.%n%n",
				outcomes.size(), clean, exact, cleanRight, clean, RECALL_TARGET, PRECISION_TARGET));
		md.append(table()).append('\n');
		md.append(String.format(Locale.ROOT,
				"Never a PASS for a pupil pictured or named without consent: %s (%d cases checked, %d broken).%n",
				neverPassBroken.isEmpty() ? "kept" : "**broken**", mustNeverPass, neverPassBroken.size()));
		md.append(String.format(Locale.ROOT, "Verdicts different from the case's stated verdict: %d.%n",
				verdictMismatches.size()));
		md.append(passed() ? "\n**Result: all targets met.**\n" : "\n**Result: below target.**\n");
		if (!errors.isEmpty()) {
			md.append("\n### Engine errors\n\n");
			for (Outcome outcome : errors) {
				md.append("- `").append(outcome.evaluationCase().id()).append("` ").append(outcome.error()).append('\n');
			}
		}
		if (!neverPassBroken.isEmpty()) {
			md.append("\n### PASS for a pupil without consent\n\n");
			neverPassBroken.forEach(outcome -> md.append("- ").append(line(outcome)));
		}
		md.append("\n### Misses (expected code not returned)\n\n");
		int misses = 0;
		for (FindingCode code : FindingCode.values()) {
			for (Outcome outcome : outcomes) {
				if (outcome.missed().contains(code)) {
					md.append("- **").append(code).append("** ").append(line(outcome));
					misses++;
				}
			}
		}
		if (misses == 0) {
			md.append("None.\n");
		}
		md.append("\n### False positives (code returned but not expected)\n\n");
		int falsePositives = 0;
		for (FindingCode code : FindingCode.values()) {
			for (Outcome outcome : outcomes) {
				if (outcome.unexpected().contains(code)) {
					md.append("- **").append(code).append("** ").append(line(outcome));
					falsePositives++;
				}
			}
		}
		if (falsePositives == 0) {
			md.append("None.\n");
		}
		if (!verdictMismatches.isEmpty()) {
			md.append("\n### Verdict differs from the case's stated verdict\n\n");
			verdictMismatches.forEach(outcome -> md.append("- ").append(line(outcome)));
		}
		return md.toString();
	}

	private static String line(Outcome outcome) {
		EvaluationCase c = outcome.evaluationCase();
		StringBuilder line = new StringBuilder();
		line.append('`').append(c.id()).append("` ").append(c.direction()).append(' ').append(c.purpose());
		if (!c.pupilsPictured().isEmpty()) {
			line.append(" pictured ").append(c.pupilsPictured());
		}
		if (!c.images().isEmpty()) {
			line.append(" images ").append(c.images());
		}
		line.append(" — \"").append(escape(c.text())).append("\" — expected ").append(sorted(c.expect()));
		if (outcome.result() == null) {
			line.append(", engine threw ").append(outcome.error());
		}
		else {
			line.append(", got ").append(outcome.result().verdict()).append(' ').append(findings(c.text(), outcome.result()));
		}
		return line.append('\n').toString();
	}

	private static String findings(String text, ScreeningResult result) {
		if (result.findings().isEmpty()) {
			return "[]";
		}
		List<String> parts = new ArrayList<>();
		for (Finding finding : result.findings()) {
			StringBuilder part = new StringBuilder(finding.code().name());
			if (finding.start() != null && finding.end() != null && finding.start() >= 0 && finding.end() <= text.length()
					&& finding.start() <= finding.end()) {
				part.append(" '").append(escape(text.substring(finding.start(), finding.end()))).append('\'');
			}
			if (finding.subject() != null) {
				part.append(" (").append(finding.subject()).append(')');
			}
			parts.add(part.toString());
		}
		return parts.toString();
	}

	private static List<FindingCode> sorted(Set<FindingCode> codes) {
		List<FindingCode> list = new ArrayList<>(codes);
		list.sort(null);
		return list;
	}

	/** Keeps invisible characters visible and the Markdown table intact. */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			if (cp == '\n') {
				out.append("\\n");
			}
			else if (cp == '|') {
				out.append("\\|");
			}
			else if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
				out.append(String.format(Locale.ROOT, "\\u%04x", cp));
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

}
