package org.lanyard.schools;

import java.util.UUID;

import org.lanyard.shared.AuditedChange;

/** A school joined the trust. */
public record SchoolCreated(UUID schoolId, String slug, String policyPack) implements AuditedChange {

	@Override
	public String action() {
		return "school.created";
	}

	@Override
	public String subjectType() {
		return "school";
	}

	@Override
	public String subjectId() {
		return schoolId.toString();
	}

	@Override
	public String summary() {
		return "School " + slug + " created on pack " + policyPack;
	}

}
