package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.FindingCode;

/**
 * Text that itself threatens, harasses or intimidates (Little Eaton 5.5.iii). Someone reporting a threat to a child is
 * a safeguarding matter, not a threat: those phrases live in the safeguarding lexicon.
 */
public final class Threat extends LexiconRule {

	public Threat() {
		super(FindingCode.THREAT);
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" reads as a threat (" + category
				+ "); the policy says threatening or intimidating comments are removed and reported to the Headteacher.";
	}

}
