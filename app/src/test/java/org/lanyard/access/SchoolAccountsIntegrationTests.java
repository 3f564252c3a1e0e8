package org.lanyard.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.schools.SchoolRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@LanyardIntegrationTest
class SchoolAccountsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	TestApi admin;

	String slug;

	@BeforeEach
	void setUp() {
		admin = TestApi.asTrustAdmin(port);
		slug = admin.newSchool("lache-2020");
		admin.postCsv("/api/v1/schools/" + slug + "/people", """
				external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils
				S1,STAFF,Nadia,Farouk,,,,head-%s@school.example,
				S2,STAFF,No,Email,,,,,
				P1,PUPIL,Grace,Hill,,3,,,
				""".formatted(slug));
	}

	@Test
	void invitesAMemberOfStaffWithAOneTimeLink() {
		var response = admin.postJson("/api/v1/schools/" + slug + "/accounts", "{\"externalId\":\"S1\",\"role\":\"HEADTEACHER\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("signInLink").asString()).contains("/welcome/");
		var members = admin.get("/api/v1/schools/" + slug + "/accounts").json();
		assertThat(members.get(0).get("roles").get(0).asString()).isEqualTo("HEADTEACHER");
		assertThat(members.get(0).get("passwordSet").asBoolean()).isFalse();
	}

	@Test
	void refusesPupilsAndPeopleWithoutEmail() {
		var pupil = admin.postJson("/api/v1/schools/" + slug + "/accounts", "{\"externalId\":\"P1\",\"role\":\"STAFF\"}");
		var noEmail = admin.postJson("/api/v1/schools/" + slug + "/accounts", "{\"externalId\":\"S2\",\"role\":\"STAFF\"}");

		assertThat(pupil.status()).isEqualTo(422);
		assertThat(noEmail.status()).isEqualTo(422);
		assertThat(noEmail.json().get("errors").get(0).get("message").asString()).contains("no e-mail address");
	}

	@Test
	void onlyTheHeadteacherOrTrustAdministratorGivesRoles() {
		String staff = new AccessFixtures(context).tokenFor(slug, SchoolRole.STAFF);

		var response = admin.as(staff).postJson("/api/v1/schools/" + slug + "/accounts",
				"{\"externalId\":\"S1\",\"role\":\"HEADTEACHER\"}");

		assertThat(response.status()).isEqualTo(403);
	}

}
