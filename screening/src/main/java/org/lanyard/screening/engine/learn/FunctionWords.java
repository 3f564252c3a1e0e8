package org.lanyard.screening.engine.learn;

import java.util.Set;

/**
 * Words too common to be evidence on their own. A learned finding must rest on at least one word of substance among
 * the words that weighed most: "please bring him to" or "coming soon" never tip a sentence by themselves, while "I'll
 * find you" (find) or "send pics" still do. The models keep these words as features, because "I'll", "you" and
 * "your" carry much of what makes a sentence a threat.
 */
final class FunctionWords {

	private static final Set<String> WORDS = Set.of("a", "an", "the", "to", "of", "and", "or", "but", "in", "on", "at",
			"for", "with", "from", "by", "up", "out", "off", "over", "into", "about", "as", "than", "so", "if", "then",
			"that", "this", "these", "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been",
			"being", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "shall",
			"may", "might", "must", "i", "im", "ive", "ill", "id", "me", "my", "we", "us", "our", "you", "your", "youre",
			"youll", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theyre", "what", "which", "who",
			"whom", "when", "where", "why", "how", "all", "any", "some", "no", "not", "just", "very", "too", "also",
			"again", "still", "now", "get", "got", "go", "going", "come", "coming", "soon", "one", "mr", "mrs", "miss",
			"ms", "mx", "dr", "please", "thanks", "thank", "today", "s", "t", "x", "like", "bring", "take", "say", "says",
			"said", "tell", "told", "make", "made", "let", "see", "know", "think", "want", "need", "way", "lot", "head",
			"class", "school", "year", "day", "time", "kid", "kids", "son", "daughter", "child", "children");

	private FunctionWords() {
	}

	static boolean contains(String folded) {
		return WORDS.contains(folded.replace("'", ""));
	}

}
