package org.lanyard.screening.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis;
import org.lanyard.screening.engine.analysis.TextAnalysis.LexiconHit;
import org.lanyard.screening.engine.lexicon.WordSet;
import org.lanyard.screening.engine.text.Tokens;

/**
 * An incoming comment that criticises a school decision or policy: the school answers by signposting its complaints
 * procedure rather than debating in public (Little Eaton 5.9, Highters Heath). A question, a request or praise is not
 * one, nor is criticism of somebody else's decision (the council's, a referee's) or of other parents.
 * <p>
 * Criticism is mostly two parts, far apart: what the school decided and the writer's judgement of it ("Charging £4 a
 * child for the Christmas disco | is unfair"). {@code complaint.lex} marks such parts with categories beginning
 * {@code part:}; this rule puts them together within a sentence:
 * <ul>
 * <li>a <em>criticism</em> ("is unfair", "makes no sense") judges a <em>school decision</em> before it in the same
 * sentence, with no other "is/was" between them outside a relative clause;</li>
 * <li>an <em>opinion</em> ("I disagree with", "poor planning", "it's ridiculous") judges a school decision anywhere in
 * the sentence; alone as a whole sentence it counts when the comment names a school decision elsewhere ("Another
 * inset day? This is getting beyond a joke.");</li>
 * <li>a <em>request</em> to think again ("Please reconsider", "U-turn now") counts as an opinion does, and also where it
 * stands apart (at the start of its sentence or after punctuation) in a comment that names a school decision elsewhere
 * ("Breakfast club has gone up to £5 a day. Please reconsider, lots of us can't afford it.");</li>
 * <li>an <em>outburst</em> ("Absolutely disgraceful", "Ridiculous") counts when it stands apart (at the start of its
 * sentence or after punctuation) in a sentence that names a school decision, or as a whole sentence when the comment
 * names a school decision elsewhere;</li>
 * <li>an <em>exclamation</em> ("What a shambles", "An absolute farce") counts as an outburst does, and also when it
 * is the whole comment: a reply on the school's own channel that calls what it announced a shambles;</li>
 * <li>a decision after <em>someone else's decision</em> ("the council's", "the referee") in its sentence is theirs, and
 * so is a decision that one owns between it and its criticism ("the price of shoes in the shops is extortionate");</li>
 * <li>a school price that belongs to <em>goods and bills</em> (petrol, energy bills, council tax, the supermarket) is
 * theirs: "The price of petrol has gone up again, ridiculous" is not a complaint to the school, "The school has put the
 * price of dinners up, ridiculous" is;</li>
 * <li>"<em>Who thought</em> ..." counts with "was a good idea" later in its sentence, in a comment that names a school
 * decision or where what was thought a good idea stands between ("Who thought moving pick up to 2.45 was a good
 * idea?", "Who thought a 2pm finish on a Friday was a good idea?"); not "Who thought the nativity would be this
 * good?" nor "Who decided it was a good idea to give my son a drum for his birthday? 😂";</li>
 * <li>a judgement after <em>support</em> ("I fully support the new policy, ...") in its sentence, with no "but"
 * between, is the writer answering somebody else.</li>
 * </ul>
 * Entries without a part are findings alone ("a ridiculous policy", "without asking parents", "formal complaint"),
 * except straight after "if" or "unless" ("If the head won't listen, ..." supposes, it does not criticise);
 * criticism of a decision still falls after someone else's decision ("The council made a terrible decision").
 */
public final class Complaint implements ScreeningRule {

	private static final String PART = "part:";

	private static final String TOPIC = "part: school decision";

	private static final String PRICE = "part: school price";

	private static final String GOODS = "part: goods and bills";

	private static final String CRITICISM = "part: criticism";

	private static final String OPINION = "part: opinion";

	private static final String EXCLAMATION = "part: exclamation";

	private static final String OUTBURST = "part: outburst";

	private static final String REQUEST = "part: request";

	private static final String OTHER = "part: someone else's decision";

	private static final String SUPPORT = "part: support";

	private static final String WHO_THOUGHT = "part: who thought";

	private static final String CRITICISM_OF_DECISION = "criticism of a school decision or policy";

	/** How many words may stand between a school decision and the judgement of it. */
	private static final int MAX_GAP = 20;

	@Override
	public void check(Draft draft, FindingSink sink) {
		if (draft.request().direction() != Direction.INCOMING) {
			return;
		}
		TextAnalysis analysis = draft.analysis();
		List<LexiconHit> hits = analysis.standingHits(FindingCode.COMPLAINT);
		if (hits.isEmpty()) {
			return;
		}
		new Reading(analysis, hits).report(sink);
	}

	/** One comment's parts, put together. */
	private static final class Reading {

		private final TextAnalysis analysis;

		private final Tokens tokens;

