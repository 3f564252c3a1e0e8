package org.lanyard.schools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.access.AccessFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A user works only in the schools granted to them: another school's records answer 404, as if they did not exist. */
@LanyardIntegrationTest
class TenancyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	TestApi admin;

	String schoolA;

	String schoolB;

	String personInB;

	@BeforeEach
	void setUp() {
		admin = TestApi.asTrustAdmin(port);
		schoolA = admin.newSchool("lache-2020");
		schoolB = admin.newSchool("little-eaton-2024");
		admin.postCsv("/api/v1/schools/" + schoolB + "/people",
				"external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n"
						+ "B1,PUPIL,Secret,Pupil,,3,2018-01-01,,\n");
		personInB = admin.get("/api/v1/schools/" + schoolB + "/people").json().get("items").get(0).get("id").asString();
	}

	@Test
	void userOfOneSchoolGetsNotFoundForAnotherSchoolsPeople() {
		TestApi headOfA = admin.as(new AccessFixtures(context).tokenFor(schoolA, SchoolRole.HEADTEACHER));

		assertThat(headOfA.get("/api/v1/schools/" + schoolA + "/people").status()).isEqualTo(200);
		assertThat(headOfA.get("/api/v1/schools/" + schoolB + "/people").status()).isEqualTo(404);
		assertThat(headOfA.get("/api/v1/schools/" + schoolB + "/people/" + personInB).status()).isEqualTo(404);
		assertThat(headOfA.get("/api/v1/schools/" + schoolB).status()).isEqualTo(404);
		assertThat(headOfA.postCsv("/api/v1/schools/" + schoolB + "/people",
				"external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n"
						+ "X1,PUPIL,In,Truder,,3,,,\n").status()).isEqualTo(404);
	}

	@Test
	void personOfAnotherSchoolIsNotFoundThroughOwnSchoolsAddress() {
		TestApi headOfA = admin.as(new AccessFixtures(context).tokenFor(schoolA, SchoolRole.HEADTEACHER));

		assertThat(headOfA.get("/api/v1/schools/" + schoolA + "/people/" + personInB).status()).isEqualTo(404);
	}

	@Test
	void notFoundForAnotherSchoolLooksExactlyLikeASchoolThatDoesNotExist() {
		TestApi headOfA = admin.as(new AccessFixtures(context).tokenFor(schoolA, SchoolRole.HEADTEACHER));

		var forbidden = headOfA.get("/api/v1/schools/" + schoolB + "/people");
		var missing = headOfA.get("/api/v1/schools/no-such-school/people");

		assertThat(forbidden.status()).isEqualTo(missing.status());
		assertThat(forbidden.body().replace(schoolB, "X")).isEqualTo(missing.body().replace("no-such-school", "X"));
	}

	@Test
	void schoolListShowsOnlyGrantedSchools() {
		TestApi headOfA = admin.as(new AccessFixtures(context).tokenFor(schoolA, SchoolRole.HEADTEACHER));

		var slugs = headOfA.get("/api/v1/schools").json().valueStream().map(s -> s.get("slug").asString()).toList();

		assertThat(slugs).containsExactly(schoolA);
	}

	@Test
	void webPagesOfAnotherSchoolAnswerNotFound() {
		var staffOfA = new AccessFixtures(context).aPersonWithPassword(schoolA, SchoolRole.STAFF);
		var browser = new org.lanyard.WebSession(port);
		browser.signIn(staffOfA.email(), staffOfA.password());

		assertThat(browser.get("/schools/" + schoolA + "/people").status()).isEqualTo(200);
		assertThat(browser.get("/schools/" + schoolB + "/people").status()).isEqualTo(404);
		assertThat(browser.get("/schools/" + schoolB + "/people/" + personInB).status()).isEqualTo(404);
		assertThat(browser.get("/schools/" + schoolA + "/people/" + personInB).status()).isEqualTo(404);
		assertThat(browser.get("/schools/" + schoolB).status()).isEqualTo(404);
		assertThat(browser.get("/schools/" + schoolB + "/screening").status()).isEqualTo(404);
	}

	@Test
	void governorCannotBrowsePupilRecords() {
		TestApi governor = admin.as(new AccessFixtures(context).tokenFor(schoolA, SchoolRole.GOVERNOR));

		assertThat(governor.get("/api/v1/schools/" + schoolA + "/people").status()).isEqualTo(403);
	}

}
