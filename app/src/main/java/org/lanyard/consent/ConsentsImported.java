package org.lanyard.consent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.AuditedChange;

/** A consents file was imported, as a whole. */
public record ConsentsImported(UUID schoolId, int rows, int recorded) implements AuditedChange {

	@Override
	public String action() {
		return "consents.imported";
	}

	@Override
	public String subjectType() {
		return "consent";
	}

	@Override
	public @Nullable String subjectId() {
		return null;
	}

	@Override
	public String summary() {
		return "Consents file of " + rows + " rows imported: " + recorded + " new records";
	}

}
