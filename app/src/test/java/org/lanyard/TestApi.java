package org.lanyard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls Lanyard's JSON API over real HTTP, as an outside client would. */
public final class TestApi {

	public static final String BOOTSTRAP_TOKEN = "test-bootstrap-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	public TestApi(int port, String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	public static TestApi asTrustAdmin(int port) {
		return new TestApi(port, BOOTSTRAP_TOKEN);
	}

	public TestApi as(String otherToken) {
		return new TestApi(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
	}

	/** A response: status, content type and body. */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response putJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response postCsv(String path, String csv) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
	}

	/** Creates a school on the given pack with a fresh, unique slug, and returns the slug. */
	public String newSchool(String pack) {
		String slug = "school-" + UUID.randomUUID().toString().substring(0, 8);
		Response response = postJson("/api/v1/schools",
				"{\"slug\":\"" + slug + "\",\"name\":\"Test School " + slug + "\",\"policyPack\":\"" + pack + "\"}");
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create school: " + response);
		}
		return slug;
	}

	private Response send(HttpRequest.Builder request) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
