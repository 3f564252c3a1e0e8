package org.lanyard.audit;

import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanyardIntegrationTest
class AuditTrailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	ChainVerification verification;

	@Test
	void everyChangeAppendsARowAndTheChainVerifies() {
		TestApi api = TestApi.asTrustAdmin(port);
		long before = count();

		String slug = api.newSchool("lache-2020");

		assertThat(count()).isEqualTo(before + 1);
		var row = jdbc.sql("select action, actor, summary from audit.audit_event order by seq desc limit 1")
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).single();
		assertThat(row).startsWith("school.created|automation@bootstrap.lanyard.invalid|").contains(slug);
		var verify = api.get("/api/v1/audit/verify").json();
		assertThat(verify.get("intact").asBoolean()).isTrue();
		assertThat(verify.get("rowsChecked").asLong()).isEqualTo(count());
	}

	@Test
	void applicationCannotUpdateOrDeleteAuditRows() {
		TestApi.asTrustAdmin(port).newSchool("lache-2020");

		assertThatThrownBy(() -> jdbc.sql("update audit.audit_event set summary = 'nothing happened'").update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_event").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void aRolledBackChangeLeavesNoAuditRow() {
		long before = count();

		try {
			transactions.executeWithoutResult(status -> {
				trail.append("tester", null, "test.change", "test", null, "a change that fails afterwards");
				throw new IllegalStateException("the change itself fails");
			});
		}
		catch (IllegalStateException expected) {
			// the whole transaction, audit row included, is gone
		}

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void verificationNamesTheFirstRowChangedBehindTheApplicationsBack() {
		TestApi api = TestApi.asTrustAdmin(port);
		api.newSchool("lache-2020");
		api.newSchool("lache-2020");
		api.newSchool("lache-2020");
		long tampered = jdbc.sql("select max(seq) - 1 from audit.audit_event").query(Long.class).single();
		String original = jdbc.sql("select summary from audit.audit_event where seq = ?").param(tampered).query(String.class).single();

		// what someone with direct database access could do: switch the guard off for their session and edit a row
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update audit.audit_event set summary = 'nothing to see here' where seq = ?").param(tampered).update();
		});

		ChainVerification.Result result = verification.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(tampered);
		var api2 = api.get("/api/v1/audit/verify").json();
		assertThat(api2.get("firstBrokenSeq").asLong()).isEqualTo(tampered);

		restore(tampered, original);
	}

	@Test
	void verificationNoticesARemovedRow() {
		TestApi api = TestApi.asTrustAdmin(port);
		api.newSchool("lache-2020");
		api.newSchool("lache-2020");
		long removed = jdbc.sql("select max(seq) - 1 from audit.audit_event").query(Long.class).single();
		var saved = jdbc.sql("select * from audit.audit_event where seq = ?").param(removed).query(AuditEntry.class).single();

		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("delete from audit.audit_event where seq = ?").param(removed).update();
		});

		ChainVerification.Result result = verification.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(removed + 1);

		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("insert into audit.audit_event (seq, id, occurred_at, actor, school_id, action, subject_type, subject_id, "
					+ "summary, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(saved.seq(), saved.id(), java.sql.Timestamp.from(saved.occurredAt()), saved.actor(), saved.schoolId(),
						saved.action(), saved.subjectType(), saved.subjectId(), saved.summary(), saved.prevHash(), saved.hash())
				.update();
		});
		assertThat(verification.verify().intact()).isTrue();
	}

	/** Other tests share this database: put the row back as it was, and the chain is whole again. */
	private void restore(long seq, String summary) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update audit.audit_event set summary = ? where seq = ?").params(summary, seq).update();
		});
		assertThat(verification.verify().intact()).isTrue();
	}

	private long count() {
		return jdbc.sql("select count(*) from audit.audit_event").query(Long.class).single();
	}

}
