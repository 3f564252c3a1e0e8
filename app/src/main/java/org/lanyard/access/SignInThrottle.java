package org.lanyard.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a few failed sign-ins for one address, or many from one network address,
 * further attempts are refused for a while. Counted in PostgreSQL so that it holds across every node.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final AccessProperties properties;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, AccessProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** @throws LockedException when this e-mail address or network address has failed too often lately */
	void checkAllowed(String email, @Nullable String remoteAddr) {
		Timestamp since = Timestamp.from(Instant.now(clock).minus(properties.throttleWindow()));
		long byEmail = jdbc.sql("select count(*) from access.failed_sign_in where lower(email) = lower(?) and attempted_at > ?")
			.params(email.strip(), since)
			.query(Long.class)
			.single();
		long byAddress = remoteAddr == null ? 0 : jdbc
			.sql("select count(*) from access.failed_sign_in where remote_addr = ? and attempted_at > ?")
			.params(remoteAddr, since)
			.query(Long.class)
			.single();
		if (byEmail >= properties.maxFailedSignIns() || byAddress >= properties.maxFailedSignInsPerAddress()) {
			throw new LockedException("Too many failed sign-ins. Wait " + properties.throttleWindow().toMinutes()
					+ " minutes and try again, or ask your trust administrator for help.");
		}
	}

	/** Failures are recorded even when the surrounding work rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email, @Nullable String remoteAddr) {
		jdbc.sql("insert into access.failed_sign_in (email, remote_addr, attempted_at) values (?, ?, ?)")
			.params(email.strip(), remoteAddr, Timestamp.from(Instant.now(clock)))
			.update();
	}

	void clear(String email) {
		jdbc.sql("delete from access.failed_sign_in where lower(email) = lower(?)").param(email.strip()).update();
	}

}
