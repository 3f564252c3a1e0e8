package org.lanyard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole audit trail in order and recomputes every hash. The first row whose stored hash, or whose link to
 * the row before, does not add up is named: everything from there on can no longer be trusted.
 */
@Service
public class ChainVerification {

	private final JdbcTemplate jdbc;

	ChainVerification(javax.sql.DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		// streamed with a cursor: ten million rows must not be held in memory at once
		this.jdbc.setFetchSize(5_000);
	}

	/**
	 * The outcome of a verification.
	 *
	 * @param intact whether every row checked out
	 * @param rowsChecked how many rows were read
	 * @param firstBrokenSeq the sequence number of the first row that does not check out, or {@code null}
	 * @param reason what is wrong with that row, in plain English, or {@code null}
	 */
	public record Result(boolean intact, long rowsChecked, @Nullable Long firstBrokenSeq, @Nullable String reason) {
	}

	@Transactional(readOnly = true)
	public Result verify() {
		Walk walk = new Walk();
		jdbc.query("select * from audit.audit_event order by seq", walk::check);
		return walk.result();
	}

	private static final class Walk {

		private String expectedPrev = ChainHash.GENESIS;

		private long checked;

		private @Nullable Long broken;

		private @Nullable String reason;

		void check(ResultSet rs) throws SQLException {
			if (broken != null) {
				return;
			}
			checked++;
			AuditEntry entry = new AuditEntry(rs.getLong("seq"), rs.getObject("id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getObject("school_id", UUID.class),
					rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("summary"),
					rs.getString("prev_hash"), rs.getString("hash"));
			if (!entry.prevHash().equals(expectedPrev)) {
				broken = entry.seq();
				reason = "Row " + entry.seq() + " does not follow on from the row before it: a row before it was "
						+ "removed or changed.";
			}
			else if (!ChainHash.of(entry).equals(entry.hash())) {
				broken = entry.seq();
				reason = "Row " + entry.seq() + " has been changed since it was written.";
			}
			expectedPrev = entry.hash();
		}

		Result result() {
			return new Result(broken == null, checked, broken, reason);
		}

	}

}
