package org.lanyard.screening.engine.rules;

import org.jspecify.annotations.Nullable;
import org.lanyard.screening.engine.FindingCode;

/** Where rules report what they found; the pack then gives each report its severity and clause. */
public interface FindingSink {

	/**
	 * Reports one finding.
	 * @param code the finding code
	 * @param start offset into the original text where the matched words begin, or {@code null}
	 * @param end offset just after the matched words, or {@code null}
	 * @param subject external id of the person concerned or the image file name, or {@code null}
	 * @param message plain English naming the matched words and why they matter
	 */
	void report(FindingCode code, @Nullable Integer start, @Nullable Integer end, @Nullable String subject,
			String message);

	default void reportText(FindingCode code, int start, int end, String message) {
		report(code, start, end, null, message);
	}

}
