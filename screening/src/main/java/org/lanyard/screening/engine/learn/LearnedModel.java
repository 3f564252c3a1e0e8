package org.lanyard.screening.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.text.Tokens;

/**
 * One learned model: logistic regression over the words and word pairs of a sentence. Immutable and shared between
 * threads; scoring allocates nothing but the explanation of a sentence that scores above the threshold.
 * <p>
 * File format ({@code learn/<CODE>.model}), written by the trainer in the test sources:
 * <pre>
 * code       THREAT
 * bias       -3.1
 * threshold  0.62
 * w  1.27  windows
 * w  0.93  going through
 * </pre>
 */
public final class LearnedModel {

	private final FindingCode code;

	private final double bias;

	private final double threshold;

	private final FeatureTable weights;

	private LearnedModel(FindingCode code, double bias, double threshold, FeatureTable weights) {
		this.code = code;
		this.bias = bias;
		this.threshold = threshold;
		this.weights = weights;
	}

	/** The model bundled for this code, if there is one. */
	public static Optional<LearnedModel> bundled(FindingCode code) {
		try (InputStream in = LearnedModel.class.getResourceAsStream(code.name() + ".model")) {
			return in == null ? Optional.empty() : Optional.of(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static LearnedModel read(List<String> lines) {
		FindingCode code = null;
		double bias = 0;
		double threshold = 0.5;
		FeatureTable weights = new FeatureTable(Math.max(16, lines.size()));
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+", 3);
			switch (parts[0]) {
				case "code" -> code = FindingCode.valueOf(parts[1]);
				case "bias" -> bias = Double.parseDouble(parts[1]);
				case "threshold" -> threshold = Double.parseDouble(parts[1]);
				case "w" -> weights.put(Features.hashOf(parts[2]), (float) Double.parseDouble(parts[1]));
				default -> throw new IllegalArgumentException("Unknown model line: " + line);
			}
		}
		if (code == null) {
			throw new IllegalArgumentException("A model file must say its code");
		}
		return new LearnedModel(code, bias, threshold, weights);
	}

	public FindingCode code() {
		return code;
	}

	public double threshold() {
		return threshold;
	}

	double bias() {
		return bias;
	}

	FeatureTable weights() {
		return weights;
	}

	/** The probability the model gives the words {@code [from, to)} of the token list. */
	public double probability(Tokens tokens, int from, int to) {
		double z = bias;
		long previous = 0;
		for (int t = from; t < to; t++) {
			long word = tokens.wordHash(t);
			z += weights.get(word);
			if (t > from) {
				z += weights.get(Features.pair(previous, word));
			}
			previous = word;
		}
		return 1 / (1 + Math.exp(-z));
	}

	/**
	 * Whether the evidence rests on a word of substance: at least one of the words that weighed most is not a
	 * {@link FunctionWords function word}. Checked only for a sentence already above the threshold.
	 */
	public static boolean substantial(Tokens tokens, List<int[]> evidence) {
		for (int[] span : evidence) {
			for (int t = span[0]; t < span[1]; t++) {
				if (!FunctionWords.contains(tokens.folded(t))) {
					return true;
				}
			}
		}
		return false;
	}

	/** How much a word alone must weigh to be clear evidence (see {@link #clear}). */
	public static final float CLEAR_WORD = 0.6f;

	/** How much a pair of words must weigh to be clear evidence (see {@link #clear}). */
	public static final float CLEAR_PAIR = 1.0f;

	/** The weight of one piece of evidence: a word ({@code end - start == 1}) or a pair of words. */
	public float weight(Tokens tokens, int[] span) {
		long word = tokens.wordHash(span[1] - 1);
		return span[1] - span[0] == 1 ? weights.get(word) : weights.get(Features.pair(tokens.wordHash(span[0]), word));
	}

	/**
	 * Whether the evidence holds something the model weighs as clearly of its code on its own: a word of substance
	 * (not a {@link FunctionWords function word}, not a {@code frame}) that weighs at least {@link #CLEAR_WORD}, or a
	 * pair holding such a word that weighs at least {@link #CLEAR_PAIR}. A frame is a word the model learned from
	 * the phrases around the code's words rather than from the words themselves: for insults, "absolute", "total",
	 * "complete" ("an absolute saint" is praise), the roles of staff ("Deputy") and judgements of things
	 * ("Ridiculous"). Stricter than {@link #substantial}, for a model whose frames weigh as much as its words.
	 */
	public boolean clear(Tokens tokens, List<int[]> evidence, IntPredicate frame) {
		for (int[] span : evidence) {
			boolean word = false;
			for (int t = span[0]; t < span[1]; t++) {
				word |= !FunctionWords.contains(tokens.folded(t)) && !frame.test(t);
			}
			if (word && weight(tokens, span) >= (span[1] - span[0] == 1 ? CLEAR_WORD : CLEAR_PAIR)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words that weighed most towards the code in {@code [from, to)}, strongest first: the evidence a finding
	 * quotes. Each is a token range {@code [start, end)}.
	 */
	public List<int[]> evidence(Tokens tokens, int from, int to, int most) {
		// the strongest few, kept in order as the features go by: the same as sorting them all by weight, strongest
		// first and in text order where equal, and taking the first few, without an object per feature
		float[] weight = new float[most];
		int[][] spans = new int[most][];
		int kept = 0;
		long previous = 0;
		for (int t = from; t < to; t++) {
			long word = tokens.wordHash(t);
			float w = weights.get(word);
			if (w > 0.2f) {
				kept = keep(weight, spans, kept, w, t, t + 1);
			}
			if (t > from) {
				float p = weights.get(Features.pair(previous, word));
				if (p > 0.2f) {
					kept = keep(weight, spans, kept, p, t - 1, t + 1);
				}
			}
			previous = word;
		}
		List<int[]> evidence = new ArrayList<>(kept);
		for (int k = 0; k < kept; k++) {
			evidence.add(spans[k]);
		}
		return evidence;
	}

	/** Puts a feature among the strongest kept so far, after those at least as strong; returns how many are kept. */
	private static int keep(float[] weight, int[][] spans, int kept, float w, int start, int end) {
		int at = kept;
		while (at > 0 && weight[at - 1] < w) {
			at--;
		}
		if (at == weight.length) {
			return kept;
		}
		int last = Math.min(kept, weight.length - 1);
		System.arraycopy(weight, at, weight, at + 1, last - at);
		System.arraycopy(spans, at, spans, at + 1, last - at);
		weight[at] = w;
		spans[at] = new int[] { start, end };
		return Math.min(kept + 1, weight.length);
	}

}
