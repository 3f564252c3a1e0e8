package org.lanyard.screening.engine.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.Roster;
import org.lanyard.screening.engine.ScreeningSettings;
import org.lanyard.screening.engine.analysis.TextAnalyser;
import org.lanyard.screening.engine.text.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the learned models from the sentences in {@code screening/training/*.jsonl}: logistic regression over words
 * and word pairs, read exactly as the engine reads them, with L2 regularisation and a threshold chosen by five-fold
 * cross-validation (the lowest that keeps out-of-fold precision at {@link #TARGET_PRECISION}).
 * <p>
 * Deterministic: the same sentences always give the same model files, which is what
 * {@code LearnedModelsTests.bundledModelsAreTheOnesTheTrainingDataGives} checks. The evaluation corpora are never
 * used for training, so they measure what the models learned. To retrain after changing the sentences:
 * <pre>
 * ./mvnw -q -pl screening test -Dtest=LearnedModelsTests -Dlanyard.retrain=true
 * </pre>
 */
final class ModelTraining {

	static final Path DATA = Path.of("training");

	static final Path MODELS = Path.of("src/main/resources/org/lanyard/screening/engine/learn");

	static final List<FindingCode> CODES = List.of(FindingCode.THREAT, FindingCode.SAFEGUARDING_RISK,
			FindingCode.DISCRIMINATORY, FindingCode.OFFENSIVE_LANGUAGE, FindingCode.COMPLAINT);

	static final double TARGET_PRECISION = 0.93;

	static final int MIN_COUNT = Integer.getInteger("lanyard.train.minCount", 2);

	static final int EPOCHS = Integer.getInteger("lanyard.train.epochs", 30);

	static final double L2 = Double.parseDouble(System.getProperty("lanyard.train.l2", "1e-2"));

	static final double RATE = Double.parseDouble(System.getProperty("lanyard.train.rate", "0.2"));

	static final double MAX_POSITIVE_WEIGHT = Double.parseDouble(System.getProperty("lanyard.train.posWeight", "5"));

	private static final JsonMapper JSON = JsonMapper.builder().build();



	private final List<TrainingExample> examples;

	private final List<int[]> features = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	ModelTraining(List<TrainingExample> examples) {
		this.examples = examples;
		extract();
	}

	static List<TrainingExample> load() {
		List<TrainingExample> all = new ArrayList<>();
		try (Stream<Path> files = Files.list(DATA)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (line.isBlank()) {
						continue;
					}
					JsonNode node = JSON.readTree(line);
					Set<FindingCode> labels = EnumSet.noneOf(FindingCode.class);
					node.get("labels").forEach(label -> labels.add(FindingCode.valueOf(label.asString())));
					all.add(new TrainingExample(node.get("text").asString(),
							Direction.valueOf(node.path("direction").asString("INCOMING")), labels,
							file.getFileName().toString()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return all;
	}

	/** Reads every sentence as the engine does and numbers its features; rare ones are dropped. */
	private void extract() {
		TextAnalyser analyser = TextAnalyser.forSchool(Roster.empty(), ScreeningSettings.none());
		Map<String, Integer> counts = new HashMap<>();
		List<List<String>> raw = new ArrayList<>();
		for (TrainingExample example : examples) {
			Tokens tokens = analyser.analyse(example.text(), example.direction()).tokens();
			List<String> words = new ArrayList<>();
			String previous = null;
			for (int t = 0; t < tokens.count(); t++) {
				String word = tokens.folded(t).replace("'", "");
				words.add(word);
				if (previous != null) {
					words.add(previous + " " + word);
				}
				previous = word;
			}
			raw.add(words);
			words.stream().distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
		}
		Map<String, Integer> index = new LinkedHashMap<>();
		counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).sorted()
			.forEach(f -> index.put(f, index.size()));
		names.addAll(index.keySet());
		for (List<String> words : raw) {
			features.add(words.stream().filter(index::containsKey).mapToInt(index::get).toArray());
		}
	}

	/** Trains one code's model on all examples, its threshold from cross-validation, as the text of its file. */
	String train(FindingCode code) {
		int n = examples.size();
		double[] oof = new double[n];
		for (int fold = 0; fold < 5; fold++) {
			final int f = fold;
			double[] w = fit(code, i -> i % 5 != f);
			for (int i = fold; i < n; i += 5) {
				oof[i] = probability(w, i);
			}
		}
		double threshold = chooseThreshold(code, oof);
		double[] w = fit(code, i -> true);
		return write(code, w, threshold);
	}

	private double[] fit(FindingCode code, java.util.function.IntPredicate inTraining) {
		int n = examples.size();
		double[] w = new double[names.size() + 1];
		double[] g2 = new double[names.size() + 1];
		int positives = 0;
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (inTraining.test(i)) {
				count++;
				positives += examples.get(i).labels().contains(code) ? 1 : 0;
			}
		}
		double positiveWeight = Math.min(MAX_POSITIVE_WEIGHT, Math.max(1.0, (count - positives) / (double) Math.max(1, positives)));
		Random random = new Random(20261122L + code.ordinal());
		int[] order = java.util.stream.IntStream.range(0, n).filter(inTraining).toArray();
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			shuffle(order, random);
			for (int i : order) {
				boolean y = examples.get(i).labels().contains(code);
				double error = (y ? 1 : 0) - probability(w, i);
				double scale = y ? positiveWeight : 1.0;
				int bias = names.size();
				update(w, g2, bias, error * scale, 0);
				for (int feature : features.get(i)) {
					update(w, g2, feature, error * scale, L2);
				}
			}
		}
		return w;
	}

	/** AdaGrad: each feature's step shrinks with its own history, so rare words still learn. */
	private static void update(double[] w, double[] g2, int feature, double gradient, double l2) {
		double g = gradient - l2 * w[feature];
		g2[feature] += g * g;
		w[feature] += RATE * g / (Math.sqrt(g2[feature]) + 1e-8);
	}

	private double probability(double[] w, int example) {
		double z = w[names.size()];
		for (int feature : features.get(example)) {
			z += w[feature];
		}
		return 1 / (1 + Math.exp(-z));
	}

	private double chooseThreshold(FindingCode code, double[] oof) {
		StringBuilder curve = new StringBuilder(code + " out-of-fold:");
		for (int step = 30; step <= 95; step += 5) {
			int tp = 0, fp = 0, pos = 0;
			for (int i = 0; i < oof.length; i++) {
				boolean y = examples.get(i).labels().contains(code);
				pos += y ? 1 : 0;
				if (oof[i] >= step / 100.0) {
					tp += y ? 1 : 0;
					fp += y ? 0 : 1;
				}
			}
			curve.append(String.format(Locale.ROOT, " t%.2f P%.2f R%.2f", step / 100.0, tp / (double) Math.max(1, tp + fp),
					tp / (double) Math.max(1, pos)));
		}
		System.out.println(curve);
		for (int step = 30; step <= 95; step++) {
			double t = step / 100.0;
			int tp = 0;
			int fp = 0;
			for (int i = 0; i < oof.length; i++) {
				if (oof[i] >= t) {
					if (examples.get(i).labels().contains(code)) {
						tp++;
					}
					else {
						fp++;
					}
				}
			}
			if (tp + fp > 0 && tp / (double) (tp + fp) >= TARGET_PRECISION) {
				return t;
			}
		}
		return 0.95;
	}

	private String write(FindingCode code, double[] w, double threshold) {
		StringBuilder out = new StringBuilder();
		out.append("# Learned model for ").append(code).append(": logistic regression over words and word pairs.\n");
		out.append("# Written by ModelTraining from screening/training/*.jsonl (").append(examples.size())
			.append(" sentences); do not edit by hand, change the sentences and retrain.\n");
		out.append("code ").append(code).append('\n');
		out.append(String.format(Locale.ROOT, "bias %.4f%n", w[names.size()]));
		out.append(String.format(Locale.ROOT, "threshold %.2f%n", threshold));
		List<Integer> kept = new ArrayList<>();
		for (int f = 0; f < names.size(); f++) {
			if (Math.abs(w[f]) >= 0.05) {
				kept.add(f);
			}
		}
		kept.sort((a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : names.get(a).compareTo(names.get(b)));
		for (int f : kept) {
			out.append(String.format(Locale.ROOT, "w %.4f %s%n", w[f], names.get(f)));
		}
		return out.toString();
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
	}

	/** Retrains every model and writes the files. */
	static Map<FindingCode, String> trainAll() {
		ModelTraining training = new ModelTraining(load());
		Map<FindingCode, String> models = new LinkedHashMap<>();
		for (FindingCode code : CODES) {
			models.put(code, training.train(code));
		}
		return models;
	}

}
