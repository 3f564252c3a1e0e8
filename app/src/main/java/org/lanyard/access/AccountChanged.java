package org.lanyard.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.AuditedChange;

/** A change to an account's own sign-in: password set, second factor set up, token made or revoked. */
record AccountChanged(UUID userId, String action, String summary) implements AuditedChange {

	@Override
	public @Nullable UUID schoolId() {
		return null;
	}

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public String subjectId() {
		return userId.toString();
	}

}
