package org.lanyard.consent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@LanyardIntegrationTest
class ConsentImportIntegrationTests {

	static final String HEADER = "pupil_external_id,purpose,status,recorded_on\n";

	@LocalServerPort
	int port;

	TestApi api;

	String slug;

	@BeforeEach
	void setUp() {
		api = TestApi.asTrustAdmin(port);
		slug = api.newSchool("lache-2020");
		api.postCsv("/api/v1/schools/" + slug + "/people", """
				external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils
				A01,PUPIL,Autumn,Fisher,,3,,,
				A02,PUPIL,Miles,Carter,,3,,,
				AP1,PARENT,Donna,Fisher,,,,,A01
				""");
	}

	@Test
	void latestDateWinsAndOnTheSameDayTheLaterLine() {
		api.postCsv(consents(), HEADER + """
				A01,SOCIAL_MEDIA,GRANTED,2026-09-03
				A01,SOCIAL_MEDIA,WITHDRAWN,2026-09-03
				A01,SOCIAL_MEDIA,GRANTED,2026-09-03
				A01,WEBSITE,GRANTED,2026-10-01
				A01,WEBSITE,WITHDRAWN,2026-11-01
				A01,WEBSITE,GRANTED,2026-09-01
				A02,PRESS,REFUSED,2026-09-03
				""");

		assertThat(current("A01", "SOCIAL_MEDIA")).isEqualTo("GRANTED");
		assertThat(current("A01", "WEBSITE")).isEqualTo("WITHDRAWN");
		assertThat(current("A02", "PRESS")).isEqualTo("REFUSED");
	}

	@Test
	void reimportingTheSameFileAddsNothing() {
		String file = HEADER + "A01,SOCIAL_MEDIA,GRANTED,2026-09-03\nA02,SOCIAL_MEDIA,REFUSED,2026-09-03\n";
		api.postCsv(consents(), file);

		var again = api.postCsv(consents(), file).json();

		assertThat(again.get("recorded").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
	}

	@Test
	void aLaterFileOnTheSameDayChangesTheAnswer() {
		api.postCsv(consents(), HEADER + "A01,SOCIAL_MEDIA,GRANTED,2026-09-03\nA01,SOCIAL_MEDIA,WITHDRAWN,2026-09-03\n");

		api.postCsv(consents(), HEADER + "A01,SOCIAL_MEDIA,GRANTED,2026-09-03\n");

		assertThat(current("A01", "SOCIAL_MEDIA")).isEqualTo("GRANTED");
	}

	@Test
	void reportsEveryBadLineAndRecordsNothing() {
		var response = api.postCsv(consents(), HEADER + """
				A01,SOCIAL_MEDIA,GRANTED,2026-09-03
				NOPE,SOCIAL_MEDIA,GRANTED,2026-09-03
				AP1,SOCIAL_MEDIA,GRANTED,2026-09-03
				A02,BILLBOARD,MAYBE,03/09/2026
				""");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("line").asInt() + ":" + e.get("column").asString()))
			.containsExactly("3:pupil_external_id", "4:pupil_external_id", "5:purpose", "5:status", "5:recorded_on");
		assertThat(api.get(consents()).json().size()).isZero();
	}

	private String current(String pupil, String purpose) {
		return api.get(consents()).json().valueStream()
			.filter(c -> c.get("pupilExternalId").asString().equals(pupil) && c.get("purpose").asString().equals(purpose))
			.findFirst().orElseThrow().get("answer").asString();
	}

	private String consents() {
		return "/api/v1/schools/" + slug + "/consents";
	}

}
