package org.lanyard.access;

import java.util.UUID;

import org.lanyard.schools.SchoolDirectory;
import org.lanyard.schools.SchoolRole;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** People with accounts and roles, and their API tokens, for tests of other modules. */
public final class AccessFixtures {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final SchoolDirectory schools;

	private final TransactionTemplate transactions;

	public AccessFixtures(ApplicationContext context) {
		this.accounts = context.getBean(Accounts.class);
		this.tokens = context.getBean(ApiTokens.class);
		this.schools = context.getBean(SchoolDirectory.class);
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	/** A new account holding one role in the school with this slug, and an API token for it. */
	public String tokenFor(String slug, SchoolRole role) {
		return transactions.execute(status -> {
			UUID school = schools.findBySlug(slug).orElseThrow().id();
			UUID user = accounts.create(role.name().toLowerCase() + "-" + UUID.randomUUID() + "@school.example",
					"Test " + role.title(), false, null);
			accounts.grant(user, school, role);
			return tokens.create(user, "test");
		});
	}

}
