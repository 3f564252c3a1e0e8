package org.lanyard.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lanyard.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made and revoked by their owner in the web UI, shown once, stored only as a hash. A token
 * acts with its owner's rights at the time of each call.
 */
@Service
class ApiTokens {

	static final String PREFIX = "lyd_";

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A token as its owner sees it in the list: never the token itself. */
	record TokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {

		/** Public, because the account page calls it: SpEL cannot call a package-private method (that was a 500). */
		public boolean active() {
			return revokedAt == null;
		}

	}

	/** Makes a token and returns its value: the only time anyone sees it. */
	@Transactional
	String create(UUID userId, String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw InvalidInputException.of("name", "Give the token a name of up to 100 characters, such as 'MIS sync'.");
		}
		String token = Secrets.newToken(PREFIX);
		insert(userId, trimmed, token);
		events.publishEvent(new AccountChanged(userId, "token.created", "API token '" + trimmed + "' created"));
		return token;
	}

	void insert(UUID userId, String name, String token) {
		jdbc.sql("insert into access.api_token (id, user_id, name, token_hash, prefix, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), userId, name, Secrets.hash(token), token.substring(0, Math.min(8, token.length())),
					Timestamp.from(Instant.now(clock)))
			.update();
	}

	@Transactional
	void revoke(UUID userId, UUID tokenId) {
		int changed = jdbc.sql("update access.api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
			.params(Timestamp.from(Instant.now(clock)), tokenId, userId)
			.update();
		if (changed == 1) {
			events.publishEvent(new AccountChanged(userId, "token.revoked", "API token revoked"));
		}
	}

	List<TokenView> list(UUID userId) {
		return jdbc.sql("select id, name, prefix, created_at, last_used_at, revoked_at from access.api_token "
				+ "where user_id = ? order by created_at desc")
			.param(userId)
			.query(TokenView.class)
			.list();
	}

	/** The owner of an active token, noting (coarsely, to spare the database) when it was last used. */
	Optional<UUID> ownerOf(String token) {
		String hash = Secrets.hash(token);
		Optional<UUID> owner = jdbc.sql("select user_id from access.api_token where token_hash = ? and revoked_at is null")
			.param(hash)
			.query(UUID.class)
			.optional();
		owner.ifPresent(id -> {
			Instant now = Instant.now(clock);
			jdbc.sql("update access.api_token set last_used_at = ? where token_hash = ? "
					+ "and (last_used_at is null or last_used_at < ?)")
				.params(Timestamp.from(now), hash, Timestamp.from(now.minus(LAST_USED_RESOLUTION)))
				.update();
		});
		return owner;
	}

	/** Keeps exactly one active token with this name and value for the account: used for the bootstrap token. */
	@Transactional
	void ensure(UUID userId, String name, String token) {
		String hash = Secrets.hash(token);
		jdbc.sql("update access.api_token set revoked_at = now() where user_id = ? and name = ? and token_hash <> ? "
				+ "and revoked_at is null")
			.params(userId, name, hash)
			.update();
		jdbc.sql("update access.api_token set revoked_at = null where token_hash = ?").param(hash).update();
		// several nodes may start at once: the unique hash makes the second insert a no-op
		jdbc.sql("insert into access.api_token (id, user_id, name, token_hash, prefix) values (?, ?, ?, ?, ?) "
				+ "on conflict (token_hash) do nothing")
			.params(UUID.randomUUID(), userId, name, hash, token.substring(0, Math.min(8, token.length())))
			.update();
	}

}
