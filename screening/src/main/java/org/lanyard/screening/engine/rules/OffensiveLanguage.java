package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.FindingCode;

/** Profanity, insults, mockery and humiliation, also when disguised (Little Eaton 5.5.iii, Roman Road code of conduct). */
public final class OffensiveLanguage extends LexiconRule {

	public OffensiveLanguage() {
		super(FindingCode.OFFENSIVE_LANGUAGE);
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" is offensive language (" + category
				+ "); the policy does not allow offensive or abusive words on the school's channels.";
	}

}
