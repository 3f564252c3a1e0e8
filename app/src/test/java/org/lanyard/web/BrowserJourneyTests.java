package org.lanyard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.access.AccessFixtures;
import org.lanyard.access.AccessFixtures.Person;
import org.lanyard.access.AuthenticatorApp;
import org.lanyard.schools.SchoolRole;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys people make in Lanyard, in a real browser (Debian's Chromium), by keyboard only, with axe-core checking
 * every page on the way: no serious or critical accessibility violation, no Content-Security-Policy violation.
 */
@LanyardIntegrationTest
class BrowserJourneyTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final String HEADER = "external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n";

	static final String PEOPLE = HEADER + """
			P1,PUPIL,Grace,Hill,,3,2018-10-04,,
			P2,PUPIL,Tomasz,Zieliński,Tom,6,2015-10-27,,
			M1,PARENT,Donna,Hill,,,,donna.hill@example.com,P1
			S1,STAFF,Linda,Cockburn,,,,l.cockburn@school.example,
			""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path files;

	AccessFixtures fixtures;

	TestApi api;

	String slug;

	@BeforeEach
	void setUp() {
		browser.at("http://localhost:" + port);
		fixtures = new AccessFixtures(context);
		api = TestApi.asTrustAdmin(port);
		slug = api.newSchool("lache-2020");
	}

	@Test
	void firstTrustAdministratorSignsInWithTheOneTimeLinkAndSetsUpTheAuthenticatorApp() {
		String email = AccessFixtures.uniqueEmail("first-admin");
		String link = fixtures.signInLinkPath(fixtures.anAccountWithoutPassword(email, "Trust administrator", true));

		browser.open(link);
		assertThat(browser.heading()).isEqualTo("Welcome, Trust administrator");
		checkPage();
		browser.fillIn(By.id("password"), "short");
		browser.fillIn(By.id("confirmation"), "short");
		browser.activate(By.cssSelector("main button[type=submit]"));
		assertThat(browser.mainText()).contains("Use at least 12 characters");
		checkPage();
		browser.fillIn(By.id("password"), AccessFixtures.PASSWORD);
		browser.fillIn(By.id("confirmation"), AccessFixtures.PASSWORD);
		browser.activate(By.cssSelector("main button[type=submit]"));

		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.mainText()).contains("Your password is set. Sign in with it now.");
		assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(email);
		checkPage();
		browser.fillIn(By.id("password"), AccessFixtures.PASSWORD);
		browser.activate(By.cssSelector("main button[type=submit]"));

		assertThat(browser.path()).isEqualTo("/account/second-factor/setup");
		checkPage();
		AuthenticatorApp app = new AuthenticatorApp(browser.text(By.id("totp-secret")));
		browser.fillIn(By.id("code"), app.codeNow());
		browser.activate(By.cssSelector("main button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Keep these recovery codes safe");
		assertThat(browser.findAll(By.cssSelector("#recovery-codes li"))).hasSize(10);
		checkPage();
		browser.activate(By.linkText("I have kept them safe – continue"));

		assertThat(browser.path()).isEqualTo("/");
		checkPage();
		browser.press(Keys.TAB);
		assertThat(browser.tabTo(By.linkText("Skip to main content")).getRect().getX()).as("on screen once focused")
			.isGreaterThanOrEqualTo(0);
		browser.press(Keys.ENTER);
		assertThat(browser.script("return document.activeElement.id;")).isEqualTo("main");
		browser.activate(By.xpath("//button[normalize-space()='Sign out']"));
		assertThat(browser.mainText()).contains("You have signed out.");
		browser.fillIn(By.id("email"), email);
		browser.fillIn(By.id("password"), AccessFixtures.PASSWORD);
		browser.activate(By.cssSelector("main button[type=submit]"));

		assertThat(browser.path()).isEqualTo("/login/second-factor");
		checkPage();
		browser.fillIn(By.id("code"), app.nextCode());
		browser.activate(By.cssSelector("main button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.cssSelector(".site-header"))).contains("Trust administrator");
	}

	@Test
	void memberOfStaffTurnsOnTheAuthenticatorAppAndMakesAnApiTokenFromTheirAccountPage() {
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		signIn(new Person(staff.id(), staff.email(), "not my password"));
		assertThat(browser.mainText()).contains("That e-mail address and password do not match an account.");
		checkPage();
		signIn(staff);

		browser.activate(By.linkText("Test Staff"));
		assertThat(browser.heading()).isEqualTo("Your account");
		checkPage();
		browser.activate(By.id("set-up-second-factor"));
		AuthenticatorApp app = new AuthenticatorApp(browser.text(By.id("totp-secret")));
		browser.fillIn(By.id("code"), "123");
		browser.activate(By.cssSelector("main button[type=submit]"));
		assertThat(browser.mainText()).contains("That code is not right.");
		checkPage();
		browser.fillIn(By.id("code"), app.codeNow());
		browser.activate(By.cssSelector("main button[type=submit]"));
		assertThat(browser.heading()).isEqualTo("Keep these recovery codes safe");

		browser.open("/account");
		assertThat(browser.mainText()).contains("On. You have 10 unused recovery codes.");
		browser.fillIn(By.id("token-name"), "MIS sync");
		browser.activate(By.xpath("//button[normalize-space()='Make a token']"));
		String token = browser.text(By.id("new-token"));
		assertThat(token).startsWith("lyd_");
		checkPage();
		assertThat(api.as(token).get("/api/v1/schools").status()).isEqualTo(200);
		browser.activate(By.cssSelector("button[aria-label='Revoke token MIS sync']"));
		assertThat(browser.mainText()).contains("The token has been revoked");
		checkPage();
		assertThat(api.as(token).get("/api/v1/schools").status()).isEqualTo(401);

		// a new phone: the old app proves it is them, the new one is scanned and confirmed
		browser.open("/account");
		browser.fillIn(By.id("current-code"), "123");
		browser.activate(By.xpath("//button[normalize-space()='Move to a new phone']"));
		assertThat(browser.mainText()).contains("That code is not right.");
		checkPage();
		browser.fillIn(By.id("current-code"), app.nextCode());
		browser.activate(By.xpath("//button[normalize-space()='Move to a new phone']"));
		assertThat(browser.heading()).isEqualTo("Move your authenticator app to a new phone");
		checkPage();
		AuthenticatorApp newPhone = new AuthenticatorApp(browser.text(By.id("totp-secret")));
		browser.fillIn(By.id("code"), newPhone.codeNow());
		browser.activate(By.xpath("//button[normalize-space()='Use the new app']"));
		assertThat(browser.heading()).isEqualTo("Keep these recovery codes safe");
	}

	@Test
	void headteacherImportsAFileWithABadRowSeesWhatIsWrongThenImportsTheCorrectedFile() throws IOException {
		Person head = fixtures.aPersonWithPassword(slug, SchoolRole.HEADTEACHER);
		AuthenticatorApp app = fixtures.withSecondFactor(head.id()).app();
		signIn(head);
		browser.fillIn(By.id("code"), app.nextCode());
		browser.activate(By.cssSelector("main button[type=submit]"));

		browser.activate(By.linkText("Import people"));
		assertThat(browser.heading()).isEqualTo("Import people");
		checkPage();
		choose(file("bad.csv", HEADER + """
				P1,PUPIL,Grace,Hill,,3,2018-10-04,,
				P2,TEACHER,Tom,Zielinski,,6,2015-10-27,,
				P3,PUPIL,Ava,Price,,Y3,2018-01-01,,
				"""));
		browser.activate(By.xpath("//main//button[normalize-space()='Import']"));

		assertThat(browser.mainText()).contains("Nothing was imported");
		assertThat(problemRows()).containsExactlyInAnyOrder(List.of("3", "role", "TEACHER"), List.of("4", "year_group", "Y3"));
		assertThat(browser.text(By.cssSelector("table.problems tbody"))).contains("PUPIL").containsIgnoringCase("year");
		checkPage();
		choose(file("good.csv", PEOPLE));
		browser.activate(By.xpath("//main//button[normalize-space()='Import']"));

		assertThat(browser.text(By.id("import-result"))).contains("Imported", "4 new people, 0 updated.");
		assertThat(browser.findAll(By.id("import-problems"))).isEmpty();
		checkPage();
		browser.activate(By.linkText("See the people"));
		assertThat(browser.mainText()).contains("4 people", "Hill, Grace");
	}

	@Test
	void searchingTheDirectoryUpdatesTheResultsAsOneTypesAndWorksWithoutJavaScriptToo() {
		api.postCsv("/api/v1/schools/" + slug + "/people", PEOPLE);
		Person staff = fixtures.aPersonWithPassword(slug, SchoolRole.STAFF);
		signIn(staff);
		browser.activate(By.linkText("People"));
		assertThat(browser.text(By.id("results"))).contains("4 people");
		checkPage();
		browser.script("window.lanyardTestMarker = 'still the same page';");

		browser.fillIn(By.id("q"), "hill");

		browser.waitForText(By.id("results"), "2 people");
		assertThat(browser.text(By.id("results"))).contains("Hill, Grace", "Hill, Donna").doesNotContain("Cockburn");
		assertThat(browser.script("return window.lanyardTestMarker;")).as("updated in place, not reloaded")
			.isEqualTo("still the same page");
		browser.waitUntil(d -> browser.path().contains("q=hill"));
		assertThat(browser.findAll(By.id("results"))).as("one results region, not one inside another").hasSize(1);
		checkPage();
		browser.tabTo(By.id("role"));
		browser.type("Parent"); // "P" picks Pupil first, then "Pa" Parent or carer: two searches, wait for the last
		browser.waitUntil(d -> {
			String results = browser.text(By.id("results"));
			return results.contains("1 person") && results.contains("Hill, Donna");
		});
		assertThat(browser.text(By.id("results"))).doesNotContain("Grace");
		assertThat(browser.script("return window.lanyardTestMarker;")).isEqualTo("still the same page");
		browser.activate(By.linkText("Hill, Donna"));
		assertThat(browser.heading()).isEqualTo("Donna Hill");
		assertThat(browser.mainText()).contains("Grace Hill");
		checkPage();
		browser.back();
		browser.waitForText(By.id("results"), "1 person");
		assertThat(browser.heading()).as("Back shows the whole search page again").isEqualTo("People");
		assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualTo("hill");
		assertThat(browser.script("return JSON.stringify(sessionStorage) + JSON.stringify(localStorage);"))
			.as("no pupil's name kept in the browser's storage").asString().doesNotContain("Grace");

		browser.javaScript(false);
		browser.open("/schools/" + slug + "/people");
		browser.fillIn(By.id("q"), "zieli");
		WebElement search = browser.find(By.id("q"));
		browser.press(Keys.ENTER);
		browser.waitUntil(d -> isStale(search));
		assertThat(browser.path()).contains("q=zieli");
		assertThat(browser.text(By.id("results"))).contains("1 person", "Zieliński, Tom");
		browser.assertNoConsoleErrors();
		browser.javaScript(true); // axe-core is itself a script
		browser.assertAccessible();
	}

	@Test
	void switchingSchoolByKeyboardWaitsForTheGoButton() {
		api.newSchool("little-eaton-2024");
		api.newSchool("roman-road-2021");
		Person admin = fixtures.aTrustAdminWithPassword();
		AuthenticatorApp app = fixtures.withSecondFactor(admin.id()).app();
		signIn(admin);
		browser.fillIn(By.id("code"), app.nextCode());
		browser.activate(By.cssSelector("main button[type=submit]"));
		browser.open("/schools/" + slug);
		browser.script("window.lanyardTestMarker = 'still the same page';");

		WebElement switcher = browser.tabTo(By.id("school-switcher"));
		boolean nearTheEnd = (Boolean) browser.script("return arguments[0].selectedIndex >= arguments[0].options.length - 2;", switcher);
		Keys arrow = nearTheEnd ? Keys.ARROW_UP : Keys.ARROW_DOWN;
		browser.press(arrow);
		browser.press(arrow);
		String chosen = browser.find(By.id("school-switcher")).getDomProperty("value");

		assertThat(browser.script("return window.lanyardTestMarker;")).as("arrowing through the schools stays put")
			.isEqualTo("still the same page");
		assertThat(chosen).isNotEqualTo(slug);
		browser.activate(By.xpath("//form[@class='switcher']//button[normalize-space()='Go']"));
		assertThat(browser.path()).isEqualTo("/schools/" + chosen);
	}

	/** The pages the journeys above do not pass through (home, people, import and account pages they do). */
	@Test
	void theTrustAdministratorsOwnPagesAreAccessible() {
		Person admin = fixtures.aTrustAdminWithPassword();
		AuthenticatorApp app = fixtures.withSecondFactor(admin.id()).app();
		signIn(admin);
		browser.fillIn(By.id("code"), app.nextCode());
		browser.activate(By.cssSelector("main button[type=submit]"));

		for (String page : List.of("/schools", "/schools/" + slug, "/schools/" + slug + "/accounts", "/audit",
				"/schools/no-such-school")) {
			browser.open(page);
			browser.assertAccessible();
		}
		browser.open("/schools");
		browser.activate(By.xpath("//button[normalize-space()='Add school']"));
		assertThat(browser.mainText()).contains("Please check the form");
		browser.assertAccessible();
		browser.open("/audit");
		browser.activate(By.xpath("//button[normalize-space()='Verify the whole trail']"));
		assertThat(browser.text(By.id("verification"))).contains("check out");
		browser.assertAccessible();
	}

	@Test
	void socialMediaLeadChecksACaptionAndSeesTheNameMarkedWithTheClauseAndWhy() {
		api.postCsv("/api/v1/schools/" + slug + "/people", PEOPLE);
		api.postCsv("/api/v1/schools/" + slug + "/consents",
				"pupil_external_id,purpose,status,recorded_on\nP1,SOCIAL_MEDIA,GRANTED,2026-09-03\n");
		signIn(fixtures.aPersonWithPassword(slug, SchoolRole.SOCIAL_MEDIA_LEAD));
		browser.open("/schools/" + slug + "/screening");
		assertThat(browser.heading()).isEqualTo("Check a post or comment");
		checkPage();

		browser.fillIn(By.id("text"), "Well done Grace Hill, our reader of the week! Call 07700 900123 for tickets.");
		browser.activate(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.text(By.id("verdict"))).isEqualTo("Stop: do not publish");
		assertThat(browser.findAll(By.cssSelector("#screening-result mark.finding")).stream().map(WebElement::getText))
			.contains("Grace Hill", "07700 900123");
		assertThat(browser.text(By.cssSelector("#screening-result .findings"))).contains("A pupil can be identified")
			.contains("Personal details").contains("lache-2020 2.4").contains("Never name children in photos");
		assertThat(browser.find(By.id("text")).getDomProperty("value")).as("the text is kept to edit")
			.startsWith("Well done Grace Hill");
		checkPage();
	}

	@Test
	void aHostileCommentIsShownAsTextNeverRunAsMarkup() {
		signIn(fixtures.aPersonWithPassword(slug, SchoolRole.SOCIAL_MEDIA_LEAD));
		browser.open("/schools/" + slug + "/screening");
		// a radio group is one stop for the Tab key; the arrow keys choose within it
		browser.tabTo(By.cssSelector("input[name=direction][value=OUTGOING]"));
		browser.press(Keys.ARROW_DOWN);
		assertThat(browser.find(By.cssSelector("input[name=direction][value=INCOMING]")).isSelected()).isTrue();

		browser.fillIn(By.id("text"), "<img src=x onerror=alert(1)><script>alert(2)</script> you absolute idiot");
		browser.activate(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.text(By.id("verdict"))).as("a comment is held, not 'published'")
			.isEqualTo("Hold: hide this comment until someone decides");
		assertThat(browser.text(By.cssSelector("#screening-result .screened-text"))).contains("<script>alert(2)</script>");
		assertThat(browser.findAll(By.cssSelector("#screening-result img"))).isEmpty();
		browser.assertNoConsoleErrors();
	}

	private void signIn(Person person) {
		browser.open("/login");
		browser.fillIn(By.id("email"), person.email());
		browser.fillIn(By.id("password"), person.password());
		browser.activate(By.cssSelector("main button[type=submit]"));
	}

	private static void checkPage() {
		browser.assertAccessible();
		browser.assertNoConsoleErrors();
	}

	private Path file(String name, String content) throws IOException {
		Path file = files.resolve(UUID.randomUUID() + "-" + name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** A file input opens the system's file chooser, which no test can drive: reach it by keyboard, then set it. */
	private void choose(Path file) {
		browser.tabTo(By.id("file")).sendKeys(file.toAbsolutePath().toString());
	}

	private List<List<String>> problemRows() {
		return browser.findAll(By.cssSelector("table.problems tbody tr")).stream()
			.map(row -> row.findElements(By.tagName("td")).stream().limit(3).map(WebElement::getText).toList())
			.toList();
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return true;
		}
	}

}
