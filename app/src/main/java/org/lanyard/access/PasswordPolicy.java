package org.lanyard.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lanyard.shared.FieldProblem;
import org.lanyard.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * What a password must be: long rather than complicated (NCSC guidance), not a well-known password, not the e-mail
 * address.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private static final Set<String> COMMON = Set.of("password1234", "password12345", "passwordpassword",
			"123456789012", "qwertyuiopas", "iloveyou1234", "welcome12345", "letmein12345", "changeme1234",
			"administrator", "schoolschool", "lanyardlanyard", "qwertyqwerty", "abcdefghijkl", "111111111111",
			"football1234", "monkey123456", "sunshine1234", "trustno11234", "passw0rd1234");

	void check(String password, String confirmation, String email) {
		List<FieldProblem> problems = new ArrayList<>();
		String lower = password.toLowerCase(Locale.ROOT);
		String localPart = email.toLowerCase(Locale.ROOT).split("@")[0];
		if (password.length() < MIN_LENGTH) {
			problems.add(FieldProblem.of("password", "Use at least " + MIN_LENGTH
					+ " characters. Three random words make a strong password that is easy to remember."));
		}
		else if (password.length() > 256) {
			problems.add(FieldProblem.of("password", "Use at most 256 characters."));
		}
		else if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			problems.add(FieldProblem.of("password", "This password is too easy to guess. Try three random words."));
		}
		else if (localPart.length() >= 4 && lower.contains(localPart)) {
			problems.add(FieldProblem.of("password", "Do not use your e-mail address in your password."));
		}
		if (!password.equals(confirmation)) {
			problems.add(FieldProblem.of("confirmation", "The two passwords are not the same."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The password cannot be used.", problems);
		}
	}

}
