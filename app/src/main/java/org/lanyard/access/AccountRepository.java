package org.lanyard.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.schools.SchoolRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private static final String COLUMNS = "id, email, display_name, password_hash, totp_secret, totp_enabled, "
			+ "totp_last_step, trust_admin, person_id, disabled, last_sign_in_at";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of access.user_account. */
	record Account(UUID id, String email, String displayName, @Nullable String passwordHash, @Nullable String totpSecret,
			boolean totpEnabled, @Nullable Long totpLastStep, boolean trustAdmin, @Nullable UUID personId,
			boolean disabled, @Nullable Instant lastSignInAt) {
	}

	/** One role in one school. */
	record RoleRow(UUID schoolId, SchoolRole role) {
	}

	Optional<Account> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from access.user_account where lower(email) = lower(?)")
			.param(email.strip())
			.query(Account.class)
			.optional();
	}

	Optional<Account> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from access.user_account where id = ?").param(id).query(Account.class).optional();
	}

	boolean anyTrustAdmin() {
		return jdbc.sql("select exists (select 1 from access.user_account where trust_admin and not disabled "
				+ "and email not like '%@bootstrap.lanyard.invalid')").query(Boolean.class).single();
	}

	boolean trustAdminHasSignedIn() {
		return jdbc.sql("select exists (select 1 from access.user_account where trust_admin and password_hash is not null "
				+ "and email not like '%@bootstrap.lanyard.invalid')").query(Boolean.class).single();
	}

	Optional<Account> firstTrustAdmin() {
		return jdbc.sql("select " + COLUMNS + " from access.user_account where trust_admin "
				+ "and email not like '%@bootstrap.lanyard.invalid' order by created_at limit 1").query(Account.class).optional();
	}

	void insert(UUID id, String email, String displayName, boolean trustAdmin, @Nullable UUID personId) {
		jdbc.sql("insert into access.user_account (id, email, display_name, trust_admin, person_id) values (?, ?, ?, ?, ?)")
			.params(id, email.strip(), displayName, trustAdmin, personId)
			.update();
	}

	/** Several nodes may start at once: the second insert of the same address is a no-op. */
	void insertIfAbsent(UUID id, String email, String displayName, boolean trustAdmin) {
		jdbc.sql("insert into access.user_account (id, email, display_name, trust_admin) values (?, ?, ?, ?) "
				+ "on conflict do nothing")
			.params(id, email, displayName, trustAdmin)
			.update();
	}

	List<RoleRow> roles(UUID userId) {
		return jdbc.sql("select school_id, role from access.role_grant where user_id = ?").param(userId).query(RoleRow.class).list();
	}

	void grant(UUID userId, UUID schoolId, SchoolRole role) {
		jdbc.sql("insert into access.role_grant (user_id, school_id, role) values (?, ?, ?) on conflict do nothing")
			.params(userId, schoolId, role.name())
			.update();
	}

	int revoke(UUID userId, UUID schoolId, SchoolRole role) {
		return jdbc.sql("delete from access.role_grant where user_id = ? and school_id = ? and role = ?")
			.params(userId, schoolId, role.name())
			.update();
	}

	void setPassword(UUID userId, String hash) {
		jdbc.sql("update access.user_account set password_hash = ? where id = ?").params(hash, userId).update();
	}

	void setTotpSecret(UUID userId, @Nullable String secret) {
		jdbc.sql("update access.user_account set totp_secret = ?, totp_enabled = false, totp_last_step = null where id = ?")
			.params(secret, userId)
			.update();
	}

	void enableTotp(UUID userId, long step) {
		jdbc.sql("update access.user_account set totp_enabled = true, totp_last_step = ? where id = ?").params(step, userId).update();
	}

	@Nullable
	String pendingTotpSecret(UUID userId) {
		return jdbc.sql("select totp_pending_secret from access.user_account where id = ?")
			.param(userId)
			.query((rs, row) -> rs.getString(1))
			.optional()
			.orElse(null);
	}

	void setPendingTotpSecret(UUID userId, @Nullable String secret) {
		jdbc.sql("update access.user_account set totp_pending_secret = ? where id = ?").params(secret, userId).update();
	}

	/** The waiting secret becomes the one in force, with the step just used from it: the old app stops working. */
	boolean promotePendingTotpSecret(UUID userId, String secret, long step) {
		return jdbc.sql("update access.user_account set totp_secret = totp_pending_secret, totp_pending_secret = null, "
				+ "totp_enabled = true, totp_last_step = ? where id = ? and totp_pending_secret = ?")
			.params(step, userId, secret)
			.update() == 1;
	}

	/** No second factor at all: no secret in force or waiting, no recovery codes. */
	void clearSecondFactor(UUID userId) {
		jdbc.sql("update access.user_account set totp_secret = null, totp_pending_secret = null, totp_enabled = false, "
				+ "totp_last_step = null where id = ?")
			.param(userId)
			.update();
		jdbc.sql("delete from access.recovery_code where user_id = ?").param(userId).update();
	}

	/** Records the time step just used, only if it is later than the last: a code works once. */
	boolean useTotpStep(UUID userId, long step) {
		return jdbc.sql("update access.user_account set totp_last_step = ? where id = ? "
				+ "and (totp_last_step is null or totp_last_step < ?)")
			.params(step, userId, step)
			.update() == 1;
	}

	void recordSignIn(UUID userId, Instant at) {
		jdbc.sql("update access.user_account set last_sign_in_at = ? where id = ?").params(java.sql.Timestamp.from(at), userId).update();
	}

	void replaceRecoveryCodes(UUID userId, List<String> hashes) {
		jdbc.sql("delete from access.recovery_code where user_id = ?").param(userId).update();
		for (String hash : hashes) {
			jdbc.sql("insert into access.recovery_code (user_id, code_hash) values (?, ?)").params(userId, hash).update();
		}
	}

	boolean useRecoveryCode(UUID userId, String hash) {
		return jdbc.sql("update access.recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null")
			.params(userId, hash)
			.update() == 1;
	}

	int unusedRecoveryCodes(UUID userId) {
		return jdbc.sql("select count(*) from access.recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

}
