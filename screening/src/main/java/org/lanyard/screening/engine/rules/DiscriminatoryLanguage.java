package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.FindingCode;

/**
 * Language against a protected characteristic of the Equality Act 2010: slurs, and prejudice without a rude word
 * ("Deaf children belong in a special unit") (Little Eaton 5.5.iii and v).
 */
public final class DiscriminatoryLanguage extends LexiconRule {

	public DiscriminatoryLanguage() {
		super(FindingCode.DISCRIMINATORY);
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" is discriminatory (" + category
				+ "): language against a protected characteristic of the Equality Act 2010, which the policy forbids.";
	}

}
