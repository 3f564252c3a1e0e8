package org.lanyard.screening.engine;

import org.jspecify.annotations.Nullable;

/**
 * One thing the school's policy says about the screened content.
 *
 * @param code the stable finding code
 * @param severity its weight under the school's pack
 * @param clause the id of the pack clause it comes from, e.g. {@code lache-2020/2.4}
 * @param message plain English for a busy Headteacher: the matched words and the rule
 * @param start character offset into the original text where the matched words begin; {@code null} when the finding
 *     is not about the text (a pictured pupil, an image)
 * @param end character offset just after the matched words; {@code null} with {@code start}
 * @param subject the external id of the person concerned, or the image file name; {@code null} when none
 */
public record Finding(FindingCode code, Severity severity, String clause, String message, @Nullable Integer start,
		@Nullable Integer end, @Nullable String subject) {
}
