package org.lanyard.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.AuditedChange;

/** Someone was given an account. */
public record AccountCreated(UUID userId, boolean trustAdmin) implements AuditedChange {

	@Override
	public @Nullable UUID schoolId() {
		return null;
	}

	@Override
	public String action() {
		return "account.created";
	}

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public String subjectId() {
		return userId.toString();
	}

	@Override
	public String summary() {
		return trustAdmin ? "Trust administrator account created" : "Account created";
	}

}
