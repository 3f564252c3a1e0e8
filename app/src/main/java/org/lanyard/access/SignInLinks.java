package org.lanyard.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links: how a new person (the first trust administrator included) sets their own password. There
 * is no default password anywhere; a link works once and expires.
 */
@Service
public class SignInLinks {

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccessProperties properties;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	SignInLinks(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy,
			AccessProperties properties, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/** Issues a new link for the account and returns its full address; earlier unused links stop working. */
	@Transactional
	public String issue(UUID userId) {
		String token = Secrets.newToken("");
		jdbc.sql("delete from access.sign_in_link where user_id = ? and used_at is null").param(userId).update();
		jdbc.sql("insert into access.sign_in_link (token_hash, user_id, purpose, expires_at) values (?, ?, 'SET_PASSWORD', ?)")
			.params(Secrets.hash(token), userId, Timestamp.from(Instant.now(clock).plus(properties.signInLinkValidity())))
			.update();
		return properties.baseUrl().replaceAll("/+$", "") + "/welcome/" + token;
	}

	/** The account a link is for, if the link is unused and unexpired. */
	Optional<AccountRepository.Account> accountFor(String token) {
		return jdbc.sql("select user_id from access.sign_in_link where token_hash = ? and used_at is null and expires_at > ?")
			.params(Secrets.hash(token), Timestamp.from(Instant.now(clock)))
			.query(UUID.class)
			.optional()
			.flatMap(accounts::findById);
	}

	/**
	 * Sets the password through a link and uses the link up.
	 * @throws org.lanyard.shared.InvalidInputException when the password is too weak; the link still works then
	 */
	@Transactional
	public UUID setPassword(String token, String password, String confirmation) {
		AccountRepository.Account account = accountFor(token)
			.orElseThrow(() -> org.lanyard.shared.InvalidInputException.of("token",
					"This sign-in link has expired or has been used. Ask your trust administrator for a new one."));
		policy.check(password, confirmation, account.email());
		accounts.setPassword(account.id(), passwords.encode(password));
		jdbc.sql("update access.sign_in_link set used_at = ? where token_hash = ?")
			.params(Timestamp.from(Instant.now(clock)), Secrets.hash(token))
			.update();
		events.publishEvent(new AccountChanged(account.id(), "account.password-set", "Password set through a one-time link"));
		return account.id();
	}

}
