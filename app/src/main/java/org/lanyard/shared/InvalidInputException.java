package org.lanyard.shared;

import java.util.List;

/**
 * Input that cannot be accepted as it is. Carries every problem found, not only the first, so that a person fixes
 * them all in one go. Nothing has been written when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(String message, List<FieldProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(message, List.of(FieldProblem.of(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
