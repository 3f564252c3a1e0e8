package org.lanyard.screening.engine;

import java.util.List;

/** What the engine says about one piece of content. Findings are ordered by position, then by code. */
public record ScreeningResult(Verdict verdict, List<Finding> findings) {

	public ScreeningResult {
		findings = List.copyOf(findings);
	}

}
