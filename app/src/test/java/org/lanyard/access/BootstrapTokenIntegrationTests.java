package org.lanyard.access;

import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code LANYARD_BOOTSTRAP_TOKEN}: a trust administrator's API token for automation, and nothing more. */
@LanyardIntegrationTest
class BootstrapTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void actsAsTrustAdministratorOnTheApi() {
		TestApi api = TestApi.asTrustAdmin(port);

		String slug = api.newSchool("horizon-mat-2020");

		var schools = api.get("/api/v1/schools");
		assertThat(schools.status()).isEqualTo(200);
		assertThat(schools.body()).contains(slug);
		assertThat(api.get("/api/v1/audit/verify").status()).isEqualTo(200);
	}

	@Test
	void aWrongOrMissingTokenIsRefused() {
		TestApi api = TestApi.asTrustAdmin(port);

		var wrong = api.as(TestApi.BOOTSTRAP_TOKEN + "x").get("/api/v1/schools");
		var missing = api.as(null).get("/api/v1/schools");

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void isStoredOnlyAsAHash() {
		var rows = jdbc.sql("select t::text from access.api_token t where name = ?").param(BootstrapToken.TOKEN_NAME)
			.query(String.class).list();

		assertThat(rows).isNotEmpty().noneMatch(row -> row.contains(TestApi.BOOTSTRAP_TOKEN));
	}

	@Test
	void itsServiceAccountCannotSignInToTheWebUi() {
		WebSession browser = new WebSession(port);

		var attempt = browser.follow(browser.signIn(BootstrapToken.ACCOUNT_EMAIL, TestApi.BOOTSTRAP_TOKEN));

		assertThat(attempt.uri().getPath()).isEqualTo("/login");
		assertThat(attempt.text()).contains("do not match an account");
		jdbc.sql("delete from access.failed_sign_in where email = ?").param(BootstrapToken.ACCOUNT_EMAIL).update();
	}

	@Test
	void doesNotOpenTheWebUi() {
		WebSession browser = new WebSession(port);

		var page = browser.get("/?access_token=" + TestApi.BOOTSTRAP_TOKEN);

		assertThat(page.redirectPath()).isEqualTo("/login");
	}

}
