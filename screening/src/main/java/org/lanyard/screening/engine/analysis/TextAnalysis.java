package org.lanyard.screening.engine.analysis;

import java.util.ArrayList;
import java.util.List;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.lexicon.LexiconEntry;
import org.lanyard.screening.engine.lexicon.WordSet;
import org.lanyard.screening.engine.names.NameEntry;
import org.lanyard.screening.engine.text.PhraseIndex;
import org.lanyard.screening.engine.text.Tokens;

/**
 * One text as read for one school: its words, every lexicon phrase and roster name found in it, and (on demand) the
 * matches that stand as findings once context has had its say. Lives for one screening, on one thread.
 */
public final class TextAnalysis {

	private static final int MAX_FILLERS = 2;

	private final TextAnalyser analyser;

	private final Tokens tokens;

	private final Direction direction;

	private final List<LexiconHit> lexiconHits = new ArrayList<>();

	/**
	 * The roster names found, as the name's phrase value and its words {@code [from, to)}, side by side in arrays: a
	 * long text finds tens of thousands (each "hope" is every pupil called Hope), and most are looked at only to be
	 * passed over. {@link #nameHits()} makes them into records when asked.
	 */
	private int[] nameSpans = new int[3 * 64];

	private int nameCount;

	private List<NameHit> nameHits;

	private Findings findings;

	private NameMentions mentions;

	TextAnalysis(TextAnalyser analyser, Tokens tokens, Direction direction) {
		this.analyser = analyser;
		this.tokens = tokens;
		this.direction = direction;
		this.fillers = analyser.fillers();
		this.gapStops = analyser.lexicon().set("gap-stops");
		this.gapWord = analyser.lexicon().gapWord();
		this.endWord = analyser.lexicon().endWord();
		this.maxGap = analyser.lexicon().maxGap();
		PhraseIndex shared = analyser.lexicon().phrases();
		PhraseIndex school = analyser.schoolPhrases();
		// right to left, so the class slots a phrase meets further on are already filled when it gets there
		for (int p = tokens.count() - 1; p >= 0; p--) {
			int id = tokens.id(p);
			if (id >= 0) {
				walk(shared, shared.start(id), p, p + 1, 0, true, true);
				walk(school, school.start(id), p, p + 1, 0, true, false);
				int base = tokens.base(p);
				if (base != id) {
					walk(shared, shared.start(base), p, p + 1, 0, true, true);
					walk(school, school.start(base), p, p + 1, 0, true, false);
				}
			}
			for (int c = slotHead(p); c >= 0; c = slotNext[c]) {
				walk(shared, shared.start(slotWord[c]), p, slotEnd[c], 0, true, true);
			}
		}
	}

	/**
	 * Follows the words from {@code q} along the index from {@code node}, reporting every phrase that ends on the way.
	 * A phrase never runs over punctuation; a class slot takes any member of its class found at that place; up to two
	 * filler words ("really", "so") may stand between a phrase's words.
	 */
	private void walk(PhraseIndex index, int node, int p, int q, int skipped, boolean report, boolean shared) {
		if (node < 0) {
			return;
		}
		if (report) {
			for (int value : index.values(node)) {
				record(value, p, q, shared);
			}
		}
		boolean clauseEnds = q >= tokens.count() || tokens.has(q, Tokens.BREAK_BEFORE);
		if (shared && report) {
			// "$": the phrase holds only where the clause ends ("or else." but not "or else you'll miss the bus")
			if (clauseEnds) {
				int end = index.next(node, endWord);
				if (end >= 0) {
					for (int value : index.values(end)) {
						record(value, p, q, shared);
					}
				}
			}
			else {
				gap(index, index.next(node, gapWord), p, q, skipped);
			}
		}
		if (clauseEnds) {
			return;
		}
		walk(index, index.next(node, tokens.id(q)), p, q + 1, skipped, true, shared);
		if (tokens.base(q) != tokens.id(q)) {
			walk(index, index.next(node, tokens.base(q)), p, q + 1, skipped, true, shared);
		}
		if (shared) {
			for (int c = slotHead(q); c >= 0; c = slotNext[c]) {
				walk(index, index.next(node, slotWord[c]), p, slotEnd[c], skipped, true, shared);
			}
		}
		// a filler may be skipped even where some phrase goes on with the filler itself: otherwise one entry with
		// "is a total joke" (complaint) would stop "is a <insult>" from matching "is a total twat" (offensive)
		if (skipped < MAX_FILLERS && fillers.contains(tokens.id(q))) {
			walk(index, node, p, q + 1, skipped + 1, false, shared);
		}
	}

	/**
	 * "~": one to {@code maxGap} words of any kind stand here ("I'll find you and kill you" from "i'll ~ and kill"),
	 * never over punctuation and never over a word of the {@code gap-stops} list ("not", "and", "if"), so a gap cannot
	 * swallow a negation or a second clause.
	 */
	private void gap(PhraseIndex index, int node, int p, int q, int skipped) {
		if (node < 0) {
			return;
		}
		for (int k = 0; k < maxGap && q + k < tokens.count(); k++) {
			if (k > 0 && tokens.has(q + k, Tokens.BREAK_BEFORE) || gapStops.contains(tokens.id(q + k))) {
				return;
			}
			// the gap node ends no phrase (a pattern never ends in a gap), so nothing to report before the next word
			walk(index, node, p, q + k + 1, skipped, false, true);
		}
	}

