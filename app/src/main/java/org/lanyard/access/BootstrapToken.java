package org.lanyard.access;

import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code LANYARD_BOOTSTRAP_TOKEN}: when set at start, an API token with that value and trust-administrator rights
 * exists, for automation that must set a new installation up. It belongs to a service account that cannot sign in to
 * the web UI. Changing the value revokes the old one; unsetting it leaves the last one working until revoked.
 */
@Component
@Order(10)
class BootstrapToken implements ApplicationRunner {

	static final String ACCOUNT_EMAIL = "automation@bootstrap.lanyard.invalid";

	static final String TOKEN_NAME = "LANYARD_BOOTSTRAP_TOKEN";

	private final AccessProperties properties;

	private final AccountRepository accounts;

	private final ApiTokens tokens;

	BootstrapToken(AccessProperties properties, AccountRepository accounts, ApiTokens tokens) {
		this.properties = properties;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String token = properties.bootstrapToken().strip();
		if (token.isEmpty()) {
			return;
		}
		if (token.length() < 16) {
			throw new IllegalStateException("LANYARD_BOOTSTRAP_TOKEN must be at least 16 characters long.");
		}
		UUID accountId = accounts.findByEmail(ACCOUNT_EMAIL).map(AccountRepository.Account::id).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			accounts.insertIfAbsent(id, ACCOUNT_EMAIL, "Automation (bootstrap token)", true);
			return accounts.findByEmail(ACCOUNT_EMAIL).orElseThrow().id();
		});
		tokens.ensure(accountId, TOKEN_NAME, token);
	}

}
