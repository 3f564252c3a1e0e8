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

	/** Marks an empty slot; a feature whose hash really is 0 is kept aside in {@link #zeroRow}. */
	private static final long EMPTY = 0L;

	private final List<LearnedModel> models;

	private final int n;

	private final double[] biases;

	private final long[] keys;

	/** The weights of the feature in slot {@code s} are {@code weights[s * n .. s * n + n)}, one per model. */
	private final float[] weights;

	private final int mask;

	/** The weights of the feature with hash 0, if any model has one; null otherwise. */
	private float[] zeroRow;

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
		this.weights = new float[capacity * Math.max(1, n)];
		this.mask = capacity - 1;
		for (int m = 0; m < n; m++) {
			int model = m;
			this.models.get(m).weights().forEach((key, value) -> put(key, model, value));
		}
	}

	public List<LearnedModel> models() {
		return models;
	}

	private void put(long key, int model, float value) {
		if (key == EMPTY) {
			zeroRow = zeroRow == null ? new float[n] : zeroRow;
			zeroRow[model] = value;
			return;
		}
		int slot = slot(key);
		while (keys[slot] != EMPTY && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		weights[slot * n + model] = value;
	}

	/**
	 * Every model's log-odds for the words {@code [from, to)}, into {@code z} (one per model, in order): the probability
	 * {@link LearnedModel#probability} gives is {@code 1 / (1 + exp(-z[m]))}.
	 */
	public void logits(Tokens tokens, int from, int to, double[] z) {
		System.arraycopy(biases, 0, z, 0, n);
		long previous = 0;
		for (int t = from; t < to; t++) {
			long word = tokens.wordHash(t);
			add(word, z);
			if (t > from) {
				add(Features.pair(previous, word), z);
			}
			previous = word;
		}
	}

	/** Adds each model's weight of one feature; a feature no model knows adds nothing (as adding 0 would). */
	private void add(long key, double[] z) {
		if (key == EMPTY) {
			if (zeroRow != null) {
				for (int m = 0; m < n; m++) {
					z[m] += zeroRow[m];
				}
			}
			return;
		}
		int slot = slot(key);
		while (true) {
			long k = keys[slot];
			if (k == key) {
				int row = slot * n;
				for (int m = 0; m < n; m++) {
					z[m] += weights[row + m];
				}
				return;
			}
			if (k == EMPTY) {
				return;
			}
			slot = (slot + 1) & mask;
		}
	}

	private int slot(long key) {
		long h = key * 0xff51afd7ed558ccdL;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
