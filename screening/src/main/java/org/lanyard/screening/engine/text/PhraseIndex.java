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

	/** One bit per node: whether any phrase ends there. Most nodes a text reaches end none, and this stays in cache. */
	private final long[] ends;

	private static final int[] NO_VALUES = new int[0];

	/**
	 * A Bloom filter over the edges (two bits of one 64-bit word per edge), read before the edge table: most words
	 * lead nowhere from most nodes, and the edge table of a large lexicon is far bigger than any cache, so a probe of
	 * it costs a trip to memory where the filter, under a byte per edge, mostly stays in cache. A filter never says no
	 * to an edge that exists, so {@link #next} answers exactly as without it.
	 */
	private final long[] filter;

	private final int filterMask;

	private PhraseIndex(int[] rootChildren, long[] edgeKeys, int[] edgeChildren, int[][] values, long[] filter) {
		this.rootChildren = rootChildren;
		this.edgeKeys = edgeKeys;
		this.edgeChildren = edgeChildren;
		this.edgeMask = edgeKeys.length - 1;
		this.values = values;
		this.ends = new long[(values.length >>> 6) + 1];
		for (int node = 0; node < values.length; node++) {
			if (values[node].length > 0) {
				ends[node >>> 6] |= 1L << node;
			}
		}
		this.filter = filter;
		this.filterMask = filter.length - 1;
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
		long bits = filterBits(key);
		if ((filter[filterWord(key) & filterMask] & bits) != bits) {
			return -1;
		}
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
		return (ends[node >>> 6] & 1L << node) != 0 ? values[node] : NO_VALUES;
	}

	public boolean isEmpty() {
		return values.length <= 1;
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	/** The filter word of an edge: from a second multiplier, so it does not follow the edge table's slot. */
	private static int filterWord(long key) {
		long h = key * 0xC2B2AE3D27D4EB4FL;
		return (int) (h >>> 40);
	}

	/** The two bits an edge sets in its filter word. */
	private static long filterBits(long key) {
		long h = key * 0x165667B19E3779F9L;
		return 1L << (h >>> 58) | 1L << ((h >>> 52) & 63);
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
			// four to eight bits per edge: about one probe in eight for a missing edge gets past the filter
			long[] filter = new long[Integer.highestOneBit(Math.max(1, edges.size() / 16)) << 1];
			edges.forEach((key, child) -> {
				if ((key >>> 32) == 0) {
					root[(int) (long) key] = child;
				}
				else {
					filter[filterWord(key) & (filter.length - 1)] |= filterBits(key);
					int slot = mix(key) & (size - 1);
					while (keys[slot] != -1L) {
						slot = (slot + 1) & (size - 1);
					}
					keys[slot] = key;
					children[slot] = child;
				}
			});
			return new PhraseIndex(root, keys, children, nodeValues.toArray(new int[0][]), filter);
		}

	}

}
