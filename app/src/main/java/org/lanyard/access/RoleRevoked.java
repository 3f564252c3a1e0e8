package org.lanyard.access;

import java.util.UUID;

import org.lanyard.schools.SchoolRole;
import org.lanyard.shared.AuditedChange;

/** A role in a school was taken away. */
public record RoleRevoked(UUID userId, UUID schoolId, SchoolRole role) implements AuditedChange {

	@Override
	public String action() {
		return "role.revoked";
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
		return "Role " + role.title() + " revoked";
	}

}
