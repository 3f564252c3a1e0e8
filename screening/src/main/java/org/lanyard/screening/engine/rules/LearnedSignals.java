package org.lanyard.screening.engine.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis;
import org.lanyard.screening.engine.learn.LearnedModel;
import org.lanyard.screening.engine.learn.ModelSet;
import org.lanyard.screening.engine.lexicon.WordSet;
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

	/**
	 * The codes whose model must show clear evidence ({@link LearnedModel#clear}), with the lexicon list of the words
	 * that only frame the code's words: the offensive model weighs "is an absolute" as much as an insult, and fired on
	 * "X in the office is an absolute saint".
	 */
	private static final Map<FindingCode, String> FRAMES = Map.of(FindingCode.OFFENSIVE_LANGUAGE, "offensive-model-frames");

	private final ModelSet models;

	LearnedSignals(List<LearnedModel> models) {
		this.models = new ModelSet(models);
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
		if (count == 0) {
			return;
		}
		List<LearnedModel> list = models.models();
		boolean incoming = draft.request().direction() == Direction.INCOMING;
		// per model, the rules' findings of its code (none for a complaint model outside incoming comments: it is off)
		Coverage[] found = new Coverage[list.size()];
		for (int m = 0; m < found.length; m++) {
			FindingCode code = list.get(m).code();
			found[m] = code == FindingCode.COMPLAINT && !incoming ? null : new Coverage(analysis.findings(code));
		}
		ModelSet.Scorer scorer = models.scorer();
		int from = 0;
		while (from < count) {
			int to = from + 1;
			while (to < count && !tokens.has(to, Tokens.SENTENCE_START)) {
				to++;
			}
			check(analysis, tokens, from, to, found, scorer, sink);
			from = to;
		}
	}

	private void check(TextAnalysis analysis, Tokens tokens, int from, int to, Coverage[] found,
			ModelSet.Scorer scorer, FindingSink sink) {
		if (analysis.educational(from)) {
			// a lesson, a policy quoted, or the school's own teaching post: the lexicons stand down there, so do the models
			return;
		}
		List<LearnedModel> list = models.models();
		double[] z = null;
		for (int m = 0; m < found.length; m++) {
			if (found[m] == null || found[m].overlaps(from, to)) {
				continue;
			}
			if (z == null) {
				// all models at once, and only for a sentence some model still has to read
				z = scorer.logits(tokens, from, to);
			}
			LearnedModel model = list.get(m);
			// the same expression as LearnedModel.probability, so the comparison is the same to the last bit
			if (1 / (1 + Math.exp(-z[m])) < model.threshold()) {
				continue;
			}
			FindingCode code = model.code();
			List<int[]> evidence = model.evidence(tokens, from, to, 3);
			if (!LearnedModel.substantial(tokens, evidence)) {
				continue;
			}
			String frames = FRAMES.get(code);
			if (frames != null) {
				WordSet frame = analysis.words(frames);
				if (!model.clear(tokens, evidence, t -> frame.contains(tokens.id(t)) || frame.contains(tokens.base(t)))) {
					continue;
				}
			}
			int first = evidence.isEmpty() ? from : Integer.MAX_VALUE;
			int last = evidence.isEmpty() ? to : Integer.MIN_VALUE;
			for (int[] e : evidence) {
				first = Math.min(first, e[0]);
				last = Math.max(last, e[1]);
			}
			int start = tokens.start(first);
			int end = tokens.end(last - 1);
			sink.reportText(code, start, end, analysis.quote(first, last) + " " + READS_AS.get(code)
					+ ". Found by Lanyard's learned model, not a listed phrase: a person should read it in context.");
		}
	}

	/**
	 * Whether the rules found a code in a sentence: the matches sorted by where they begin, read with a cursor as the
	 * sentences go by left to right, so each sentence costs the matches that begin in it rather than all of them (a
	 * scan of every match per sentence made a long text quadratic). A match {@code [f, t)} overlaps the sentence
	 * {@code [from, to)} when {@code f < to && t > from}: of the matches beginning before {@code to}, the furthest
	 * reaching must reach past {@code from}.
	 */
	private static final class Coverage {

		/** Each match as {@code from << 32 | to}, sorted: by where it begins. */
		private final long[] spans;

		private int next;

		private int reach = Integer.MIN_VALUE;

		Coverage(List<TextAnalysis.LexiconHit> hits) {
			spans = new long[hits.size()];
			for (int i = 0; i < spans.length; i++) {
				spans[i] = (long) hits.get(i).from() << 32 | hits.get(i).to();
			}
			java.util.Arrays.sort(spans);
		}

		/** Whether some match overlaps {@code [from, to)}; {@code to} must not go down from one call to the next. */
		boolean overlaps(int from, int to) {
			while (next < spans.length && (int) (spans[next] >>> 32) < to) {
				reach = Math.max(reach, (int) spans[next]);
				next++;
			}
			return reach > from;
		}

	}

	private static final class Bundled {

		static final LearnedSignals SIGNALS = new LearnedSignals(List.of(FindingCode.THREAT,
				FindingCode.SAFEGUARDING_RISK, FindingCode.DISCRIMINATORY, FindingCode.OFFENSIVE_LANGUAGE,
				FindingCode.COMPLAINT).stream().flatMap(code -> LearnedModel.bundled(code).stream()).toList());

	}

}
