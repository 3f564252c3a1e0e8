package org.lanyard.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit row: SHA-256 over the previous row's hash and every field of the row, each field written with
 * its length so that no two different rows can be spelled the same way.
 */
final class ChainHash {

	/** The "previous hash" of the very first row. */
	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(String prevHash, long seq, UUID id, Instant occurredAt, String actor, @Nullable UUID schoolId,
			String action, String subjectType, @Nullable String subjectId, String summary) {
		StringBuilder canonical = new StringBuilder(256);
		for (String field : new String[] { prevHash, Long.toString(seq), id.toString(), occurredAt.toString(), actor,
				schoolId == null ? "" : schoolId.toString(), action, subjectType, subjectId == null ? "" : subjectId,
				summary }) {
			canonical.append(field.length()).append(':').append(field).append('|');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String of(AuditEntry e) {
		return of(e.prevHash(), e.seq(), e.id(), e.occurredAt(), e.actor(), e.schoolId(), e.action(), e.subjectType(),
				e.subjectId(), e.summary());
	}

}
