package org.lanyard.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on with the school's Microsoft 365 (Entra ID), against an OpenID Connect provider running in the test:
 * the full authorization-code flow, through real HTTP, following every redirect with the cookies a browser keeps.
 * Its own application context, because the provider's address is a property known only once the provider runs.
 */
@LanyardIntegrationTest
class SingleSignOnIntegrationTests {

	static final String CLIENT_ID = "lanyard-test-client";

	static final MockOAuth2Server entra = started();

	@DynamicPropertySource
	static void entraRegistration(DynamicPropertyRegistry properties) {
		String registration = "spring.security.oauth2.client.registration.entra.";
		properties.add(registration + "client-id", () -> CLIENT_ID);
		properties.add(registration + "client-secret", () -> "not-a-real-secret");
		properties.add(registration + "client-name", () -> "Microsoft 365");
		properties.add(registration + "scope", () -> "openid,email,profile");
		properties.add("spring.security.oauth2.client.provider.entra.issuer-uri", () -> entra.issuerUrl("entra").toString());
	}

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
		slug = TestApi.asTrustAdmin(port).newSchool("little-eaton-2024");
	}

	@AfterEach
	void forgetFailedSignIns() {
		jdbc.sql("delete from access.failed_sign_in where email like '%@school.example'").update();
	}

	@AfterAll
	static void stopProvider() {
		entra.shutdown();
	}

	@Test
	void theSignInPageOffersTheSchoolAccount() {
		var page = browser.get("/login");

		assertThat(page.text()).contains("Or sign in with your school account", "Sign in with Microsoft 365");
		assertThat(page.body()).contains("href=\"/oauth2/authorization/entra\"");
	}

	@Test
	void anAddressWithAnAccountSignsInToThatAccount() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);

		var page = signInWithEntra(staff.email().toUpperCase());

		assertThat(page.uri().getPath()).isEqualTo("/schools/" + slug);
		assertThat(page.text()).contains("Test Staff");
		assertThat(accountsWithEmail(staff.email())).isEqualTo(1);
	}

	@Test
	void aMemberOfStaffInTheDirectoryWithoutAnAccountGetsOneWithTheStaffRoleInTheirSchool() {
		String email = AccessFixtures.uniqueEmail("linda");
		TestApi.asTrustAdmin(port).postCsv("/api/v1/schools/" + slug + "/people", people(
				"S1,STAFF,Linda,Cockburn,,,," + email + ","));

		var page = signInWithEntra(email);

		assertThat(page.uri().getPath()).isEqualTo("/schools/" + slug);
		assertThat(page.text()).contains("Linda Cockburn");
		var grant = jdbc.sql("select g.role from access.role_grant g join access.user_account a on a.id = g.user_id "
				+ "join schools.school s on s.id = g.school_id where lower(a.email) = lower(?) and s.slug = ?")
			.params(email, slug).query(String.class).list();
		assertThat(grant).containsExactly("STAFF");
		assertThat(jdbc.sql("select person_id is not null from access.user_account where lower(email) = lower(?)")
			.param(email).query(Boolean.class).single()).as("linked to the person in the directory").isTrue();
	}

	@Test
	void anUnknownAddressIsRefusedWithAClearMessageOnTheSignInPage() {
		String email = AccessFixtures.uniqueEmail("stranger");

		var page = signInWithEntra(email);

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.text()).contains("Single sign-on did not work", "There is no Lanyard account for " + email,
				"Ask your school's Lanyard administrator to add you.");
		assertThat(page.body().split("role=\"alert\"", -1)).as("one error, said once").hasSize(2);
		assertThat(browser.get("/").redirectPath()).isEqualTo("/login");
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void aParentInTheDirectoryIsNotGivenAnAccount() {
		String email = AccessFixtures.uniqueEmail("parent");
		TestApi.asTrustAdmin(port).postCsv("/api/v1/schools/" + slug + "/people", people(
				"P1,PUPIL,Grace,Hill,,3,2018-10-04,,", "M1,PARENT,Donna,Hill,,,," + email + ",P1"));

		var page = signInWithEntra(email);

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.text()).contains("There is no Lanyard account for " + email);
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void anAddressTheProviderHasNotVerifiedIsRefused() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);

		var page = signInWithEntra(staff.email(), Map.of("email_verified", false));

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.text()).contains("did not share a verified e-mail address");
	}

	@Test
	void entraWithoutAnEmailClaimIsMatchedByTheSignInName() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);

		var page = signInWithEntra(null, Map.of("preferred_username", staff.email()));

		assertThat(page.uri().getPath()).isEqualTo("/schools/" + slug);
	}

	@Test
	void aSwitchedOffAccountIsRefused() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		jdbc.sql("update access.user_account set disabled = true where id = ?").param(staff.id()).update();

		var page = signInWithEntra(staff.email());

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.text()).contains("Your Lanyard account has been switched off.");
	}

	@Test
	void aTrustAdministratorStillGivesTheSecondFactor() {
		Person admin = fixtures.aTrustAdminWithPassword();
		AuthenticatorApp app = fixtures.withSecondFactor(admin.id()).app();

		var page = signInWithEntra(admin.email());

		assertThat(page.uri().getPath()).isEqualTo("/login/second-factor");
		assertThat(browser.get("/schools").redirectPath()).isEqualTo("/login/second-factor");
		browser.get("/login/second-factor");
		var signedIn = browser.submit("/login/second-factor", Map.of("code", app.nextCode()));
		assertThat(signedIn.redirectPath()).isEqualTo("/");
		assertThat(browser.get("/schools").status()).isEqualTo(200);
	}

	@Test
	void aHeadteacherWithoutASecondFactorMustSetOneUpFirst() {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);

		var page = signInWithEntra(head.email());

		assertThat(page.uri().getPath()).isEqualTo("/account/second-factor/setup");
		assertThat(browser.get("/schools/" + slug + "/people").redirectPath()).isEqualTo("/account/second-factor/setup");
	}

	@Test
	void aFailureOfTheFlowItselfSaysSoInPlainWords() {
		browser.get("/login");

		var page = browser.open("/login/oauth2/code/entra?code=forged&state=forged");

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.text()).contains("Single sign-on did not work",
				"Your school account did not sign you in (authorization_request_not_found)")
			.doesNotContain("[authorization_request_not_found]");
	}

	private WebSession.Page signInWithEntra(String email) {
		return signInWithEntra(email, Map.of());
	}

	/** Clicks "Sign in with Microsoft 365"; the provider signs in the person with this address at once. */
	private WebSession.Page signInWithEntra(@org.jspecify.annotations.Nullable String email, Map<String, Object> moreClaims) {
		Map<String, Object> claims = new java.util.HashMap<>(Map.of("name", "Someone at school"));
		if (email != null) {
			claims.put("email", email);
		}
		claims.putAll(moreClaims);
		entra.enqueueCallback(new DefaultOAuth2TokenCallback("entra", UUID.randomUUID().toString(), "JWT",
				List.of(CLIENT_ID), claims, 3600));
		browser.get("/login");
		return browser.open("/oauth2/authorization/entra");
	}

	private int accountsWithEmail(String email) {
		return jdbc.sql("select count(*) from access.user_account where lower(email) = lower(?)").param(email)
			.query(Integer.class).single();
	}

	private static String people(String... rows) {
		return "external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n"
				+ String.join("\n", rows) + "\n";
	}

	private static MockOAuth2Server started() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

}
