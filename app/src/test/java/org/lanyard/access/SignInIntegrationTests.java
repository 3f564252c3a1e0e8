package org.lanyard.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** Signing in to the web UI: password, throttling, the second factor leaders must use, CSRF and security headers. */
@LanyardIntegrationTest
class SignInIntegrationTests {

	static final String SETUP_PAGE = "/account/second-factor/setup";

	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	static final String PEOPLE = "external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n"
			+ "P1,PUPIL,Grace,Hill,,3,2018-10-04,,\n" + "M1,PARENT,Donna,Hill,,,,donna.hill@example.com,P1\n";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	AccessFixtures fixtures;

	WebSession browser;

	String slug;

	@BeforeEach
	void setUp() {
		fixtures = new AccessFixtures(context);
		browser = new WebSession(port);
		slug = TestApi.asTrustAdmin(port).newSchool("lache-2020");
	}

	/** Every test signs in from 127.0.0.1: keep the per-address count of failures from adding up across tests. */
	@AfterEach
	void forgetFailedSignIns() {
		jdbc.sql("delete from access.failed_sign_in where email like '%@school.example'").update();
	}

	@Test
	void signsInWithPasswordAndGoesStraightToTheirSchool() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);

		var signedIn = browser.signIn(staff.email(), staff.password());

		assertThat(signedIn.redirectPath()).isEqualTo("/");
		var home = browser.follow(signedIn);
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/schools/" + slug);
		assertThat(home.text()).contains("Test Staff", "Test School " + slug);
	}

	@Test
	void refusesAWrongPasswordWithAMessageThatDoesNotSayWhichPartWasWrong() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);

		var wrongPassword = browser.follow(browser.signIn(staff.email(), "not the right password"));
		var unknownEmail = browser.follow(browser.signIn("nobody-" + staff.email(), "not the right password"));

		assertThat(wrongPassword.uri().getPath()).isEqualTo("/login");
		assertThat(wrongPassword.text()).contains("Sign-in did not work",
				"That e-mail address and password do not match an account.");
		assertThat(unknownEmail.text()).contains("That e-mail address and password do not match an account.");
		assertThat(browser.get("/").redirectPath()).isEqualTo("/login");
	}

	@Test
	void locksTheAccountAfterFiveFailuresAndSaysSoEvenToTheRightPassword() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		for (int i = 0; i < 5; i++) {
			browser.signIn(staff.email(), "wrong guess " + i);
		}

		var page = browser.follow(browser.signIn(staff.email(), staff.password()));

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.text()).contains("Too many failed sign-ins. Wait 15 minutes and try again");
		assertThat(failuresRecordedFor(staff.email())).isEqualTo(5);
		assertThat(browser.get("/").redirectPath()).isEqualTo("/login");
	}

	@Test
	void fourFailuresDoNotLockTheAccountAndEachCountsOnce() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		for (int i = 0; i < 4; i++) {
			browser.signIn(staff.email(), "wrong guess " + i);
		}
		assertThat(failuresRecordedFor(staff.email())).isEqualTo(4);

		var signedIn = browser.signIn(staff.email(), staff.password());

		assertThat(signedIn.redirectPath()).isEqualTo("/");
		assertThat(failuresRecordedFor(staff.email())).as("a sign-in clears the count").isZero();
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		Timestamp longAgo = Timestamp.from(Instant.now().minus(16, ChronoUnit.MINUTES));
		for (int i = 0; i < 5; i++) {
			jdbc.sql("insert into access.failed_sign_in (email, remote_addr, attempted_at) values (?, '127.0.0.1', ?)")
				.params(staff.email(), longAgo)
				.update();
		}

		var signedIn = browser.signIn(staff.email(), staff.password());

		assertThat(signedIn.redirectPath()).isEqualTo("/");
	}

	@ParameterizedTest
	@EnumSource(value = SchoolRole.class, names = { "HEADTEACHER", "DSL", "DEPUTY_DSL" })
	void leaderWithoutSecondFactorMustSetOneUpBeforeReachingAnyPage(SchoolRole role) {
		Person leader = fixtures.aPersonWithPassword(slug, role);

		var signedIn = browser.signIn(leader.email(), leader.password());

		assertThat(signedIn.redirectPath()).isEqualTo(SETUP_PAGE);
		assertOnlySetUpIsReachable();
		setUpSecondFactorThroughThePage();
		assertThat(browser.get("/schools/" + slug + "/people").status()).isEqualTo(200);
	}

	@Test
	void trustAdministratorWithoutSecondFactorMustSetOneUpBeforeReachingAnyPage() {
		Person admin = fixtures.aTrustAdminWithPassword();

		var signedIn = browser.signIn(admin.email(), admin.password());

		assertThat(signedIn.redirectPath()).isEqualTo(SETUP_PAGE);
		assertOnlySetUpIsReachable();
		setUpSecondFactorThroughThePage();
		assertThat(browser.get("/schools").status()).isEqualTo(200);
	}

	@Test
	void withSecondFactorTheCodeIsAskedForAndNothingElseIsReachableUntilThen() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		fixtures.withSecondFactor(head.id());

		var signedIn = browser.signIn(head.email(), head.password());

		assertThat(signedIn.redirectPath()).isEqualTo(SECOND_FACTOR_PAGE);
		for (String page : List.of("/", "/account", "/schools/" + slug + "/people", SETUP_PAGE)) {
			assertThat(browser.get(page).redirectPath()).as(page).isEqualTo(SECOND_FACTOR_PAGE);
		}
		assertThat(browser.get(SECOND_FACTOR_PAGE).text()).contains("Enter your security code");
	}

	@Test
	void canCancelAtTheSecondFactorAndIsThenSignedOut() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		fixtures.withSecondFactor(head.id());
		browser.signIn(head.email(), head.password());
		browser.get(SECOND_FACTOR_PAGE);

		var cancelled = browser.submit("/logout", Map.of());

		assertThat(cancelled.redirectPath()).isEqualTo("/login?signedOut");
		assertThat(browser.get(SECOND_FACTOR_PAGE).redirectPath()).isEqualTo("/login");
	}

	@Test
	void refusesAWrongCodeAndAcceptsTheRightOneOnlyOnce() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		AuthenticatorApp app = fixtures.withSecondFactor(head.id()).app();
		browser.signIn(head.email(), head.password());
		browser.get(SECOND_FACTOR_PAGE);

		var wrong = browser.submit(SECOND_FACTOR_PAGE, Map.of("code", "000000".equals(app.nextCode()) ? "111111" : "000000"));
		String code = app.nextCode();
		var right = browser.submit(SECOND_FACTOR_PAGE, Map.of("code", code));

		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.text()).contains("That code is not right.");
		assertThat(right.redirectPath()).isEqualTo("/");
		assertThat(browser.get("/schools/" + slug + "/people").status()).isEqualTo(200);

		WebSession eavesdropper = new WebSession(port);
		eavesdropper.signIn(head.email(), head.password());
		eavesdropper.get(SECOND_FACTOR_PAGE);
		var replayed = eavesdropper.submit(SECOND_FACTOR_PAGE, Map.of("code", code));
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.text()).contains("That code is not right.");
		assertThat(eavesdropper.get("/").redirectPath()).isEqualTo(SECOND_FACTOR_PAGE);
	}

	@Test
	void signingInAgainWithThePasswordDoesNotResetTheCountOfWrongCodes() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		AuthenticatorApp app = fixtures.withSecondFactor(head.id()).app();
		String wrong = "000000".equals(app.nextCode()) || "000000".equals(app.codeNow()) ? "111111" : "000000";
		for (int attempt = 0; attempt < 5; attempt++) {
			if (attempt % 3 == 0) {
				browser = new WebSession(port);
				browser.signIn(head.email(), head.password());
				browser.get(SECOND_FACTOR_PAGE);
			}
			browser.submit(SECOND_FACTOR_PAGE, Map.of("code", wrong));
		}

		var right = browser.submit(SECOND_FACTOR_PAGE, Map.of("code", app.nextCode()));

		assertThat(right.status()).isEqualTo(200);
		assertThat(right.text()).contains("Too many failed sign-ins.");
		assertThat(browser.get("/").redirectPath()).isEqualTo(SECOND_FACTOR_PAGE);
	}

	@Test
	void aOneTimeLinkWorksOnce() {
		String email = AccessFixtures.uniqueEmail("new-staff");
		String link = fixtures.signInLinkPath(fixtures.anAccountWithoutPassword(email, "New Staff", false));
		browser.get(link);

		var set = browser.submit(link, Map.of("password", AccessFixtures.PASSWORD, "confirmation", AccessFixtures.PASSWORD));

		assertThat(set.redirectPath()).startsWith("/login?passwordSet");
		assertThat(new WebSession(port).get(link).text()).contains("This link no longer works");
		assertThat(browser.signIn(email, AccessFixtures.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void aRecoveryCodeWorksOnceInsteadOfTheApp() {
		Person dsl = fixtures.aPersonWithPassword(slug, SchoolRole.DSL);
		String recoveryCode = fixtures.withSecondFactor(dsl.id()).recoveryCodes().get(3);
		browser.signIn(dsl.email(), dsl.password());
		browser.get(SECOND_FACTOR_PAGE);

		var first = browser.submit(SECOND_FACTOR_PAGE, Map.of("code", recoveryCode.toUpperCase()));

		assertThat(first.redirectPath()).isEqualTo("/");
		WebSession again = new WebSession(port);
		again.signIn(dsl.email(), dsl.password());
		again.get(SECOND_FACTOR_PAGE);
		assertThat(again.submit(SECOND_FACTOR_PAGE, Map.of("code", recoveryCode)).text()).contains("That code is not right.");
		assertThat(browser.follow(browser.get("/account")).text()).contains("You have 9 unused recovery codes");
	}

	@Test
	void openingTheSetUpPageAgainDoesNotSwitchTheSecondFactorOff() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		AuthenticatorApp app = fixtures.withSecondFactor(staff.id()).app();
		browser.signIn(staff.email(), staff.password());
		browser.get(SECOND_FACTOR_PAGE);
		browser.submit(SECOND_FACTOR_PAGE, Map.of("code", app.nextCode()));

		var setUpAgain = browser.get(SETUP_PAGE);
		var qrCode = browser.get(SETUP_PAGE + "/qr.svg");

		assertThat(setUpAgain.redirectPath()).isEqualTo("/account");
		assertThat(browser.follow(setUpAgain).text()).contains("Your authenticator app is already set up.");
		assertThat(qrCode.status()).isEqualTo(404);
		WebSession later = new WebSession(port);
		assertThat(later.signIn(staff.email(), staff.password()).redirectPath()).isEqualTo(SECOND_FACTOR_PAGE);
	}

	@Test
	void aSwitchedOffAccountCannotSignInAndOnlyTheRightPasswordLearnsWhy() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		jdbc.sql("update access.user_account set disabled = true where id = ?").param(staff.id()).update();

		var wrongPassword = browser.follow(browser.signIn(staff.email(), "not the right password"));
		var rightPassword = browser.follow(browser.signIn(staff.email(), staff.password()));

		assertThat(wrongPassword.text()).contains("That e-mail address and password do not match an account.")
			.doesNotContain("disabled", "switched off");
		assertThat(rightPassword.uri().getPath()).isEqualTo("/login");
		assertThat(rightPassword.text()).contains("Your Lanyard account has been switched off.");
		assertThat(failuresRecordedFor(staff.email())).isEqualTo(1);
	}

	@Test
	void anHtmxRequestWithoutASessionSendsTheWholePageToSignInInsteadOfSwappingTheSignInPageIntoIt() {
		var partial = browser.getAsHtmx("/schools/" + slug + "/people?q=hill");

		assertThat(partial.status()).isEqualTo(401);
		assertThat(partial.header("HX-Redirect")).hasValue("/login");
		assertThat(partial.body()).doesNotContain("<form");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		String before = browser.get("/login").header("Set-Cookie").orElse("");

		var signedIn = browser.signIn(staff.email(), staff.password());

		String cookie = signedIn.header("Set-Cookie").orElse("");
		assertThat(cookie).startsWith("LANYARD_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(cookie.substring(0, cookie.indexOf(';'))).isNotEqualTo(before.isEmpty() ? "" : before.substring(0, before.indexOf(';')));
	}

	@Test
	void refusesAFormPostWithoutTheCsrfToken() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);

		var signInWithoutToken = browser.post("/login", Map.of("email", staff.email(), "password", staff.password()));
		browser.signIn(staff.email(), staff.password());
		var tokenWithoutCsrf = browser.post("/account/tokens", Map.of("name", "forged"));
		var signOutWithoutCsrf = browser.post("/logout", Map.of());

		assertThat(signInWithoutToken.status()).isEqualTo(403);
		assertThat(tokenWithoutCsrf.status()).isEqualTo(403);
		assertThat(signOutWithoutCsrf.status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from access.api_token where name = 'forged' and user_id = ?")
			.param(staff.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void everyPageCarriesTheSecurityHeadersAndNoInlineScriptOrStyle() {
		TestApi.asTrustAdmin(port).postCsv("/api/v1/schools/" + slug + "/people", PEOPLE);
		Person admin = fixtures.aTrustAdminWithPassword();
		AuthenticatorApp app = fixtures.withSecondFactor(admin.id()).app();
		WebSession visitor = new WebSession(port);
		String welcome = fixtures.signInLinkPath(fixtures.anAccountWithoutPassword(AccessFixtures.uniqueEmail("new"),
				"New Person", false));
		List<String> publicPages = List.of("/login", "/login?error", welcome, "/welcome/no-such-link");
		browser.signIn(admin.email(), admin.password());
		browser.get(SECOND_FACTOR_PAGE);
		browser.submit(SECOND_FACTOR_PAGE, Map.of("code", app.nextCode()));
		browser.get("/account");
		browser.submit("/account/tokens", Map.of("name", "Listed on the account page"));
		String person = firstPersonLink(browser.get("/schools/" + slug + "/people").body());
		List<String> pages = List.of("/", "/schools", "/schools/" + slug, "/schools/" + slug + "/people",
				"/schools/" + slug + "/people?q=hill", person, "/schools/" + slug + "/people/import", "/account",
				"/audit", "/schools/no-such-school");

		assertSoftly(softly -> {
			for (String path : publicPages) {
				checkPage(softly, path, visitor.get(path));
			}
			for (String path : pages) {
				checkPage(softly, path, browser.get(path));
			}
		});
	}

	private void checkPage(org.assertj.core.api.SoftAssertions softly, String path, WebSession.Page page) {
		softly.assertThat(page.status()).as(path + " status").isIn(200, 404);
		String csp = page.header("Content-Security-Policy").orElse("");
		softly.assertThat(csp).as(path + " CSP").contains("script-src 'self'", "style-src 'self'", "object-src 'none'",
				"frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
		softly.assertThat(page.header("X-Frame-Options")).as(path + " X-Frame-Options").hasValue("DENY");
		softly.assertThat(page.header("Referrer-Policy")).as(path + " Referrer-Policy").isPresent();
		softly.assertThat(page.header("X-Content-Type-Options")).as(path + " nosniff").hasValue("nosniff");
		softly.assertThat(page.header("Cache-Control")).as(path + " not kept in caches").hasValueSatisfying(
				value -> assertThat(value).contains("no-store"));
		String html = page.body();
		softly.assertThat(html).as(path + " is a page").contains("<main");
		softly.assertThat(inlineScripts(html)).as(path + " inline <script>").isEmpty();
		softly.assertThat(html).as(path + " style attribute").doesNotContainPattern("(?i)\\sstyle\\s*=");
		softly.assertThat(html).as(path + " <style> element").doesNotContainPattern("(?i)<style[\\s>]");
		softly.assertThat(html).as(path + " event handler attribute").doesNotContainPattern("(?i)<[^>]+\\son[a-z]+\\s*=");
		softly.assertThat(html).as(path + " javascript: URL").doesNotContainPattern("(?i)javascript:");
		softly.assertThat(postFormsWithoutCsrfToken(html)).as(path + " form without CSRF token").isEmpty();
	}

	private static List<String> inlineScripts(String html) {
		Matcher scripts = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>").matcher(html);
		List<String> inline = new java.util.ArrayList<>();
		while (scripts.find()) {
			if (!scripts.group(1).contains("src=") || !scripts.group(2).isBlank()) {
				inline.add(scripts.group());
			}
		}
		return inline;
	}

	private static List<String> postFormsWithoutCsrfToken(String html) {
		Matcher forms = Pattern.compile("(?is)<form\\b[^>]*method=\"post\"[^>]*>.*?</form>").matcher(html);
		List<String> unprotected = new java.util.ArrayList<>();
		while (forms.find()) {
			if (!forms.group().contains("name=\"_csrf\"")) {
				unprotected.add(forms.group());
			}
		}
		return unprotected;
	}

	private String firstPersonLink(String html) {
		Matcher link = Pattern.compile("href=\"(/schools/" + slug + "/people/[0-9a-f-]{36})\"").matcher(html);
		assertThat(link.find()).as("a person's link on the people page").isTrue();
		return link.group(1);
	}

	private void assertOnlySetUpIsReachable() {
		for (String page : List.of("/", "/account", "/schools", "/schools/" + slug, "/schools/" + slug + "/people",
				"/audit", SECOND_FACTOR_PAGE)) {
			assertThat(browser.get(page).redirectPath()).as(page).isEqualTo(SETUP_PAGE);
		}
		assertThat(browser.post("/account/tokens", Map.of("name", "sneaky", "_csrf", browser.csrfToken().orElse("")))
			.redirectPath()).isEqualTo(SETUP_PAGE);
	}

	private void setUpSecondFactorThroughThePage() {
		var setUp = browser.get(SETUP_PAGE);
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(setUp.body());
		assertThat(secret.find()).as("the secret is shown to type into the app").isTrue();

		var codes = browser.submit(SETUP_PAGE, Map.of("code", new AuthenticatorApp(secret.group(1)).codeNow()));

		assertThat(codes.status()).isEqualTo(200);
		assertThat(codes.text()).contains("Keep these recovery codes safe");
		assertThat(browser.get("/").status()).isIn(200, 302);
		assertThat(browser.get("/account").status()).isEqualTo(200);
	}

	private int failuresRecordedFor(String email) {
		return jdbc.sql("select count(*) from access.failed_sign_in where email = ?").param(email).query(Integer.class).single();
	}

}
