package org.lanyard.access;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
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

/**
 * A new phone, and a lost one: moving one's own authenticator app without ever being left without a second factor,
 * and a trust administrator taking away a colleague's when the phone and the recovery codes are both gone.
 */
@LanyardIntegrationTest
class SecondFactorMovesIntegrationTests {

	static final String MOVE_PAGE = "/account/second-factor/move";

	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	AccessFixtures fixtures;

	String slug;

	@BeforeEach
	void setUp() {
		fixtures = new AccessFixtures(context);
		slug = TestApi.asTrustAdmin(port).newSchool("lache-2020");
	}

	@AfterEach
	void forgetFailedSignIns() {
		jdbc.sql("delete from access.failed_sign_in where email like '%@school.example'").update();
	}

	@Test
	void movesToANewPhoneAndTheOldAppAndCodesStopWorkingOnlyOnceTheNewAppIsConfirmed() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		var old = fixtures.withSecondFactor(head.id());
		WebSession browser = signedInWithCode(head, old.app().nextCode());
		String oldSecret = secretOf(head.id());
		aMinuteLater(head.id());

		var started = browser.submit(MOVE_PAGE, Map.of("currentCode", old.app().codeNow()));
		assertThat(started.redirectPath()).isEqualTo(MOVE_PAGE);
		assertThat(browser.get(MOVE_PAGE + "/qr.svg").body()).startsWith("<svg");
		var movePage = browser.get(MOVE_PAGE);
		assertThat(movePage.text()).contains("Move your authenticator app to a new phone",
				"Your old app keeps working until the new one is confirmed");
		AuthenticatorApp newApp = new AuthenticatorApp(shownSecret(movePage.body()));
		// half-way: the old app is still the one in force
		assertThat(secretOf(head.id())).isEqualTo(oldSecret);
		assertThat(enabled(head.id())).isTrue();

