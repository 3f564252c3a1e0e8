package org.lanyard.screening.engine.rules;

import java.util.ArrayList;
import java.util.List;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis;
import org.lanyard.screening.engine.analysis.TextAnalysis.LexiconHit;
import org.lanyard.screening.engine.lexicon.LexiconEntry;
import org.lanyard.screening.engine.lexicon.WordSet;
import org.lanyard.screening.engine.text.Tokens;

/**
 * Signs of self-harm, sexual content involving children, grooming, radicalisation, misinformation and cyberbullying,
 * and reports of them (Little Eaton 5.7, Roman Road "extremist view", KCSIE online safety).
 * <p>
 * A secret kept for a surprise is not grooming ("Mother's Day cards are coming home today, don't tell your mum!", "a
 * surprise party for Mr Hall, keep it a secret"): an entry of the {@code grooming secrecy} category does not stand in
 * a text that speaks of a surprise, a present or a celebration (the words of {@code @list sg-surprise} in
 * safeguarding.lex), unless an adult offers the reader something or asks for a picture in it ("Don't tell your parents
 * and I'll send you a present"). A lone weak cue of secrecy that opens news between adults is not grooming either ("Keep it between us but
 * the raffle prize is a hamper 🤫").
 */
public final class SafeguardingRisk extends LexiconRule {

	/** The category of the entries that a surprise excuses (safeguarding.lex). */
	static final String SECRECY = "grooming secrecy";

	/**
	 * The category of an adult's offer to the reader or ask for a picture, which a surprise does not excuse
	 * (safeguarding.lex).
	 */
	static final String APPROACH = "grooming approach";

	public SafeguardingRisk() {
		super(FindingCode.SAFEGUARDING_RISK);
	}

	/** Emoji that wink or hush: beside a lone cue of secrecy ("no need to tell anyone 😉") they are its second cue. */
	private static final String[] WINKS = { "😉", "😘", "🤫", "😜", "🙊" };

	/**
	 * The lexicon's findings, and where it found only one weak cue of secrecy, that cue too when the text winks or hushes
	 * ("keep it between us 😉"): the lexicon reads words, not emoji.
	 */
	@Override
	List<LexiconHit> hits(TextAnalysis analysis) {
		List<LexiconHit> found = analysis.findings(code());
		if (!found.isEmpty() || !winks(analysis.tokens().text().original())) {
			return found;
		}
		List<LexiconHit> cues = new ArrayList<>();
		for (LexiconHit hit : analysis.standingHits(code())) {
			if (hit.entry().has(LexiconEntry.WEAK) && SECRECY.equals(hit.entry().category())) {
				cues.add(hit);
			}
		}
		return cues;
	}

	private static boolean winks(String text) {
		for (String emoji : WINKS) {
			if (text.contains(emoji)) {
				return true;
			}
		}
		return false;
	}

	@Override
	boolean stands(TextAnalysis analysis, LexiconHit hit) {
		if (!SECRECY.equals(hit.entry().category())) {
			return true;
		}
		if (mentions(analysis, analysis.wordList("sg-surprise")) && !approaches(analysis)) {
			return false;
		}
		return !(hit.entry().has(LexiconEntry.WEAK) && opensNews(analysis, hit));
	}

	/**
	 * Whether the text holds an adult's offer to the reader or ask for a picture ("I'll send you ...", "DM me a photo of
	 * yourself"): then no surprise excuses a secret.
	 */
	private static boolean approaches(TextAnalysis analysis) {
		for (LexiconHit other : analysis.standingHits(FindingCode.SAFEGUARDING_RISK)) {
			if (APPROACH.equals(other.entry().category())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a lone weak cue of secrecy opens a piece of news between adults: at least three words follow it after
	 * punctuation or "but", none of
	 * them speaks to the reader or of the writer ({@code @list sg-addressee}: "you", "me"), and the text holds no other
	 * cue of the code but such weak secrecy ("Keep it between us but the raffle prize is a hamper 🤫"; not "Keep it
	 * between us but you look so grown up 😉", "Keep it between us sweetheart 😉" or "Remember, this is just between
	 * you and me 🤫").
	 */
	private static boolean opensNews(TextAnalysis analysis, LexiconHit hit) {
		Tokens tokens = analysis.tokens();
		if (tokens.count() - hit.to() < 3) {
			return false;
		}
		// the news is a clause of its own: after punctuation or "but", not the secret's own object ("tell anyone about
		// our chats")
		boolean apart = tokens.has(hit.to(), Tokens.BREAK_BEFORE | Tokens.SENTENCE_START)
				|| analysis.wordList("contrast-words").contains(tokens.id(hit.to()));
		if (!apart) {
			return false;
		}
		WordSet addressee = analysis.wordList("sg-addressee");
		for (int t = hit.to(); t < tokens.count(); t++) {
			if (addressee.contains(tokens.id(t)) || addressee.contains(tokens.base(t))) {
				return false;
			}
		}
		for (LexiconHit other : analysis.standingHits(FindingCode.SAFEGUARDING_RISK)) {
			boolean weakSecret = SECRECY.equals(other.entry().category()) && other.entry().has(LexiconEntry.WEAK);
			if (!weakSecret) {
				return false;
			}
		}
		return true;
	}

	private static boolean mentions(TextAnalysis analysis, WordSet words) {
		Tokens tokens = analysis.tokens();
		for (int t = 0; t < tokens.count(); t++) {
			if (words.contains(tokens.id(t)) || words.contains(tokens.base(t))) {
				return true;
			}
		}
		return false;
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" may be a safeguarding concern (" + category
				+ "); the policy says to pass it to the Designated Safeguarding Lead straight away.";
	}

}
