package org.lanyard.screening.engine.learn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lanyard.screening.engine.text.Tokens;

/**
 * Several learned models scored together. Scoring them one by one hashes every word once per model and probes one
 * table per model; here each word and pair is hashed once and looked up once, in one table that holds every model's
 * weight for the feature side by side. The sums are the very ones {@link LearnedModel#probability} makes, term by
 * term in the same order, so the probabilities are identical to the last bit. Immutable and shared between threads.
 */
public final class ModelSet {

	/** Marks an empty slot; a feature whose hash really is 0 is kept aside in {@link #zeroSlot}. */
	private static final long EMPTY = 0L;

	private final List<LearnedModel> models;

	private final int n;

	private final double[] biases;

	private final long[] keys;

	/**
	 * The weights of the feature in slot {@code s} are {@code weights[s * n .. s * n + n)}, one per model. The feature
	 * whose hash is 0 (the empty mark) has the row after the last slot, {@link #zeroSlot}.
	 */
	private final float[] weights;

	private final int mask;

	private final int zeroSlot;

	public ModelSet(List<LearnedModel> models) {
		this.models = List.copyOf(models);
		this.n = this.models.size();
		this.biases = new double[n];
		// the models share most of their features: the table is sized by the distinct ones, a quarter to half full
		Set<Long> distinct = new HashSet<>();
		for (int m = 0; m < n; m++) {
			biases[m] = this.models.get(m).bias();
			this.models.get(m).weights().forEach((key, value) -> distinct.add(key));
		}
		int capacity = Integer.highestOneBit(Math.max(16, distinct.size() * 2 - 1)) << 1;
		this.keys = new long[capacity];
		this.weights = new float[(capacity + 1) * n];
		this.mask = capacity - 1;
		this.zeroSlot = distinct.contains(EMPTY) ? capacity : -1;
		for (int m = 0; m < n; m++) {
			int model = m;
			this.models.get(m).weights().forEach((key, value) -> put(key, model, value));
		}
	}

	public List<LearnedModel> models() {
		return models;
	}

	/** Scores sentences of one text; holds the scratch space, so one per screening and thread. */
	public Scorer scorer() {
		return new Scorer();
	}

	private void put(long key, int model, float value) {
		int slot = zeroSlot;
		if (key != EMPTY) {
			slot = slot(key);
			while (keys[slot] != EMPTY && keys[slot] != key) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
		}
		weights[slot * n + model] = value;
	}

	/** The slot of a feature some model knows, or -1 when none does. */
	private int find(long key) {
		if (key == EMPTY) {
			return zeroSlot;
		}
		int slot = slot(key);
		while (true) {
			long k = keys[slot];
			if (k == key) {
				return slot;
			}
			if (k == EMPTY) {
				return -1;
			}
			slot = (slot + 1) & mask;
		}
	}

	/**
	 * Scores a sentence in two steps: first every feature is looked up once, noting the slots of the known ones in
	 * order; then each model sums its weights of those slots in that order, in a local variable. The sum is the one
	 * {@link LearnedModel#probability} makes term by term (a feature no model knows adds 0, which changes no sum).
	 */
	public final class Scorer {

		private int[] found = new int[64];

		private final double[] z = new double[n];

		/**
		 * Every model's log-odds for the words {@code [from, to)}, one per model in order (the array is reused by the
		 * next call): the probability {@link LearnedModel#probability} gives is {@code 1 / (1 + exp(-z[m]))}.
		 */
		public double[] logits(Tokens tokens, int from, int to) {
			int count = 0;
			if (found.length < 2 * (to - from)) {
				found = new int[2 * (to - from)];
			}
			long previous = 0;
			for (int t = from; t < to; t++) {
				long word = tokens.wordHash(t);
				int slot = find(word);
				if (slot >= 0) {
					found[count++] = slot;
				}
				if (t > from) {
					slot = find(Features.pair(previous, word));
					if (slot >= 0) {
						found[count++] = slot;
					}
				}
				previous = word;
			}
			for (int m = 0; m < n; m++) {
				double sum = biases[m];
				for (int k = 0; k < count; k++) {
					sum += weights[found[k] * n + m];
				}
				z[m] = sum;
			}
			return z;
		}

	}

	private int slot(long key) {
		long h = key * 0xff51afd7ed558ccdL;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
