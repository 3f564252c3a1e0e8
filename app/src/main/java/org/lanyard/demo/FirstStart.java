package org.lanyard.demo;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lanyard.access.Accounts;
import org.lanyard.access.SignInLinks;
import org.lanyard.schools.SchoolDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets up an empty installation, once, even when several nodes start together: the work runs under a PostgreSQL
 * advisory lock and checks again whether it is still needed.
 * <p>
 * There is no default password. Until the first trust administrator has chosen one, every start prints a fresh
 * one-time sign-in link on the console (the previous link stops working).
 */
@Component
@Order(20)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private static final long FIRST_START_LOCK = 0x4C414E59L;

	private final DemoProperties properties;

	private final SchoolDirectory schools;

	private final Accounts accounts;

	private final SignInLinks links;

	private final DemoTrust demoTrust;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FirstStart(DemoProperties properties, SchoolDirectory schools, Accounts accounts, SignInLinks links,
			DemoTrust demoTrust, JdbcClient jdbc, TransactionTemplate transactions) {
		this.properties = properties;
		this.schools = schools;
		this.accounts = accounts;
		this.links = links;
		this.demoTrust = demoTrust;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		String link = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(FIRST_START_LOCK).query((rs, n) -> 1).list();
			if (!schools.hasTrust()) {
				if (properties.demo()) {
					demoTrust.create();
				}
				else {
					schools.createTrust(properties.trustName());
				}
			}
			if (!accounts.anyTrustAdmin()) {
				accounts.create(properties.adminEmail(), "Trust administrator", true, null);
			}
			return accounts.firstTrustAdminWithoutPassword().map(links::issue).orElse(null);
		});
		if (link != null) {
			announce(link);
		}
	}

	private void announce(String link) {
		String banner = """

				==========================================================================
				 Lanyard is ready. Sign in as the first trust administrator (%s):

				   %s

				 The link works once and for 72 hours. Until an administrator has set a
				 password, each start prints a new link and the old one stops working.
				==========================================================================
				""".formatted(properties.adminEmail(), link);
		log.warn(banner);
	}

}
