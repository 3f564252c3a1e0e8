package org.lanyard.people;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.AuditedChange;

/** A school's people file was imported: one event for the whole file, which succeeded as a whole. */
public record PeopleImported(UUID schoolId, int rows, int created, int updated, String fileSha256)
		implements AuditedChange {

	@Override
	public String action() {
		return "people.imported";
	}

	@Override
	public String subjectType() {
		return "people";
	}

	@Override
	public @Nullable String subjectId() {
		return null;
	}

	@Override
	public String summary() {
		return "People file of " + rows + " rows imported: " + created + " created, " + updated + " updated (sha256 "
				+ fileSha256.substring(0, 12) + ")";
	}

}
