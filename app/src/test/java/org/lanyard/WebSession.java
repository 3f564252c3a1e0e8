package org.lanyard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's visit to the web UI over real HTTP, as a browser without JavaScript makes it: a cookie jar, forms
 * posted with the CSRF token of the page they came from. Redirects are not followed unless asked, so that a test can
 * see where sign-in sends someone.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private String lastPage = "";

	public WebSession(int port) {
		this("http://localhost:" + port);
	}

	public WebSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A page as the server sent it. */
	public record Page(int status, String location, String body, Map<String, List<String>> headers, URI uri) {

		public Optional<String> header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.flatMap(e -> e.getValue().stream()).findFirst();
		}

		/** The full address a redirect points to, which may be on another server (an identity provider). */
		public String redirectUrl() {
			return uri.resolve(location).toString();
		}

		/** The path (with query) a redirect points to, whether the server wrote it absolute or relative. */
		public String redirectPath() {
			URI target = uri.resolve(location);
			return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
		}

		public boolean isRedirect() {
			return status / 100 == 3;
		}

		/** The page's text with tags removed and white space squeezed, for asserting what a person reads. */
		public String text() {
			return body.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ")
				.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
				.replace("&gt;", ">").replaceAll("\\s+", " ").strip();
		}

	}

	public Page get(String path) {
		return remember(send(HttpRequest.newBuilder(uri(path)).GET()));
	}

	/** GETs the page as htmx does when it updates part of a page: with {@code HX-Request: true}. */
	public Page getAsHtmx(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET());
	}

	/** GETs the page as htmx does when Back finds no copy of the page in its history cache. */
	public Page getAsHtmxHistoryRestore(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true").GET());
	}

	/**
	 * GETs the page and follows redirects, wherever they lead (to an identity provider and back), until a page that
	 * is not a redirect. Cookies are kept all the way, as a browser keeps them.
	 */
	public Page open(String pathOrUrl) {
		Page page = get(pathOrUrl);
		for (int hops = 0; page.isRedirect() && hops < 10; hops++) {
			page = get(page.redirectUrl());
		}
		return page;
	}

	/** Follows the redirect this response points to, and any after it. */
	public Page follow(Page redirect) {
		return redirect.isRedirect() ? open(redirect.redirectUrl()) : redirect;
	}

	/** POSTs a form with the CSRF token of the last page seen, as a browser would. */
	public Page submit(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		csrfToken().ifPresent(token -> withToken.putIfAbsent("_csrf", token));
		return post(path, withToken);
	}

	/** POSTs exactly these fields: no CSRF token unless it is among them. */
	public Page post(String path, Map<String, String> fields) {
		String form = fields.entrySet().stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return remember(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))));
	}

	/** POSTs a file in a multipart form, with the CSRF token of the last page seen. */
	public Page upload(String path, String field, String fileName, String content) {
		String boundary = "----lanyard-test-" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		csrfToken().ifPresent(token -> body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n").append(token).append("\r\n"));
		body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(field).append("\"; filename=\"").append(fileName)
			.append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n")
			.append("--").append(boundary).append("--\r\n");
		return remember(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))));
	}

	/** Signs in with e-mail and password from the sign-in page; returns where Lanyard sends the person next. */
	public Page signIn(String email, String password) {
		get("/login");
		return submit("/login", Map.of("email", email, "password", password));
	}

	public Optional<String> csrfToken() {
		Matcher matcher = CSRF.matcher(lastPage);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private Page remember(Page page) {
		if (!page.body().isEmpty()) {
			lastPage = page.body();
		}
		return page;
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : base + path);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpRequest built = request.build();
			HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body(), response.headers().map(), built.uri());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
