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

@LanyardIntegrationTest
class SchoolApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = TestApi.asTrustAdmin(port);
	}

	@Test
	void createsSchoolOnEachShippedPack() {
		for (String pack : new String[] { "little-eaton-2024", "roman-road-2021", "highters-heath", "horizon-mat-2020",
				"lache-2020" }) {
			String slug = "pack-" + pack + "-" + System.nanoTime() % 100000;
			var response = api.postJson("/api/v1/schools",
					"{\"slug\":\"" + slug + "\",\"name\":\"A School\",\"policyPack\":\"" + pack + "\"}");

			assertThat(response.status()).as(response.body()).isEqualTo(201);
			assertThat(response.json().get("policyPack").asString()).isEqualTo(pack);
		}
	}

	@Test
	void rejectsUnknownPackWithProblemNamingTheField() {
		var response = api.postJson("/api/v1/schools",
				"{\"slug\":\"nopack-school\",\"name\":\"No Pack\",\"policyPack\":\"made-up-pack\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("policyPack");
		assertThat(api.get("/api/v1/schools/nopack-school").status()).isEqualTo(404);
	}

	@Test
	void reportsEveryBadFieldAtOnce() {
		var response = api.postJson("/api/v1/schools", "{\"slug\":\"Bad Slug!\",\"name\":\"\",\"policyPack\":\"\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("slug", "name", "policyPack");
	}

	@Test
	void rejectsUnknownJsonField() {
		var response = api.postJson("/api/v1/schools",
				"{\"slug\":\"typo-school\",\"name\":\"Typo\",\"policyPack\":\"lache-2020\",\"polcyPack\":\"x\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("polcyPack");
	}

	@Test
	void refusesDuplicateSlug() {
		String slug = api.newSchool("lache-2020");

		var response = api.postJson("/api/v1/schools",
				"{\"slug\":\"" + slug + "\",\"name\":\"Again\",\"policyPack\":\"lache-2020\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
	}

	@Test
	void refusesCallsWithoutValidToken() {
		assertThat(api.as(null).get("/api/v1/schools").status()).isEqualTo(401);
		var wrong = api.as("lyd_not-a-real-token").get("/api/v1/schools");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
	}

	@Test
	void onlyTrustAdministratorsCreateSchools() {
		String slug = api.newSchool("lache-2020");
		String headteacher = new AccessFixtures(context).tokenFor(slug, SchoolRole.HEADTEACHER);

		var response = api.as(headteacher)
			.postJson("/api/v1/schools", "{\"slug\":\"sneaky-new\",\"name\":\"Sneaky\",\"policyPack\":\"lache-2020\"}");

		assertThat(response.status()).isEqualTo(403);
	}

}