		private final List<LexiconHit> topics = new ArrayList<>();

		private final List<LexiconHit> prices = new ArrayList<>();

		private final List<LexiconHit> others = new ArrayList<>();

		private final List<LexiconHit> goods = new ArrayList<>();

		private final List<LexiconHit> whoThought = new ArrayList<>();

		private final List<LexiconHit> supports = new ArrayList<>();

		private final List<LexiconHit> judgements = new ArrayList<>();

		private final List<LexiconHit> whole = new ArrayList<>();

		private final List<Span> spans = new ArrayList<>();

		/**
		 * The topics, others' decisions and support of each sentence (by its first word), in the order of the lists
		 * above: every look below is within one sentence, and a scan of the whole text's parts for each judgement made
		 * a long text quadratic.
		 */
		private final Map<Integer, List<LexiconHit>> topicsBySentence = new HashMap<>();

		private final Map<Integer, List<LexiconHit>> othersBySentence = new HashMap<>();

		private final Map<Integer, List<LexiconHit>> supportsBySentence = new HashMap<>();

		/** The topics that are not somebody else's decision, in list order; made when first needed. */
		private List<LexiconHit> ownTopics;

		private int sentences = -1;

		Reading(TextAnalysis analysis, List<LexiconHit> hits) {
			this.analysis = analysis;
			this.tokens = analysis.tokens();
			for (LexiconHit hit : hits) {
				switch (hit.entry().category()) {
					case TOPIC -> topics.add(hit);
					case PRICE -> prices.add(hit);
					case GOODS -> goods.add(hit);
					case WHO_THOUGHT -> whoThought.add(hit);
					case OTHER -> others.add(hit);
					case SUPPORT -> supports.add(hit);
					default -> {
						if (hit.entry().category().startsWith(PART)) {
							judgements.add(hit);
						}
						else {
							whole.add(hit);
						}
					}
				}
			}
			WordSet links = analysis.words("goods-links");
			for (LexiconHit price : prices) {
				if (!ownedByGoods(price, links)) {
					topics.add(price);
				}
			}
			topics.sort(Comparator.comparingInt(LexiconHit::from));
			bySentence(topics, topicsBySentence);
			bySentence(others, othersBySentence);
			bySentence(supports, supportsBySentence);
		}

		/**
		 * Whether a school price belongs to goods and bills: they overlap ("the cost of living"), the goods stand just
		 * before it as its subject ("Petrol has gone up", "energy bills have doubled", "prices at Tesco have risen": at
		 * most three words between, no punctuation), or follow it after linking words only ("the price of butter", "£3
		 * for a coffee").
		 */
		private boolean ownedByGoods(LexiconHit price, WordSet links) {
			int sentence = tokens.sentenceOf(price.from());
			for (LexiconHit good : goods) {
				if (tokens.sentenceOf(good.from()) != sentence) {
					continue;
				}
				if (good.from() < price.to() && price.from() < good.to()) {
					return true;
				}
				if (good.to() <= price.from() && price.from() - good.to() <= 3 && unbroken(good.to(), price.from())) {
					return true;
				}
				if (good.from() >= price.to() && unbroken(price.to(), good.from())) {
					boolean linked = true;
					for (int t = price.to(); t < good.from() && linked; t++) {
						linked = links.contains(tokens.id(t));
					}
					if (linked && good.from() - price.to() <= 3) {
						return true;
					}
				}
			}
			return false;
		}

		/** Whether no punctuation stands before any of the words {@code from} to {@code to} (both included). */
		private boolean unbroken(int from, int to) {
			for (int t = from; t <= to && t < tokens.count(); t++) {
				if (tokens.has(t, Tokens.BREAK_BEFORE)) {
					return false;
				}
			}
			return true;
		}

		private void bySentence(List<LexiconHit> hits, Map<Integer, List<LexiconHit>> index) {
			for (LexiconHit hit : hits) {
				index.computeIfAbsent(tokens.sentenceOf(hit.from()), s -> new ArrayList<>()).add(hit);
			}
		}

		private static List<LexiconHit> in(Map<Integer, List<LexiconHit>> index, int sentence) {
			return index.getOrDefault(sentence, List.of());
		}

