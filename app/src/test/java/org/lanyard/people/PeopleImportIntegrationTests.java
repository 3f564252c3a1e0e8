package org.lanyard.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@LanyardIntegrationTest
class PeopleImportIntegrationTests {

	static final String HEADER = "external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n";

	static final String GOOD = HEADER + """
			P1,PUPIL,Grace,Hill,,3,2018-10-04,,
			P2,PUPIL,Tomasz,Zieliński,Tom,6,2015-10-27,,
			M1,PARENT,Donna,Hill,,,,donna.hill@example.com,P1
			M2,PARENT,Ewa,Zielińska,,,,ewa@example.com,P2;P1
			S1,STAFF,Linda,Cockburn,,,,l.cockburn@school.example,
			G1,GOVERNOR,"O'Neill, Jr",Smith,,,,,
			""";

	@LocalServerPort
	int port;

	TestApi api;

	String slug;

	@BeforeEach
	void setUp() {
		api = TestApi.asTrustAdmin(port);
		slug = api.newSchool("lache-2020");
	}

	@Test
	void importsPeopleAndCountsThem() {
		var response = api.postCsv("/api/v1/schools/" + slug + "/people", GOOD);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(6);
		assertThat(response.json().get("updated").asInt()).isZero();
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		api.postCsv("/api/v1/schools/" + slug + "/people", GOOD);

		var again = api.postCsv("/api/v1/schools/" + slug + "/people", GOOD);

		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("updated").asInt()).isZero();
	}

	@Test
	void upsertsByExternalId() {
		api.postCsv("/api/v1/schools/" + slug + "/people", GOOD);

		var response = api.postCsv("/api/v1/schools/" + slug + "/people", HEADER + """
				P1,PUPIL,Grace,Hill-Smith,,4,2018-10-04,,
				P9,PUPIL,New,Pupil,,R,2021-01-01,,
				M1,PARENT,Donna,Hill,,,,donna.hill@example.com,P1;P9
				""");

		assertThat(response.json().get("created").asInt()).isEqualTo(1);
		assertThat(response.json().get("updated").asInt()).isEqualTo(2);
		var found = api.get("/api/v1/schools/" + slug + "/people?q=hill-smith").json();
		assertThat(found.get("total").asInt()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("yearGroup").asString()).isEqualTo("4");
	}

	@Test
	void reportsEveryBadRowWithLineColumnAndReasonAndWritesNothing() {
		var response = api.postCsv("/api/v1/schools/" + slug + "/people", HEADER + """
				P1,PUPIL,Grace,Hill,,3,2018-10-04,,
				P2,TEACHER,Tom,Zielinski,,6,2015-10-27,,
				P3,PUPIL,,Price,,Y3,04/10/2018,,
				M1,PARENT,Donna,Hill,,,,not-an-email,P404
				P1,PUPIL,Grace,Again,,3,,,
				""");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		var errors = response.json().get("errors");
		assertThat(errors.valueStream().map(e -> e.get("line").asInt() + ":" + e.get("column").asString()))
			.containsExactlyInAnyOrder("3:role", "4:first_name", "4:year_group", "4:date_of_birth", "5:email",
					"5:linked_pupils", "6:external_id");
		assertThat(api.get("/api/v1/schools/" + slug + "/people").json().get("total").asInt()).isZero();
	}

	@Test
	void refusesWrongHeader() {
		var response = api.postCsv("/api/v1/schools/" + slug + "/people", "id,role,name\nP1,PUPIL,Grace\n");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("line").asInt()).isEqualTo(1);
	}

	@Test
	void linksParentsToTheirChildren() {
		api.postCsv("/api/v1/schools/" + slug + "/people", GOOD);
		var pupil = api.get("/api/v1/schools/" + slug + "/people?q=P1").json().get("items").get(0);

		var detail = api.get("/api/v1/schools/" + slug + "/people/" + pupil.get("id").asString()).json();

		assertThat(detail.get("family").valueStream().map(p -> p.get("externalId").asString()))
			.containsExactlyInAnyOrder("M1", "M2");
	}

	@Test
	void searchesByNameRoleAndYearGroup() {
		api.postCsv("/api/v1/schools/" + slug + "/people", GOOD);

		assertThat(api.get("/api/v1/schools/" + slug + "/people?q=tom").json().get("total").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/schools/" + slug + "/people?role=PARENT").json().get("total").asInt()).isEqualTo(2);
		assertThat(api.get("/api/v1/schools/" + slug + "/people?yearGroup=3").json().get("total").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/schools/" + slug + "/people?role=PUPIL&q=hill").json().get("total").asInt()).isEqualTo(1);
	}

}