	private final WordSet fillers;

	private final WordSet gapStops;

	private final int gapWord;

	private final int endWord;

	private final int maxGap;

	private int[] slotHeads;

	private int[] slotWord = new int[0];

	private int[] slotEnd = new int[0];

	private int[] slotNext = new int[0];

	private int slots;

	private int slotHead(int p) {
		return slotHeads == null ? -1 : slotHeads[p];
	}

	/** Notes that a member of the class whose slot word is {@code word} fills words {@code [from, to)}. */
	private void addSlot(int word, int from, int to) {
		if (slotHeads == null) {
			slotHeads = new int[tokens.count()];
			java.util.Arrays.fill(slotHeads, -1);
		}
		if (slots == slotWord.length) {
			int size = Math.max(8, slots * 2);
			slotWord = java.util.Arrays.copyOf(slotWord, size);
			slotEnd = java.util.Arrays.copyOf(slotEnd, size);
			slotNext = java.util.Arrays.copyOf(slotNext, size);
		}
		slotWord[slots] = word;
		slotEnd[slots] = to;
		slotNext[slots] = slotHeads[from];
		slotHeads[from] = slots++;
	}

	private void record(int value, int from, int to, boolean shared) {
		if (shared && value < 0) {
			addSlot(analyser.lexicon().slotWord(value), from, to);
		}
		else if (shared) {
			lexiconHits.add(new LexiconHit(analyser.lexicon().entry(value), from, to));
		}
		else if (value >= 0) {
			lexiconHits.add(new LexiconHit(analyser.schoolEntry(value), from, to));
		}
		else {
			if (3 * nameCount == nameSpans.length) {
				nameSpans = java.util.Arrays.copyOf(nameSpans, nameSpans.length * 2);
			}
			nameSpans[3 * nameCount] = value;
			nameSpans[3 * nameCount + 1] = from;
			nameSpans[3 * nameCount + 2] = to;
			nameCount++;
		}
	}

	public Tokens tokens() {
		return tokens;
	}

	public Direction direction() {
		return direction;
	}

	/** Every lexicon phrase found, before context (exceptions, educational use, names) is applied. */
	public List<LexiconHit> lexiconHits() {
		return lexiconHits;
	}

	/** Every roster name found, full names and single names alike. */
	public List<NameHit> nameHits() {
		if (nameHits == null) {
			List<NameHit> hits = new ArrayList<>(nameCount);
			for (int k = 0; k < nameCount; k++) {
				hits.add(new NameHit(analyser.names().entry(nameValue(k)), nameFrom(k), nameTo(k)));
			}
			nameHits = hits;
		}
		return nameHits;
	}

	/** How many roster names were found; the {@code k}th is {@link #nameValue}, {@link #nameFrom}, {@link #nameTo}. */
	int nameCount() {
		return nameCount;
	}

	/** The phrase value of the {@code k}th name found (see {@code RosterNames.entry} and {@code RosterNames.kind}). */
	int nameValue(int k) {
		return nameSpans[3 * k];
	}

	int nameFrom(int k) {
		return nameSpans[3 * k + 1];
	}

	int nameTo(int k) {
		return nameSpans[3 * k + 2];
	}

	/** The matches that stand as findings of this code once context is applied, longest first where they overlap. */
	/**
	 * Whether the sentence holding the word teaches or quotes policy ("a lesson on…", "we will not tolerate…"), so that
	 * words in it are not findings; in the school's own post, one such sentence makes the whole post teaching.
	 */
	public boolean educational(int token) {
		if (findings == null) {
			findings = new Findings(this, analyser);
		}
		return findings.educational(tokens, token);
	}

	public List<LexiconHit> findings(FindingCode code) {
		if (findings == null) {
			findings = new Findings(this, analyser);
		}
		return findings.of(code);
	}

	/**
	 * The matches of a code that survive context (exceptions, educational use, names), before weak cues are paired and
	 * overlapping matches resolved: for rules that put the parts of a finding together themselves (Complaint).
	 */
	public List<LexiconHit> standingHits(FindingCode code) {
		if (findings == null) {
			findings = new Findings(this, analyser);
		}
		return findings.standing(code);
	}

	/** The words of a named list of the lexicon ({@code @list} in a lexicon file), for rules that read around a match. */
	public WordSet words(String list) {
		return analyser.lexicon().set(list);
	}

	/** The people named in the text, and how. */
	public NameMentions names() {
		if (mentions == null) {
			mentions = new NameMentions(this, analyser);
		}
		return mentions;
	}

	/** A named word list of the lexicon this text was read with ({@code @list name}), to ask of {@link #tokens()} ids. */
	public WordSet wordList(String name) {
		return analyser.lexicon().set(name);
	}

	/** The words {@code [from, to)} as the writer wrote them. */
	public String quote(int from, int to) {
		return Quote.of(tokens.text().original(), tokens.start(from), tokens.end(to - 1));
	}

	/** A lexicon phrase found at words {@code [from, to)}. */
	public record LexiconHit(LexiconEntry entry, int from, int to) {
	}

	/** A roster name found at words {@code [from, to)}. */
	public record NameHit(NameEntry name, int from, int to) {
	}

}