		void report(FindingSink sink) {
			WordSet conditionals = analysis.words("conditionals");
			for (LexiconHit hit : whole) {
				boolean conditional = hit.from() > 0 && !tokens.has(hit.from(), Tokens.BREAK_BEFORE)
						&& conditionals.contains(tokens.id(hit.from() - 1));
				boolean vetoed = conditional
						|| hit.entry().category().equals(CRITICISM_OF_DECISION) && afterOther(hit.from());
				if (!vetoed) {
					spans.add(new Span(hit.from(), hit.to(), hit.entry().category()));
				}
			}
			for (LexiconHit hit : whoThought) {
				int end = turnedPraise(hit);
				if (end > 0 && (anyTopicBesides(hit) || namesWhatWasThought(hit, end))) {
					spans.add(new Span(hit.from(), end, CRITICISM_OF_DECISION));
				}
			}
			WordSet copulas = analysis.words("copulas");
			WordSet relatives = analysis.words("relatives");
			WordSet contrasts = analysis.words("contrast-words");
			for (LexiconHit judgement : judgements) {
				if (answersSupport(judgement, contrasts)) {
					continue;
				}
				LexiconHit topic = switch (judgement.entry().category()) {
					case CRITICISM -> subjectOf(judgement, copulas, relatives);
					case OPINION, REQUEST -> inSentence(judgement, false);
					case EXCLAMATION, OUTBURST -> inSentence(judgement, true);
					default -> null;
				};
				if (topic != null) {
					spans.add(new Span(Math.min(topic.from(), judgement.from()), Math.max(topic.to(), judgement.to()),
							CRITICISM_OF_DECISION));
				}
				else if (!judgement.entry().category().equals(CRITICISM)
						&& (wholeSentence(judgement) || judgement.entry().category().equals(REQUEST) && standsApart(judgement))
						&& (anyTopicBesides(judgement)
								|| judgement.entry().category().equals(EXCLAMATION) && sentences() == 1)) {
					spans.add(new Span(judgement.from(), judgement.to(), CRITICISM_OF_DECISION));
				}
			}
			spans.sort(Comparator.comparingInt(Span::from).thenComparing(Comparator.comparingInt(Span::to).reversed()));
			int reach = -1;
			for (Span span : spans) {
				if (span.to() <= reach) {
					continue;
				}
				reach = span.to();
				int start = tokens.start(span.from());
				int end = tokens.end(span.to() - 1);
				sink.reportText(FindingCode.COMPLAINT, start, end, "\"" + analysis.quote(span.from(), span.to())
						+ "\" criticises a school decision or policy (" + span.category()
						+ "); reply by pointing to the school's complaints procedure.");
			}
		}

		/**
		 * The school decision a criticism judges: the nearest one before it in its sentence, not somebody else's, with
		 * no "is/was" between them except inside a relative clause ("the rule that says children who are late ...").
		 */
		private LexiconHit subjectOf(LexiconHit criticism, WordSet copulas, WordSet relatives) {
			int sentence = tokens.sentenceOf(criticism.from());
			LexiconHit best = null;
			for (LexiconHit topic : in(topicsBySentence, sentence)) {
				if (topic.to() > criticism.from() || tokens.sentenceOf(topic.from()) != sentence
						|| criticism.from() - topic.to() > MAX_GAP || afterOther(topic.from())) {
					continue;
				}
				if (best == null || topic.to() > best.to()) {
					best = topic;
				}
			}
			if (best == null) {
				return null;
			}
			WordSet owners = analysis.words("owner-prepositions");
			// such a word lies between the decision and its criticism, so in their sentence
			for (LexiconHit other : in(othersBySentence, sentence)) {
				// "the price of school shoes in the shops is extortionate": the shops', not the school's; but "the
				// school's policy of following the council's advice" is still the school's
				if (other.from() > best.to() && other.to() <= criticism.from()
						&& owners.contains(tokens.id(other.from() - 1))) {
					return null;
				}
			}
			boolean relative = false;
			for (int t = best.to(); t < criticism.from(); t++) {
				relative |= relatives.contains(tokens.id(t));
				if (!relative && copulas.contains(tokens.id(t))) {
					return null;
				}
			}
			return best;
		}

		/**
		 * A school decision in the same sentence as an opinion, outburst or exclamation, not overlapping it and not
		 * somebody else's; an outburst or exclamation must stand apart, at the start of its sentence or after
		 * punctuation ("They've cancelled the fair, what a joke"; not "my son thought the quiz was unfair").
		 */
		private LexiconHit inSentence(LexiconHit judgement, boolean standsApart) {
			int sentence = tokens.sentenceOf(judgement.from());
			if (standsApart && !tokens.has(judgement.from(), Tokens.BREAK_BEFORE) && judgement.from() != sentence) {
				return null;
			}
			for (LexiconHit topic : in(topicsBySentence, sentence)) {
				boolean overlaps = topic.from() < judgement.to() && judgement.from() < topic.to();
				if (!overlaps && tokens.sentenceOf(topic.from()) == sentence && !afterOther(topic.from())
						&& !ownedBetween(topic, judgement)) {
					return topic;
				}
			}
			return null;
		}

