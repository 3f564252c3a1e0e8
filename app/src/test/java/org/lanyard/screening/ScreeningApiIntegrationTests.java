package org.lanyard.screening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening calls of the stable HTTP contract: shape, validation and limits. */
@LanyardIntegrationTest
class ScreeningApiIntegrationTests {

	static final String PEOPLE = """
			external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils
			A01,PUPIL,Autumn,Fisher,,3,2018-10-04,,
			AP01,PARENT,Donna,Fisher,,,,donna.fisher@example.com,A01
			AS1,STAFF,Linda,Cockburn,,,,l.cockburn@ashbylane.derbyshire.sch.uk,
			""";

	@LocalServerPort
	int port;

	TestApi api;

	String slug;

	@BeforeEach
	void setUp() {
		api = TestApi.asTrustAdmin(port);
		slug = api.newSchool("lache-2020");
		api.postCsv("/api/v1/schools/" + slug + "/people", PEOPLE);
		api.postCsv("/api/v1/schools/" + slug + "/consents",
				"pupil_external_id,purpose,status,recorded_on\nA01,SOCIAL_MEDIA,GRANTED,2026-09-03\n");
	}

	@Test
	void answersWithVerdictAndFindings() {
		var response = api.postJson(screenings(), """
				{"direction":"OUTGOING","purpose":"SOCIAL_MEDIA","text":"Pond dipping today!","pupilsPictured":["A01"],"images":[]}
				""");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("verdict").asString()).isIn("PASS", "REVIEW", "BLOCK");
		assertThat(response.json().get("findings").isArray()).isTrue();
	}

	@Test
	void aChangeToSettingsPeopleOrConsentsTakesEffectAtOnce() {
		String text = "{\"direction\":\"OUTGOING\",\"purpose\":\"SOCIAL_MEDIA\",\"text\":\"News about Project Heron soon!\",\"pupilsPictured\":[\"A01\"]}";
		assertThat(codes(api.postJson(screenings(), text))).doesNotContain("CONFIDENTIAL", "CONSENT_MISSING");

		api.putJson(settings(), "{\"allowedLinkDomains\":[],\"embargoTerms\":[\"Project Heron\"]}");
		api.postCsv("/api/v1/schools/" + slug + "/consents",
				"pupil_external_id,purpose,status,recorded_on\nA01,SOCIAL_MEDIA,WITHDRAWN,2026-11-01\n");

		assertThat(codes(api.postJson(screenings(), text))).contains("CONFIDENTIAL", "CONSENT_MISSING");
	}

	private static java.util.List<String> codes(TestApi.Response response) {
		return response.json().get("findings").valueStream().map(f -> f.get("code").asString()).toList();
	}

	@Test
	void refusesAPicturedPupilWhoIsNotInTheSchool() {
		var response = api.postJson(screenings(), """
				{"direction":"OUTGOING","purpose":"SOCIAL_MEDIA","text":"Hello","pupilsPictured":["A01","NOPE","AS1"]}
				""");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactly("pupilsPictured[1]", "pupilsPictured[2]");
	}

	@Test
	void refusesBadDirectionPurposeAndUnknownFields() {
		assertThat(api.postJson(screenings(), "{\"direction\":\"SIDEWAYS\",\"text\":\"x\"}").json().get("errors").get(0)
			.get("field").asString()).isEqualTo("direction");
		assertThat(api.postJson(screenings(), "{\"direction\":\"INCOMING\",\"purpose\":\"BILLBOARD\",\"text\":\"x\"}")
			.status()).isEqualTo(422);
		assertThat(api.postJson(screenings(), "{\"direction\":\"INCOMING\",\"text\":\"x\",\"colour\":\"red\"}").status())
			.isEqualTo(422);
		assertThat(api.postJson(screenings(), "{\"text\":\"x\"}").json().get("errors").get(0).get("field").asString())
			.isEqualTo("direction");
	}

	@Test
	void refusesImagesThatAreNotBase64() {
		var response = api.postJson(screenings(), """
				{"direction":"OUTGOING","text":"x","images":[{"filename":"a.jpg","dataBase64":"%%% not base64 %%%"}]}
				""");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("images[0].dataBase64");
	}

	@Test
	void refusesTenMegabytesOfTextWith413() {
		String text = "a".repeat(10 * 1024 * 1024);

		var response = api.postJson(screenings(), "{\"direction\":\"INCOMING\",\"text\":\"" + text + "\"}");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void refusesAFiftyMegabyteBodyUnread() throws Exception {
		byte[] body = new byte[50 * 1024 * 1024];
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + screenings()))
			.header("Authorization", "Bearer " + TestApi.BOOTSTRAP_TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();

		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException closedEarly) {
			// the server may answer and close before the client has finished sending: that is the point
			return;
		}

		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void refusesADecompressionBombByItsHeaderWithoutDecodingIt() {
		String bomb = java.util.Base64.getEncoder().encodeToString(pngHeader(100_000, 100_000));

		var response = api.postJson(screenings(), """
				{"direction":"OUTGOING","text":"Sports day","images":[{"filename":"bomb.png","dataBase64":"%s"}]}
				""".formatted(bomb));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("images[0]");
		assertThat(api.get("/actuator/health").status()).isEqualTo(200);
	}

	/** A PNG signature and an IHDR chunk claiming the given size: all a decoder needs to try to allocate it. */
	private static byte[] pngHeader(int width, int height) {
		var ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
			.put(new byte[] { 8, 2, 0, 0, 0 }).array();
		var crc = new java.util.zip.CRC32();
		crc.update(ihdr);
		return java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4)
			.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })
			.putInt(13).put(ihdr).putInt((int) crc.getValue()).array();
	}

	@Test
	void storesNormalisedSettingsAndRejectsBadDomains() {
		var saved = api.putJson(settings(),
				"{\"allowedLinkDomains\":[\"https://Ashbylane.Derbyshire.sch.uk/\",\"gov.uk\"],\"embargoTerms\":[\"Ofsted call\"]}");

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(api.get(settings()).json().get("allowedLinkDomains").valueStream().map(v -> v.asString()))
			.containsExactly("ashbylane.derbyshire.sch.uk", "gov.uk");

		var bad = api.putJson(settings(), "{\"allowedLinkDomains\":[\"gov.uk\",\"not a domain\"],\"embargoTerms\":[\"\"]}");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactly("allowedLinkDomains[1]", "embargoTerms[0]");
		assertThat(api.get(settings()).json().get("embargoTerms").get(0).asString()).isEqualTo("Ofsted call");
	}

	private String screenings() {
		return "/api/v1/schools/" + slug + "/screenings";
	}

	private String settings() {
		return "/api/v1/schools/" + slug + "/screening-settings";
	}

}
