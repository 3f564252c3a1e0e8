package org.lanyard.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.AuditedChange;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail. Listens synchronously, so each row is written in the transaction of the change it
 * records: if the audit write fails, the change is rolled back, and a rolled-back change leaves no row.
 */
@Service
public class AuditTrail {

	/** Serialises appends across every node, so that each row chains to exactly one predecessor. */
	private static final long CHAIN_LOCK = 0x4C414E59415244L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditedChange change) {
		append(actor(), change.schoolId(), change.action(), change.subjectType(), change.subjectId(), change.summary());
	}

	/** Appends one row; must run inside the transaction of the change being recorded. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String actor, @Nullable UUID schoolId, String action, String subjectType, @Nullable String subjectId,
			String summary) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		String prevHash = jdbc.sql("select hash from audit.audit_event order by seq desc limit 1")
			.query(String.class)
			.optional()
			.orElse(ChainHash.GENESIS);
		long seq = jdbc.sql("select nextval('audit.audit_event_seq')").query(Long.class).single();
		UUID id = UUID.randomUUID();
		// PostgreSQL keeps microseconds: hash exactly what is stored
		Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		String hash = ChainHash.of(prevHash, seq, id, at, actor, schoolId, action, subjectType, subjectId, summary);
		jdbc.sql("insert into audit.audit_event (seq, id, occurred_at, actor, school_id, action, subject_type, "
				+ "subject_id, summary, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(seq, id, Timestamp.from(at), actor, schoolId, action, subjectType, subjectId, summary, prevHash, hash)
			.update();
	}

	/** The latest rows, newest first, optionally of one school. */
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(@Nullable UUID schoolId, int limit) {
		String where = schoolId == null ? "" : " where school_id = :school";
		var spec = jdbc.sql("select * from audit.audit_event" + where + " order by seq desc limit :limit").param("limit", limit);
		if (schoolId != null) {
			spec = spec.param("school", schoolId);
		}
		return spec.query(AuditEntry.class).list();
	}

	/** Who is acting: the signed-in person's e-mail address, or {@code system} for start-up and scheduled work. */
	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return "system";
		}
		return authentication.getName();
	}

}
