package org.lanyard.screening.engine.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.lexicon.Lexicon;
import org.lanyard.screening.engine.lexicon.WordSet;
import org.lanyard.screening.engine.text.Tokens;

/**
 * Tells a name from the ordinary word it also is: "Hope scored twice" against "we hope", "Autumn's painting" against
 * "Autumn term", "Miles won" against "two miles". Decided by the writer's capital letter, the words on either side
 * and the place in the sentence, from the lists in {@code names.lex}:
 * <ul>
 * <li>a name that is no ordinary word (Ayesha, Tom) is always a name;</li>
 * <li>in lower case, an ordinary word is the word ("we hope");</li>
 * <li>after a determiner or preposition ("the", "this", "in", "two") or before a word it goes with ("term", "fair",
 * "zoo", a number) it is the word;</li>
 * <li>possessive, it is a name ("Autumn's"), unless an {@code 's} that means "is" ("Summer's here");</li>
 * <li>capitalised mid-sentence it is a name, except seasons and months, which English capitalises anyway;</li>
 * <li>at the start of a sentence, or for a season or month, it is a name only with evidence: a verb of doing after
 * it ("Hope scored") or a greeting or thanks before it ("well done Summer").</li>
 * </ul>
 */
public final class NameSense {

	private final WordSet ordinaryWords;

	private final Map<Integer, WordSet> partners = new HashMap<>();

	private final WordSet wordBefore;

	private final WordSet wordAfter;

	private final WordSet doingVerbs;

	private final WordSet nameCues;

	private final WordSet alwaysCapitalised;

	private final WordSet notPossessive;

	private final WordSet titles;

	public NameSense(Lexicon lexicon) {
		this.ordinaryWords = lexicon.set("names-as-words");
		for (String line : lexicon.list("names-as-words")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				List<String> head = Lexicon.words(line.substring(0, colon));
				List<String> tail = Lexicon.words(line.substring(colon + 1));
				WordSet set = WordSet.of(tail.stream().map(lexicon.vocabulary()::id).toList());
				head.forEach(word -> partners.put(lexicon.vocabulary().id(word), set));
			}
		}
		this.wordBefore = lexicon.set("word-sense-before");
		this.wordAfter = lexicon.set("word-sense-after");
		this.doingVerbs = lexicon.set("doing-verbs");
		this.nameCues = lexicon.set("name-cues");
		this.alwaysCapitalised = lexicon.set("seasons-and-months");
		this.notPossessive = lexicon.set("is-not-possessive");
		this.titles = lexicon.set("titles");
	}

	/** Whether the word is an ordinary English word as well as a name. */
	public boolean isOrdinaryWord(int id) {
		return ordinaryWords.contains(id);
	}

	/** Whether the word at {@code t} is a title (Mr, Mrs, Dr) and the word after it follows without punctuation. */
	public boolean titleBefore(Tokens tokens, int t) {
		return t > 0 && titles.contains(tokens.id(t - 1)) && !tokens.has(t, Tokens.BREAK_BEFORE);
	}

	/** Whether the single name at words {@code [from, to)} is used as a name. */
	public boolean isName(Tokens tokens, int from, int to) {
		if (to - from > 1 || !ordinaryWords.contains(tokens.base(from))) {
			return true;
		}
		int t = from;
		int id = tokens.base(t);
		if (titleBefore(tokens, t)) {
			return true;
		}
		if (!tokens.capitalised(t)) {
			return false;
		}
		int next = t + 1 < tokens.count() && !tokens.has(t + 1, Tokens.BREAK_BEFORE) ? t + 1 : -1;
		if (tokens.has(t, Tokens.POSSESSIVE)) {
			return next < 0 || !notPossessive.contains(tokens.id(next));
		}
		boolean joinedBefore = t > 0 && !tokens.has(t, Tokens.BREAK_BEFORE);
		if (joinedBefore && (wordBefore.contains(tokens.id(t - 1)) || tokens.has(t - 1, Tokens.NUMBER))) {
			return false;
		}
		if (next >= 0 && (wordAfter.contains(tokens.id(next)) || tokens.has(next, Tokens.NUMBER)
				|| partners.getOrDefault(id, WordSet.empty()).contains(tokens.id(next)))) {
			return false;
		}
		boolean needsEvidence = tokens.has(t, Tokens.SENTENCE_START) || tokens.allCaps(t)
				|| alwaysCapitalised.contains(id);
		if (!needsEvidence) {
			return true;
		}
		boolean cueBefore = t > 0 && !tokens.has(t, Tokens.SENTENCE_START) && nameCues.contains(tokens.id(t - 1));
		return cueBefore || next >= 0 && doingVerbs.contains(tokens.id(next));
	}

	/** Whether a full name is used as one: not when both names are ordinary words in lower case after "the", "in". */
	public boolean isFullName(Tokens tokens, int from, int to) {
		if (!ordinaryWords.contains(tokens.base(from)) || !ordinaryWords.contains(tokens.base(to - 1))) {
			return true;
		}
		if (tokens.capitalised(from) || tokens.capitalised(to - 1)) {
			return true;
		}
		return !(from > 0 && !tokens.has(from, Tokens.BREAK_BEFORE) && wordBefore.contains(tokens.id(from - 1)));
	}

	/**
	 * Whether a word that is also somebody's name (or a rude word that is a surname, like Dick) is used as a name here:
	 * after a title, possessive and capitalised, capitalised mid-sentence, or capitalised before another capitalised
	 * word ("Dick Whittington"). Capitals in a shouted text say nothing.
	 */
	public boolean capitalisedAsName(Tokens tokens, int t) {
		if (titleBefore(tokens, t)) {
			return true;
		}
		if (tokens.allCaps(t) || !tokens.capitalised(t)) {
			return false;
		}
		if (tokens.has(t, Tokens.POSSESSIVE) || !tokens.has(t, Tokens.SENTENCE_START)) {
			return true;
		}
		int next = t + 1;
		return next < tokens.count() && !tokens.has(next, Tokens.BREAK_BEFORE) && tokens.capitalised(next)
				&& !tokens.allCaps(next);
	}

}
