package org.lanyard.shared;

import org.jspecify.annotations.Nullable;

/**
 * One bad input, named precisely enough that a person can fix it.
 *
 * @param field the field (JSON property, form field or CSV column) at fault
 * @param message what is wrong and what is expected, in plain English
 * @param line the line of an uploaded file, counting the header as line 1; {@code null} for non-file input
 * @param rejectedValue the value as given, shortened; {@code null} when empty or not worth repeating
 */
public record FieldProblem(String field, String message, @Nullable Integer line, @Nullable String rejectedValue) {

	public static FieldProblem of(String field, String message) {
		return new FieldProblem(field, message, null, null);
	}

	public static FieldProblem atLine(int line, String column, String message, @Nullable String rejectedValue) {
		return new FieldProblem(column, message, line, shorten(rejectedValue));
	}

	private static @Nullable String shorten(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return value.length() > 80 ? value.substring(0, 77) + "..." : value;
	}

}
