package org.lanyard.access;

import java.util.List;
import java.util.UUID;

import org.lanyard.schools.SchoolDirectory;
import org.lanyard.schools.SchoolRole;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** People with accounts and roles, and their API tokens, for tests of other modules. */
public final class AccessFixtures {

	/** A password that passes the password policy: three random words. */
	public static final String PASSWORD = "harbour pencil marmalade";

	private final Accounts accounts;

	private final AccountRepository repository;

	private final ApiTokens tokens;

	private final SecondFactors secondFactors;

	private final SignInLinks links;

	private final PasswordEncoder passwords;

	private final SchoolDirectory schools;

	private final TransactionTemplate transactions;

	public AccessFixtures(ApplicationContext context) {
		this.accounts = context.getBean(Accounts.class);
		this.repository = context.getBean(AccountRepository.class);
		this.tokens = context.getBean(ApiTokens.class);
		this.secondFactors = context.getBean(SecondFactors.class);
		this.links = context.getBean(SignInLinks.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.schools = context.getBean(SchoolDirectory.class);
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	/** Someone who can sign in: their account id, e-mail address and password ({@link #PASSWORD}). */
	public record Person(UUID id, String email, String password) {
	}

	/** A person's second factor once set up: the secret in their app, and their recovery codes. */
	public record SecondFactor(AuthenticatorApp app, List<String> recoveryCodes) {
	}

	/** A new account holding one role in the school with this slug, and an API token for it. */
	public String tokenFor(String slug, SchoolRole role) {
		return transactions.execute(status -> {
			UUID school = schools.findBySlug(slug).orElseThrow().id();
			UUID user = accounts.create(uniqueEmail(role.name()), "Test " + role.title(), false, null);
			accounts.grant(user, school, role);
			return tokens.create(user, "test");
		});
	}

	/** A new account with a password and one role in the school with this slug. */
	public Person aPersonWithPassword(String slug, SchoolRole role) {
		return transactions.execute(status -> {
			UUID school = schools.findBySlug(slug).orElseThrow().id();
			Person person = withPassword(uniqueEmail(role.name()), "Test " + role.title(), false);
			accounts.grant(person.id(), school, role);
			return person;
		});
	}

	/** A new trust administrator with a password (and no second factor yet). */
	public Person aTrustAdminWithPassword() {
		return transactions.execute(status -> withPassword(uniqueEmail("trust-admin"), "Test trust administrator", true));
	}

	/** A new account with no password yet, as a trust administrator makes one. */
	public UUID anAccountWithoutPassword(String email, String name, boolean trustAdmin) {
		return accounts.create(email, name, trustAdmin, null);
	}

	/** A one-time sign-in link for the account, as the path the person opens ({@code /welcome/...}). */
	public String signInLinkPath(UUID userId) {
		String link = links.issue(userId);
		return link.substring(link.indexOf("/welcome/"));
	}

	/** Sets up an authenticator app for the account, as the set-up page would. */
	public SecondFactor withSecondFactor(UUID userId) {
		return transactions.execute(status -> {
			AuthenticatorApp app = new AuthenticatorApp(secondFactors.begin(userId).secret());
			return new SecondFactor(app, secondFactors.confirm(userId, app.codeNow()));
		});
	}

	public static String uniqueEmail(String kind) {
		return kind.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
	}

	private Person withPassword(String email, String name, boolean trustAdmin) {
		UUID id = accounts.create(email, name, trustAdmin, null);
		repository.setPassword(id, passwords.encode(PASSWORD));
		return new Person(id, email, PASSWORD);
	}

}
