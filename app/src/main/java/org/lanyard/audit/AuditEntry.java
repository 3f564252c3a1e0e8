package org.lanyard.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of the audit trail, as the audit page shows it. */
public record AuditEntry(long seq, UUID id, Instant occurredAt, String actor, @Nullable UUID schoolId, String action,
		String subjectType, @Nullable String subjectId, String summary, String prevHash, String hash) {
}
