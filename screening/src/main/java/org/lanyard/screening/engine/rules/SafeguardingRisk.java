package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.FindingCode;

/**
 * Signs of self-harm, sexual content involving children, grooming, radicalisation, misinformation and cyberbullying,
 * and reports of them (Little Eaton 5.7, Roman Road "extremist view", KCSIE online safety).
 */
public final class SafeguardingRisk extends LexiconRule {

	public SafeguardingRisk() {
		super(FindingCode.SAFEGUARDING_RISK);
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" may be a safeguarding concern (" + category
				+ "); the policy says to pass it to the Designated Safeguarding Lead straight away.";
	}

}
