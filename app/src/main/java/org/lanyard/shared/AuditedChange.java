package org.lanyard.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event that must be written to the audit trail in the same transaction as the change it records. Modules publish
 * these; the audit module listens synchronously, so a failed audit write rolls the change back.
 * <p>
 * Carry ids and short, non-sensitive facts only: never a child's details or the text of a concern.
 */
public interface AuditedChange {

	/** The school the change belongs to, or {@code null} for trust-wide changes. */
	@Nullable UUID schoolId();

	/** A stable verb phrase, e.g. {@code people.imported}. */
	String action();

	/** The kind of record changed, e.g. {@code person}. */
	String subjectType();

	/** The id of the record changed, or {@code null} for changes to many records. */
	@Nullable String subjectId();

	/** One line for the audit page, e.g. {@code 12 created, 3 updated}. */
	String summary();

}
