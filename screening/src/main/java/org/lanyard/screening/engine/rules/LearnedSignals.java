package org.lanyard.screening.engine.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis;
import org.lanyard.screening.engine.learn.LearnedModel;
import org.lanyard.screening.engine.text.Tokens;

/**
 * The learned models' second opinion, sentence by sentence: a sentence the lexicons found nothing in, but that a
 * model trained on the team's examples reads as threatening, discriminatory, offensive, a safeguarding risk or a
 * complaint, is reported for a person to look at, quoting the words that weighed most.
 * <p>
 * Rules come first: where a lexicon entry already found the code in the sentence, the model adds nothing.
 */
final class LearnedSignals implements ScreeningRule {

	private static final Map<FindingCode, String> READS_AS = new EnumMap<>(Map.of(
			FindingCode.THREAT, "reads as a threat or intimidation",
			FindingCode.SAFEGUARDING_RISK,
			"reads as a sign that a child may be at risk (self-harm, sexual content, grooming, radicalisation or bullying)",
			FindingCode.DISCRIMINATORY, "reads as prejudice against a protected characteristic (Equality Act 2010)",
			FindingCode.OFFENSIVE_LANGUAGE, "reads as offensive, insulting or mocking",
			FindingCode.COMPLAINT, "reads as criticism of a school decision or policy: point the writer to the complaints procedure"));

	private final List<LearnedModel> models;

	LearnedSignals(List<LearnedModel> models) {
		this.models = List.copyOf(models);
	}

	/** The models bundled with the engine, loaded once. */
	static LearnedSignals bundled() {
		return Bundled.SIGNALS;
	}

	@Override
	public void check(Draft draft, FindingSink sink) {
		TextAnalysis analysis = draft.analysis();
		Tokens tokens = analysis.tokens();
		int count = tokens.count();
		int from = 0;
		while (from < count) {
			int to = from + 1;
			while (to < count && !tokens.has(to, Tokens.SENTENCE_START)) {
				to++;
			}
			check(draft, analysis, tokens, from, to, sink);
			from = to;
		}
	}

	private void check(Draft draft, TextAnalysis analysis, Tokens tokens, int from, int to, FindingSink sink) {
		if (analysis.educational(from)) {
			// a lesson, a policy quoted, or the school's own teaching post: the lexicons stand down there, so do the models
			return;
		}
		for (LearnedModel model : models) {
			FindingCode code = model.code();
			if (code == FindingCode.COMPLAINT && draft.request().direction() != Direction.INCOMING) {
				continue;
			}
			if (foundByRules(analysis, code, from, to) || model.probability(tokens, from, to) < model.threshold()) {
				continue;
			}
			List<int[]> evidence = model.evidence(tokens, from, to, 3);
			if (!LearnedModel.substantial(tokens, evidence)) {
				continue;
			}
			int first = evidence.stream().mapToInt(e -> e[0]).min().orElse(from);
			int last = evidence.stream().mapToInt(e -> e[1]).max().orElse(to);
			int start = tokens.start(first);
			int end = tokens.end(last - 1);
			sink.reportText(code, start, end, analysis.quote(first, last) + " " + READS_AS.get(code)
					+ ". Found by Lanyard's learned model, not a listed phrase: a person should read it in context.");
		}
	}

	private static boolean foundByRules(TextAnalysis analysis, FindingCode code, int from, int to) {
		for (TextAnalysis.LexiconHit hit : analysis.findings(code)) {
			if (hit.from() < to && hit.to() > from) {
				return true;
			}
		}
		return false;
	}

	private static final class Bundled {

		static final LearnedSignals SIGNALS = new LearnedSignals(List.of(FindingCode.THREAT,
				FindingCode.SAFEGUARDING_RISK, FindingCode.DISCRIMINATORY, FindingCode.OFFENSIVE_LANGUAGE,
				FindingCode.COMPLAINT).stream().flatMap(code -> LearnedModel.bundled(code).stream()).toList());

	}

}