		String wrong = "000000".equals(newApp.codeNow()) || "000000".equals(newApp.nextCode()) ? "111111" : "000000";
		var refused = browser.submit(MOVE_PAGE + "/confirm", Map.of("code", wrong));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"code-error\"", "That code is not right.");
		assertThat(secretOf(head.id())).isEqualTo(oldSecret);

		var confirmed = browser.submit(MOVE_PAGE + "/confirm", Map.of("code", newApp.codeNow()));
		assertThat(confirmed.text()).contains("Keep these recovery codes safe");
		assertThat(secretOf(head.id())).isNotEqualTo(oldSecret);
		assertThat(enabled(head.id())).isTrue();
		assertThat(browser.get(MOVE_PAGE).redirectPath()).isEqualTo("/account");

		WebSession withOldRecoveryCode = startSignIn(head);
		assertThat(withOldRecoveryCode.submit(SECOND_FACTOR_PAGE, Map.of("code", old.recoveryCodes().get(0))).text())
			.contains("That code is not right.");
		WebSession withNewApp = startSignIn(head);
		assertThat(withNewApp.submit(SECOND_FACTOR_PAGE, Map.of("code", newApp.nextCode())).redirectPath()).isEqualTo("/");
		assertThat(auditedActions(head.id())).contains("account.second-factor-moved");
	}

	@Test
	void aRecoveryCodeStartsAMoveWhenTheOldPhoneIsLost() {
		Person dsl = fixtures.aPersonWithPassword(slug, SchoolRole.DSL);
		var old = fixtures.withSecondFactor(dsl.id());
		WebSession browser = startSignIn(dsl);
		browser.submit(SECOND_FACTOR_PAGE, Map.of("code", old.recoveryCodes().get(0)));

		var started = browser.submit(MOVE_PAGE, Map.of("currentCode", old.recoveryCodes().get(1)));

		assertThat(started.redirectPath()).isEqualTo(MOVE_PAGE);
		assertThat(browser.get(MOVE_PAGE).text()).contains("Code from the new app");
	}

	@Test
	void aWrongCurrentCodeStartsNoMoveSaysSoBesideTheFieldAndCountsAsAFailure() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		var old = fixtures.withSecondFactor(head.id());
		WebSession browser = signedInWithCode(head, old.app().nextCode());
		String wrong = "000000".equals(old.app().codeNow()) || "000000".equals(old.app().nextCode())
				|| "000000".equals(old.app().previousCode()) ? "111111" : "000000";

		var refused = browser.submit(MOVE_PAGE, Map.of("currentCode", wrong));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"current-code-error\"", "That code is not right.",
				"aria-invalid=\"true\"");
		assertThat(pendingSecretOf(head.id())).isNull();
		assertThat(browser.get(MOVE_PAGE).redirectPath()).isEqualTo("/account");
		assertThat(jdbc.sql("select count(*) from access.failed_sign_in where email = ?")
			.param(head.email())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTrustAdministratorTakesAwayALostSecondFactorSignsThemOutAndTheyMustSetUpANewAppAtNextSignIn() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		var lost = fixtures.withSecondFactor(head.id());
		WebSession headsOldSession = signedInWithCode(head, lost.app().nextCode());
		assertThat(headsOldSession.get("/account").status()).isEqualTo(200);
		Person admin = fixtures.aTrustAdminWithPassword();
		WebSession adminBrowser = signedInWithCode(admin, fixtures.withSecondFactor(admin.id()).app().nextCode());
		var members = adminBrowser.get("/schools/" + slug + "/accounts");
		assertThat(members.body()).contains("/accounts/" + head.id() + "/second-factor/reset");

		var reset = adminBrowser.submit("/schools/" + slug + "/accounts/" + head.id() + "/second-factor/reset", Map.of());

		assertThat(reset.redirectPath()).isEqualTo("/schools/" + slug + "/accounts");
		assertThat(adminBrowser.follow(reset).text()).contains("set up a new authenticator app the next time they sign in");
		assertThat(enabled(head.id())).isFalse();
		assertThat(secretOf(head.id())).isNull();
		assertThat(headsOldSession.get("/account").redirectPath()).isEqualTo("/login");
		assertThat(new WebSession(port).signIn(head.email(), head.password()).redirectPath())
			.isEqualTo("/account/second-factor/setup");
		assertThat(auditedActions(head.id())).contains("account.second-factor-reset");
		assertThat(jdbc.sql("select actor from audit.audit_event where action = 'account.second-factor-reset' "
				+ "and subject_id = ?").param(head.id().toString()).query(String.class).single()).contains(admin.email());
	}

	@Test
	void aHeadteacherCannotTakeAwayAColleaguesSecondFactor() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		WebSession browser = signedInWithCode(head, fixtures.withSecondFactor(head.id()).app().nextCode());
		Person dsl = fixtures.aPersonWithPassword(slug, SchoolRole.DSL);
		fixtures.withSecondFactor(dsl.id());

		assertThat(browser.get("/schools/" + slug + "/accounts").body()).doesNotContain("second-factor/reset");
		var refused = browser.submit("/schools/" + slug + "/accounts/" + dsl.id() + "/second-factor/reset", Map.of());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(enabled(dsl.id())).isTrue();
	}

	@Test
	void aResetForSomeoneOutsideTheSchoolIsNotFoundAndChangesNothing() {
		String otherSlug = TestApi.asTrustAdmin(port).newSchool("roman-road-2021");
		Person elsewhere = fixtures.aPersonWithPassword(otherSlug, SchoolRole.DSL);
		fixtures.withSecondFactor(elsewhere.id());
		Person admin = fixtures.aTrustAdminWithPassword();
		WebSession adminBrowser = signedInWithCode(admin, fixtures.withSecondFactor(admin.id()).app().nextCode());

		var reset = adminBrowser.submit("/schools/" + slug + "/accounts/" + elsewhere.id() + "/second-factor/reset",
				Map.of());

		assertThat(reset.status()).isEqualTo(404);
		assertThat(enabled(elsewhere.id())).isTrue();
	}

	private WebSession startSignIn(Person person) {
		WebSession browser = new WebSession(port);
		assertThat(browser.signIn(person.email(), person.password()).redirectPath()).isEqualTo(SECOND_FACTOR_PAGE);
		browser.get(SECOND_FACTOR_PAGE);
		return browser;
	}

	private WebSession signedInWithCode(Person person, String code) {
		WebSession browser = startSignIn(person);
		assertThat(browser.submit(SECOND_FACTOR_PAGE, Map.of("code", code)).redirectPath()).isEqualTo("/");
		browser.get("/account");
		return browser;
	}

	/**
	 * Signing in used the app's next code (the latest a test can use at once); a code works only when it is later than
	 * the last one used, so move the last one back two steps as if a minute had passed.
	 */
	private void aMinuteLater(UUID userId) {
		jdbc.sql("update access.user_account set totp_last_step = totp_last_step - 2 where id = ?").param(userId).update();
	}

	private static String shownSecret(String html) {
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(html);
		assertThat(secret.find()).as("the new secret is shown to type into the app").isTrue();
		return secret.group(1);
	}

	private String secretOf(UUID userId) {
		return jdbc.sql("select totp_secret from access.user_account where id = ?").param(userId)
			.query((rs, row) -> rs.getString(1)).optional().orElse(null);
	}

	private String pendingSecretOf(UUID userId) {
		return jdbc.sql("select totp_pending_secret from access.user_account where id = ?").param(userId)
			.query((rs, row) -> rs.getString(1)).optional().orElse(null);
	}

	private boolean enabled(UUID userId) {
		return jdbc.sql("select totp_enabled from access.user_account where id = ?").param(userId)
			.query(Boolean.class).single();
	}

	private java.util.List<String> auditedActions(UUID userId) {
		return jdbc.sql("select action from audit.audit_event where subject_id = ? order by seq")
			.param(userId.toString())
			.query(String.class)
			.list();
	}

}
