package org.lanyard.screening.engine;

import java.util.Collection;

/** The outcome of a screening: the weightiest severity among its findings. */
public enum Verdict {

	PASS, REVIEW, BLOCK;

	/** {@code BLOCK} when any finding blocks, else {@code REVIEW} when any asks for a look, else {@code PASS}. */
	public static Verdict of(Collection<Finding> findings) {
		boolean review = false;
		for (Finding finding : findings) {
			if (finding.severity() == Severity.BLOCK) {
				return BLOCK;
			}
			review |= finding.severity() == Severity.REVIEW;
		}
		return review ? REVIEW : PASS;
	}

}
