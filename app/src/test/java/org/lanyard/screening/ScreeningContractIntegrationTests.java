package org.lanyard.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanyard.LanyardIntegrationTest;
import org.lanyard.TestApi;
import org.lanyard.screening.engine.FindingCode;
import org.lanyard.screening.engine.SchoolContext;
import org.lanyard.screening.engine.evaluation.EvaluationCase;
import org.lanyard.screening.engine.evaluation.EvaluationCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation corpora through the stable HTTP contract, as the acceptance tests drive it: a school made with
 * {@code POST /schools}, its roster and consents imported as CSV, its settings put as JSON, every case posted to
 * {@code /screenings} with its images in base64. Every answer must be exactly what the engine library says for the
 * same case, so the library's evaluation (targets, floors) holds for the API too.
 */
@LanyardIntegrationTest
class ScreeningContractIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "samples", "own", "blind" })
	void everyCaseGetsTheEnginesAnswerThroughTheApi(String corpusName) {
		EvaluationCorpus corpus = switch (corpusName) {
			case "samples" -> EvaluationCorpus.samples();
			case "own" -> EvaluationCorpus.own();
			default -> EvaluationCorpus.blind();
		};
		TestApi api = TestApi.asTrustAdmin(port);
		String slug = "eval-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.postJson("/api/v1/schools", "{\"slug\":\"" + slug + "\",\"name\":\"" + corpus.schoolName()
				+ "\",\"policyPack\":\"" + corpus.packId() + "\"}").status()).isEqualTo(201);
		var people = api.postCsv("/api/v1/schools/" + slug + "/people", corpus.rosterCsv());
		assertThat(people.status()).as(people.body()).isEqualTo(200);
		var consents = api.postCsv("/api/v1/schools/" + slug + "/consents", corpus.consentsCsv());
		assertThat(consents.status()).as(consents.body()).isEqualTo(200);
		var settings = api.putJson("/api/v1/schools/" + slug + "/screening-settings", corpus.settingsJson());
		assertThat(settings.status()).as(settings.body()).isEqualTo(200);
		SchoolContext library = corpus.schoolContext();

		List<String> differences = new ArrayList<>();
		for (EvaluationCase evaluationCase : corpus.cases()) {
			var response = api.postJson("/api/v1/schools/" + slug + "/screenings", body(corpus, evaluationCase));
			assertThat(response.status()).as(evaluationCase.id() + ": " + response.body()).isEqualTo(200);
			Set<FindingCode> overHttp = codes(response.json());
			Set<FindingCode> inLibrary = EnumSet.noneOf(FindingCode.class);
			library.screen(corpus.request(evaluationCase)).findings().forEach(f -> inLibrary.add(f.code()));
			if (!overHttp.equals(inLibrary)) {
				differences.add(evaluationCase.id() + ": API " + overHttp + ", library " + inLibrary);
			}
			assertThat(response.json().get("verdict").asString()).isIn("PASS", "REVIEW", "BLOCK");
		}

		assertThat(differences).as("cases where the API and the engine disagree").isEmpty();
	}

	private static String body(EvaluationCorpus corpus, EvaluationCase evaluationCase) {
		ObjectNode body = JSON.createObjectNode();
		body.put("direction", evaluationCase.direction().name());
		body.put("purpose", evaluationCase.purpose().name());
		body.put("text", evaluationCase.text());
		ArrayNode pictured = body.putArray("pupilsPictured");
		evaluationCase.pupilsPictured().forEach(pictured::add);
		ArrayNode images = body.putArray("images");
		for (String file : evaluationCase.images()) {
			images.addObject().put("filename", file).put("dataBase64", corpus.fixtureBase64(file));
		}
		return JSON.writeValueAsString(body);
	}

	private static Set<FindingCode> codes(JsonNode response) {
		Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
		response.get("findings").forEach(f -> codes.add(FindingCode.valueOf(f.get("code").asString())));
		return codes;
	}

}
