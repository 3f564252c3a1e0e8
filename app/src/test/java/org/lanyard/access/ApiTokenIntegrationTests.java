package org.lanyard.access;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.WebSession;
import org.lanyard.access.AccessFixtures.Person;
import org.lanyard.schools.SchoolRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: made in the web UI, shown once, stored only as a hash, and dead as soon as revoked. */
@LanyardIntegrationTest
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	WebSession browser;

	String slug;

	Person staff;

	@BeforeEach
	void setUp() {
		slug = TestApi.asTrustAdmin(port).newSchool("lache-2020");
		staff = new AccessFixtures(context).aPersonWithPassword(slug, SchoolRole.STAFF);
		browser = new WebSession(port);
		browser.follow(browser.signIn(staff.email(), staff.password()));
	}

	@Test
	void tokenMadeInTheAccountPageIsShownOnceAndWorksOnTheApi() {
		browser.get("/account");

		var made = browser.submit("/account/tokens", Map.of("name", "MIS sync"));

		assertThat(made.status()).isEqualTo(200);
		assertThat(made.text()).contains("Copy it now: Lanyard will not show it again.");
		String token = shownToken(made.body());
		assertThat(token).startsWith("lyd_").hasSizeGreaterThan(40);
		var account = browser.get("/account");
		assertThat(account.text()).contains("MIS sync", token.substring(0, 8));
		assertThat(account.body()).doesNotContain(token).doesNotContain(token.substring(8));
		var api = TestApi.asTrustAdmin(port).as(token);
		var schools = api.get("/api/v1/schools");
		assertThat(schools.status()).isEqualTo(200);
		assertThat(schools.body()).contains(slug);
	}

	@Test
	void revokedTokenIsRefusedAtOnce() {
		browser.get("/account");
		String token = shownToken(browser.submit("/account/tokens", Map.of("name", "Old laptop")).body());
		var api = TestApi.asTrustAdmin(port).as(token);
		assertThat(api.get("/api/v1/schools").status()).isEqualTo(200);

		var revoked = browser.submit(revokeAction(browser.get("/account").body(), "Old laptop"), Map.of());

		assertThat(revoked.redirectPath()).isEqualTo("/account");
		assertThat(browser.follow(revoked).text()).contains("The token has been revoked: it no longer works.", "Revoked");
		var refused = api.get("/api/v1/schools");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	@Test
	void storesOnlyAHashOfTheToken() {
		browser.get("/account");

		String token = shownToken(browser.submit("/account/tokens", Map.of("name", "Stored hashed")).body());

		var row = jdbc.sql("select t::text from access.api_token t where user_id = ? and name = 'Stored hashed'")
			.param(staff.id()).query(String.class).single();
		assertThat(row).doesNotContain(token).doesNotContain(token.substring(8, 30));
		var sessions = jdbc.sql("select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in attribute_bytes) > 0")
			.param(token).query(Integer.class).single();
		assertThat(sessions).as("the token is not kept in the session either").isZero();
	}

	@Test
	void refusesATokenWithoutAName() {
		browser.get("/account");

		var page = browser.submit("/account/tokens", Map.of("name", "   "));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Give the token a name");
		assertThat(jdbc.sql("select count(*) from access.api_token where user_id = ?").param(staff.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aTokenCannotBeRevokedByAnotherPerson() {
		browser.get("/account");
		String token = shownToken(browser.submit("/account/tokens", Map.of("name", "Mine")).body());
		String revoke = revokeAction(browser.get("/account").body(), "Mine");
		Person other = new AccessFixtures(context).aPersonWithPassword(slug, SchoolRole.STAFF);
		WebSession intruder = new WebSession(port);
		intruder.follow(intruder.signIn(other.email(), other.password()));
		intruder.get("/account");

		intruder.submit(revoke, Map.of());

		assertThat(TestApi.asTrustAdmin(port).as(token).get("/api/v1/schools").status()).isEqualTo(200);
	}

	private static String shownToken(String html) {
		Matcher token = Pattern.compile("id=\"new-token\"[^>]*>(lyd_[A-Za-z0-9_-]+)<").matcher(html);
		assertThat(token.find()).as("the new token is shown").isTrue();
		return token.group(1);
	}

	private static String revokeAction(String html, String name) {
		Matcher form = Pattern.compile("<form action=\"(/account/tokens/[0-9a-f-]{36}/revoke)\"[^>]*>(?:(?!</form>).)*Revoke token "
				+ Pattern.quote(name), Pattern.DOTALL).matcher(html);
		assertThat(form.find()).as("a revoke button for " + name).isTrue();
		return form.group(1);
	}

}
