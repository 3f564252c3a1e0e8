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
 * <li>at the start of a sentence, or for a season or month, it is a name only with evidence that a person is meant
 * (see {@link #evidenceAfter}): a greeting or thanks before it ("well done Summer"); a verb of doing after it
 * ("Hope scored", "Pat showing off her medal", "Rose proudly presenting"); an aside that describes a child
 * ("Storm, Year 6, with her medal", "Grace (aged 6)"); "with her" or "and" another child's name ("Holly and
 * Ellis").</li>
 * </ul>
 * A pupil's surname alone is read the same way, and after a word of place ("a trip to London") it is the place.
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

	private final WordSet pronouns;

	private final WordSet asides;

	private final WordSet auxiliaries;

	private final WordSet roles;

	private final WordSet placeBefore;

	private final int with;

	private final int and;

	private final int been;

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
		this.pronouns = lexicon.set("person-pronouns");
		this.asides = lexicon.set("aside-words");
		this.auxiliaries = lexicon.set("auxiliaries");
		this.roles = lexicon.set("child-roles");
		this.placeBefore = lexicon.set("place-before");
		this.with = lexicon.vocabulary().id("with");
		this.and = lexicon.vocabulary().id("and");
		this.been = lexicon.vocabulary().id("been");
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
		boolean curated = ordinaryWords.contains(tokens.base(from));
		if (to - from > 1 || !(curated || EnglishWords.contains(tokens.folded(from)))) {
			return true;
		}
		int t = from;
		int id = tokens.base(t);
		if (titleBefore(tokens, t)) {
			return true;
		}
		if (!tokens.capitalised(t)) {
			// a word only the dictionary knows ("tom") is still a name when someone is addressed: "Brilliant work, tom!"
			return !curated && addressed(tokens, t);
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
		return cueBefore || evidenceAfter(tokens, t, alwaysCapitalised.contains(id));
	}

	/**
	 * Whether a pupil's surname alone at words {@code [from, to)} names the pupil: as for any single name, and never after a word
	 * of place ("our trip to London", "the Tower of London"), where it is the place that shares the name.
	 */
	public boolean isSurname(Tokens tokens, int from, int to) {
		boolean joinedBefore = from > 0 && !tokens.has(from, Tokens.BREAK_BEFORE);
		if (joinedBefore && placeBefore.contains(tokens.id(from - 1))) {
			return false;
		}
		return isName(tokens, from, to);
	}

	/**
	 * Whether the words after a capitalised name at {@code t} show that a person is meant ("Hope scored", "Pat
	 * showing off her medal", "Rose proudly presenting", "Storm, Year 6, ...", "Storm with her medal", "Holly and
	 * Ellis", "Amber has won", "River is our star of the week"). A word ending in -ing counts as a person doing
	 * something except after a season or month ("Summer reading", "Spring cleaning"), whose -ing words are the
	 * activities of the season; those need a verb from the list.
	 */
	private boolean evidenceAfter(Tokens tokens, int t, boolean season) {
		int n = t + 1;
		if (n >= tokens.count() || tokens.has(n, Tokens.SENTENCE_START)) {
			return false;
		}
		if (separatedBy(tokens, t, n)) {
			// an aside about a child: "Storm, Year 6, ...", "Grace (aged 6)", "River, 4, ...", "Amber, who ...",
			// "Summer (left)", "Miles - winner of ...", "Miles, our Year 4 captain, ..."
			return asides.contains(tokens.id(n)) || tokens.has(n, Tokens.NUMBER) || roles.contains(tokens.id(n))
					|| roleWithin(tokens, n + 1, 4);
		}
		if (tokens.has(n, Tokens.BREAK_BEFORE)) {
			return false;
		}
		int word = tokens.id(n);
		if (doingVerbs.contains(word) || !season && participle(tokens, n)) {
			return true;
		}
		boolean afterJoined = n + 1 < tokens.count() && !tokens.has(n + 1, Tokens.BREAK_BEFORE);
		if (!afterJoined) {
			return false;
		}
		int then = tokens.id(n + 1);
		if (season && participle(tokens, n)) {
			// "Summer practising her lines", not "Autumn bringing its colours"
			return pronouns.contains(then);
		}
		if (adverb(tokens, n)) {
			// "Rose proudly presenting", "Amber carefully painted"
			return doingVerbs.contains(then) || !season && participle(tokens, n + 1);
		}
		if (word == with && word >= 0) {
			return pronouns.contains(then);
		}
		if (word == and && word >= 0) {
			// another child's name: capitalised, and no ordinary word ("Holly and Ellis", not "Holly and Ivy"), or a
			// name that is a word but does something ("Hope and Grace sharing a story")
			if (!tokens.capitalised(n + 1) || tokens.allCaps(n + 1) || alwaysCapitalised.contains(tokens.base(n + 1))) {
				return false;
			}
			if (!ordinaryWords.contains(tokens.base(n + 1))) {
				return true;
			}
			int after = n + 2;
			return after < tokens.count() && !tokens.has(after, Tokens.BREAK_BEFORE)
					&& (doingVerbs.contains(tokens.id(after)) || participle(tokens, after));
		}
		if (auxiliaries.contains(word)) {
			// "Amber has won", "River was chosen", "Autumn has been picked", "Hope is our star of the week"
			boolean passive = then == been && then >= 0 && n + 2 < tokens.count()
					&& !tokens.has(n + 2, Tokens.BREAK_BEFORE) && doingVerbs.contains(tokens.id(n + 2));
			return passive || doingVerbs.contains(then) || roles.contains(then) || roleWithin(tokens, n + 2, 2);
		}
		return false;
	}

	/** Whether a child's role ("captain", "winner") stands among the {@code count} words from {@code from}, unbroken. */
	private boolean roleWithin(Tokens tokens, int from, int count) {
		for (int k = from; k < Math.min(from + count, tokens.count()) && !tokens.has(k, Tokens.BREAK_BEFORE); k++) {
			if (roles.contains(tokens.id(k))) {
				return true;
			}
		}
		return false;
	}

	/** Whether punctuation that opens an aside (comma, bracket, dash, colon) stands between words {@code a} and {@code b}. */
	private static boolean separatedBy(Tokens tokens, int a, int b) {
		String original = tokens.text().original();
		for (int i = tokens.end(a); i < tokens.start(b) && i < original.length(); i++) {
			char c = original.charAt(i);
			if (c == ',' || c == '(' || c == '-' || c == '\u2013' || c == '\u2014' || c == ':') {
				return true;
			}
		}
		return false;
	}

	/** A present participle of some length ("showing", "holding"), not a word that makes a name the word. */
	private boolean participle(Tokens tokens, int t) {
		if (wordAfter.contains(tokens.id(t)) || tokens.has(t, Tokens.NUMBER)) {
			return false;
		}
		String word = tokens.folded(t);
		return word.length() >= 5 && word.endsWith("ing");
	}

	/** An adverb of manner ("proudly", "happily"): a word of some length ending in -ly. */
	private static boolean adverb(Tokens tokens, int t) {
		String word = tokens.folded(t);
		return word.length() >= 5 && word.endsWith("ly");
	}

	/** The word stands alone after a comma at the end of its sentence, as a person addressed does. */
	private static boolean addressed(Tokens tokens, int t) {
		boolean last = t + 1 == tokens.count() || tokens.has(t + 1, Tokens.SENTENCE_START);
		return t > 0 && tokens.has(t, Tokens.BREAK_BEFORE) && last;
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
