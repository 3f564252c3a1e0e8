package org.lanyard.screening.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Phrases as paths of word ids (a trie over words, not letters), so a phrase can only ever match whole words. Each
 * phrase ends at a node that carries values (what the phrase means to the caller). Immutable once built.
 */
public final class PhraseIndex {

	private final int[] rootChildren;

	private final long[] edgeKeys;

	private final int[] edgeChildren;

	private final int edgeMask;

	private final int[][] values;

	private PhraseIndex(int[] rootChildren, long[] edgeKeys, int[] edgeChildren, int[][] values) {
		this.rootChildren = rootChildren;
		this.edgeKeys = edgeKeys;
		this.edgeChildren = edgeChildren;
		this.edgeMask = edgeKeys.length - 1;
		this.values = values;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The node reached from the root by the word {@code id}, or -1. */
	public int start(int id) {
		return id >= 0 && id < rootChildren.length ? rootChildren[id] : -1;
	}

	/** The node reached from {@code node} by the word {@code id}, or -1. */
	public int next(int node, int id) {
		if (id < 0) {
			return -1;
		}
		long key = ((long) node << 32) | id;
		int slot = mix(key) & edgeMask;
		while (true) {
			long k = edgeKeys[slot];
			if (k == -1L) {
				return -1;
			}
			if (k == key) {
				return edgeChildren[slot];
			}
			slot = (slot + 1) & edgeMask;
		}
	}

	/** The values of phrases ending at this node; empty when none ends here. */
	public int[] values(int node) {
		return values[node];
	}

	public boolean isEmpty() {
		return values.length <= 1;
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	/** Adds phrases (sequences of word ids) one by one. */
	public static final class Builder {

		private static final int[] NONE = new int[0];

		private final List<int[]> nodeValues = new ArrayList<>(List.of(NONE));

		private final java.util.HashMap<Long, Integer> edges = new java.util.HashMap<>();

		private int maxRootId = -1;

		/** Adds a phrase; the same phrase added twice keeps both values. */
		public void add(int[] words, int value) {
			int node = 0;
			for (int word : words) {
				long key = ((long) node << 32) | word;
				Integer child = edges.get(key);
				if (child == null) {
					child = nodeValues.size();
					nodeValues.add(NONE);
					edges.put(key, child);
				}
				maxRootId = node == 0 ? Math.max(maxRootId, word) : maxRootId;
				node = child;
			}
			int[] old = nodeValues.get(node);
			for (int v : old) {
				if (v == value) {
					return;
				}
			}
			int[] grown = Arrays.copyOf(old, old.length + 1);
			grown[old.length] = value;
			nodeValues.set(node, grown);
		}

		public PhraseIndex build() {
			int[] root = new int[maxRootId + 1];
			Arrays.fill(root, -1);
			int size = Integer.highestOneBit(Math.max(16, edges.size() * 2)) << 1;
			long[] keys = new long[size];
			Arrays.fill(keys, -1L);
			int[] children = new int[size];
			edges.forEach((key, child) -> {
				if ((key >>> 32) == 0) {
					root[(int) (long) key] = child;
				}
				else {
					int slot = mix(key) & (size - 1);
					while (keys[slot] != -1L) {
						slot = (slot + 1) & (size - 1);
					}
					keys[slot] = key;
					children[slot] = child;
				}
			});
			return new PhraseIndex(root, keys, children, nodeValues.toArray(new int[0][]));
		}

	}

}
