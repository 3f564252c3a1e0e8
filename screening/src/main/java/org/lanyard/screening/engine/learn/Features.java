package org.lanyard.screening.engine.learn;

import org.lanyard.screening.engine.text.Tokens;

/** How a learned model names its features: a word's hash, and a pair of neighbouring words' combined hash. */
public final class Features {

	private Features() {
	}

	/** The feature of two neighbouring words. */
	public static long pair(long first, long second) {
		long h = first * 0x9E3779B97F4A7C15L + second;
		return h ^ (h >>> 29);
	}

	/** The feature a model file names: one folded word, or two separated by a space. */
	public static long hashOf(String feature) {
		int space = feature.indexOf(' ');
		if (space < 0) {
			return Tokens.hashOf(feature);
		}
		return pair(Tokens.hashOf(feature.substring(0, space)), Tokens.hashOf(feature.substring(space + 1)));
	}

}
