package io.hotline.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A user signed in to the workstation as the browser is: the session cookie
 * ({@code JSESSIONID}, Spring Session JDBC) and the CSRF token's cookie, sent back with
 * every request; no HTTP Basic. Each answer tells which instance gave it (nginx's
 * {@code X-Upstream}).
 */
public final class WorkstationSession {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private String signedInAt;

	private WorkstationSession(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	/** Signs in through the port; fails unless the sign-in is answered with 200. */
	public static WorkstationSession signIn(int port, String username, String password) throws Exception {
		WorkstationSession session = new WorkstationSession(port);
		session.send(session.request("/").GET());
		Answer signedIn = session.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", session.token())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)));
		if (signedIn.status() != 200) {
			throw new AssertionError("sign-in answered " + signedIn);
		}
		session.signedInAt = signedIn.upstream();
		return session;
	}

	/** The instance ({@code host:port}) that signed the user in. */
	public String signedInAt() {
		return this.signedInAt;
	}

	public Answer get(String path) throws Exception {
		return send(request(path).GET());
	}

	/** A POST with the session and the CSRF token, as the workstation sends it. */
	public Answer post(String path, String json) throws Exception {
		return send(request(path).header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(60));
	}

	private Answer send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String upstream = response.headers().firstValue("X-Upstream").orElse("");
		// where nginx tried two, the last answered
		return new Answer(response.statusCode(), response.body(),
				upstream.substring(upstream.lastIndexOf(',') + 1).trim());
	}

	private String token() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
	}

	/** An answer: status, body, and the instance that gave it. */
	public record Answer(int status, String body, String upstream) {

	}

}
