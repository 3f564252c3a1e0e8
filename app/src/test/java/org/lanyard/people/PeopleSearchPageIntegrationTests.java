package org.lanyard.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.WebSession;
import org.lanyard.access.AccessFixtures;
import org.lanyard.schools.SchoolRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people page answers a plain request (no JavaScript) with the whole page and htmx, as someone types, with the
 * results only. The browser journey shows both in Chromium; this pins down the HTTP side.
 */
@LanyardIntegrationTest
class PeopleSearchPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	WebSession browser;

	String people;

	@BeforeEach
	void setUp() {
		TestApi api = TestApi.asTrustAdmin(port);
		String slug = api.newSchool("lache-2020");
		api.postCsv("/api/v1/schools/" + slug + "/people", PeopleImportIntegrationTests.GOOD);
		var staff = new AccessFixtures(context).aPersonWithPassword(slug, SchoolRole.STAFF);
		browser = new WebSession(port);
		browser.signIn(staff.email(), staff.password());
		people = "/schools/" + slug + "/people";
	}

	@Test
	void withoutJavaScriptTheSearchIsAWholePageWithTheQueryKept() {
		var page = browser.get(people + "?q=hill&role=&year=");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html", "<h1>People</h1>", "value=\"hill\"");
		assertThat(page.text()).contains("2 people", "Hill, Grace", "Hill, Donna").doesNotContain("Cockburn");
	}

	@Test
	void htmxGetsTheInsideOfTheResultsOnly() {
		var fragment = browser.getAsHtmx(people + "?q=hill");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html", "<h1>", "id=\"results\"");
		assertThat(fragment.text()).startsWith("2 people").contains("Hill, Grace");
	}

	@Test
	void htmxRestoringHistoryGetsTheWholePage() {
		var page = browser.getAsHtmxHistoryRestore(people + "?q=hill");

		assertThat(page.body()).contains("<html", "<h1>People</h1>", "id=\"results\"");
	}

}
