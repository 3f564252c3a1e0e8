package org.lanyard.screening.engine.learn;

/** An open-addressing map from a feature's 64-bit hash to its weight: no boxing, one array probe per lookup. */
final class FeatureTable {

	private long[] keys;

	private float[] values;

	private boolean[] used;

	private int size;

	FeatureTable(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
		keys = new long[capacity];
		values = new float[capacity];
		used = new boolean[capacity];
	}

	void put(long key, float value) {
		if ((size + 1) * 2 > keys.length) {
			grow();
		}
		int slot = slot(key);
		while (used[slot] && keys[slot] != key) {
			slot = (slot + 1) & (keys.length - 1);
		}
		if (!used[slot]) {
			used[slot] = true;
			keys[slot] = key;
			size++;
		}
		values[slot] = value;
	}

	/** The weight of a feature, or 0 when the model does not know it. */
	float get(long key) {
		int mask = keys.length - 1;
		int slot = slot(key);
		while (used[slot]) {
			if (keys[slot] == key) {
				return values[slot];
			}
			slot = (slot + 1) & mask;
		}
		return 0;
	}

	int size() {
		return size;
	}

	/** Visits every feature and its weight, in no set order. */
	void forEach(Visitor visitor) {
		for (int i = 0; i < keys.length; i++) {
			if (used[i]) {
				visitor.visit(keys[i], values[i]);
			}
		}
	}

	interface Visitor {

		void visit(long key, float value);

	}

	private int slot(long key) {
		long h = key * 0xff51afd7ed558ccdL;
		return (int) (h ^ (h >>> 32)) & (keys.length - 1);
	}

	private void grow() {
		long[] oldKeys = keys;
		float[] oldValues = values;
		boolean[] oldUsed = used;
		keys = new long[oldKeys.length * 2];
		values = new float[oldKeys.length * 2];
		used = new boolean[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldUsed[i]) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

}
