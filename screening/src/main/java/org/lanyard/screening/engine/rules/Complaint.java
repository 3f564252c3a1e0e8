package org.lanyard.screening.engine.rules;

import org.lanyard.screening.engine.Direction;
import org.lanyard.screening.engine.FindingCode;

/**
 * An incoming comment that criticises a school decision or policy: the school answers by signposting its complaints
 * procedure rather than debating in public (Little Eaton 5.9, Highters Heath). A question or praise is not one.
 */
public final class Complaint extends LexiconRule {

	public Complaint() {
		super(FindingCode.COMPLAINT);
	}

	@Override
	boolean appliesTo(Draft draft) {
		return draft.request().direction() == Direction.INCOMING;
	}

	@Override
	String message(String quote, String category) {
		return "\"" + quote + "\" criticises a school decision or policy (" + category
				+ "); reply by pointing to the school's complaints procedure.";
	}

}
