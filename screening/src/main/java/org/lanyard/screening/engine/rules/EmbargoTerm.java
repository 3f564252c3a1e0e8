package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.FindingCode;

/**
 * One of the school's embargo terms, matched as a whole phrase with case, spacing and accents folded (Little Eaton
 * 5.5.iii "plans that are not yet public").
 */
public final class EmbargoTerm extends LexiconRule {

	public EmbargoTerm() {
		super(FindingCode.CONFIDENTIAL);
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" is one of the school's embargo terms; the policy says plans that are not yet public "
				+ "must not be shared.";
	}

}
