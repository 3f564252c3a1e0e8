package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.analysis.TextAnalysis;
import org.lanyard.screening.engine.analysis.TextAnalysis.LexiconHit;
import org.lanyard.screening.engine.lexicon.WordSet;
import org.lanyard.screening.engine.text.Tokens;

/**
 * Text that itself threatens, harasses or intimidates (Little Eaton 5.5.iii). Someone reporting a threat to a child is
 * a safeguarding matter, not a threat: those phrases live in the safeguarding lexicon.
 * <p>
 * Violence said laughing is banter ("I'll kill him if he loses another jumper 😂", "we'll batter you at the quiz lol"):
 * a threat of violence does not stand in a text that laughs (the words of {@code @list th-banter} in threat.lex, or a
 * laughing emoji). Veiled threats, knowing where someone lives and harassment stand whatever the tone.
 */
public final class Threat extends LexiconRule {

	/** The category of the entries that banter can excuse (threat.lex). */
	static final String VIOLENCE = "threat of violence";

	private static final String[] LAUGHING = { "😂", "🤣", "😆", "😹", "😜", "🙃" };

	public Threat() {
		super(FindingCode.THREAT);
	}

	@Override
	boolean stands(TextAnalysis analysis, LexiconHit hit) {
		return !VIOLENCE.equals(hit.entry().category()) || !laughs(analysis);
	}

	private static boolean laughs(TextAnalysis analysis) {
		Tokens tokens = analysis.tokens();
		WordSet banter = analysis.wordList("th-banter");
		for (int t = 0; t < tokens.count(); t++) {
			if (banter.contains(tokens.id(t))) {
				return true;
			}
		}
		String original = tokens.text().original();
		for (String emoji : LAUGHING) {
			if (original.contains(emoji)) {
				return true;
			}
		}
		return false;
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" reads as a threat (" + category
				+ "); the policy says threatening or intimidating comments are removed and reported to the Headteacher.";
	}

}
