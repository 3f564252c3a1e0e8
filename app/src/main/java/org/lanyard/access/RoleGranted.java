package org.lanyard.access;

import java.util.UUID;

import org.lanyard.schools.SchoolRole;
import org.lanyard.shared.AuditedChange;

/** Someone was given a role in a school. */
public record RoleGranted(UUID userId, UUID schoolId, SchoolRole role) implements AuditedChange {

	@Override
	public String action() {
		return "role.granted";
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
		return "Role " + role.title() + " granted";
	}

}
