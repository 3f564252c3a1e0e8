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
 * safeguarding.lex).
 */
public final class SafeguardingRisk extends LexiconRule {

	/** The category of the entries that a surprise excuses (safeguarding.lex). */
	static final String SECRECY = "grooming secrecy";

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
		return !SECRECY.equals(hit.entry().category()) || !mentions(analysis, analysis.wordList("sg-surprise"));
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