		/**
		 * Whether somebody else owns what lies between a decision and the judgement after it ("£12 for a tub of
		 * chocolates in the shop, daylight robbery": the shop's price, not the school's).
		 */
		private boolean ownedBetween(LexiconHit topic, LexiconHit judgement) {
			if (topic.to() > judgement.from()) {
				return false;
			}
			WordSet owners = analysis.words("owner-prepositions");
			for (LexiconHit other : in(othersBySentence, tokens.sentenceOf(topic.from()))) {
				if (other.from() > topic.to() && other.to() <= judgement.from() && other.from() > 0
						&& owners.contains(tokens.id(other.from() - 1))) {
					return true;
				}
			}
			return false;
		}

		/** Whether somebody else's decision-maker comes before word {@code t} in its sentence. */
		private boolean afterOther(int t) {
			int sentence = tokens.sentenceOf(t);
			for (LexiconHit other : in(othersBySentence, sentence)) {
				if (other.to() <= t && tokens.sentenceOf(other.from()) == sentence) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Where "Who thought ..." ends when the same sentence goes on to "was a good idea" ("Who thought moving pick up
		 * to 2.45 was a good idea?"): the end of "idea", or -1 ("Who thought the nativity would be this good?").
		 */
		private int turnedPraise(LexiconHit hit) {
			WordSet be = analysis.words("idea-be");
			WordSet praise = analysis.words("idea-praise");
			for (int t = hit.to(); t + 3 < tokens.count() && t - hit.to() <= MAX_GAP && !newSentence(t + 3); t++) {
				String article = tokens.folded(t + 1);
				if (be.contains(tokens.id(t)) && (article.equals("a") || article.equals("an"))
						&& praise.contains(tokens.id(t + 2)) && tokens.folded(t + 3).equals("idea")) {
					return t + 4;
				}
			}
			return -1;
		}

		/**
		 * Whether "Who thought X was a good idea" names X itself, so X is what was decided ("Who thought a 2pm finish on
		 * a Friday was a good idea?"), not "it" with the thing after the idea ("Who decided it was a good idea to give
		 * my son a drum?").
		 */
		private boolean namesWhatWasThought(LexiconHit hit, int end) {
			int subject = end - 4 - hit.to();
			if (subject <= 0 || end < tokens.count() && !tokens.has(end, Tokens.BREAK_BEFORE | Tokens.SENTENCE_START)) {
				return false;
			}
			String first = tokens.folded(hit.to());
			return subject > 1 || !(first.equals("it") || first.equals("this") || first.equals("that"));
		}

		/** Whether word {@code t} starts a sentence, a time or a price ("2.45", "£3.50") not counted as one. */
		private boolean newSentence(int t) {
			if (!tokens.has(t, Tokens.SENTENCE_START)) {
				return false;
			}
			String here = tokens.folded(t);
			String before = t > 0 ? tokens.folded(t - 1) : "";
			return here.isEmpty() || before.isEmpty() || !Character.isDigit(here.charAt(0))
					|| !Character.isDigit(before.charAt(before.length() - 1));
		}

		/** Whether praise or agreement comes before the judgement in its sentence, with no "but" between. */
		private boolean answersSupport(LexiconHit judgement, WordSet contrasts) {
			int sentence = tokens.sentenceOf(judgement.from());
			for (LexiconHit support : in(supportsBySentence, sentence)) {
				if (support.to() <= judgement.from() && tokens.sentenceOf(support.from()) == sentence) {
					boolean contrast = false;
					for (int t = support.to(); t < judgement.from() && !contrast; t++) {
						contrast = contrasts.contains(tokens.id(t));
					}
					if (!contrast) {
						return true;
					}
				}
			}
			return false;
		}

		/** Whether the words start their sentence or follow punctuation ("..., please think again"). */
		private boolean standsApart(LexiconHit hit) {
			return hit.from() == tokens.sentenceOf(hit.from()) || tokens.has(hit.from(), Tokens.BREAK_BEFORE);
		}

		private boolean wholeSentence(LexiconHit hit) {
			return hit.from() == tokens.sentenceOf(hit.from())
					&& (hit.to() == tokens.count() || tokens.has(hit.to(), Tokens.SENTENCE_START));
		}

		private int sentences() {
			if (sentences < 0) {
				int count = 0;
				for (int t = 0; t < tokens.count(); t++) {
					count += tokens.has(t, Tokens.SENTENCE_START) || t == 0 ? 1 : 0;
				}
				sentences = count;
			}
			return sentences;
		}

		private boolean anyTopicBesides(LexiconHit judgement) {
			if (ownTopics == null) {
				ownTopics = new ArrayList<>();
				for (LexiconHit topic : topics) {
					if (!afterOther(topic.from())) {
						ownTopics.add(topic);
					}
				}
			}
			for (LexiconHit topic : ownTopics) {
				boolean overlaps = topic.from() < judgement.to() && judgement.from() < topic.to();
				if (!overlaps) {
					return true;
				}
			}
			return false;
		}

	}

	private record Span(int from, int to, String category) {
	}

}
