package io.hotline;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing over HTTP Basic and the workstation's form: after five refusals of
 * one user name, sign-in answers 429 with {@code Retry-After}, the right password
 * included, whether the user name exists or not; the lock is audited; a success in
 * between starts the count again.
 */
@HotlineTest
class SignInThrottleHttpTest {

	private static final String PASSWORD = "Right-pw-2025";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void locksHttpBasicAfterFiveWrongPasswordsTheRightOneIncluded() throws Exception {
		String username = newUser();
		for (int i = 0; i < 5; i++) {
			assertThat(Api.as(this.port, username, "guess-" + i).get("/api/me").status()).isEqualTo(401);
		}
		HttpResponse<String> locked = basic(username, "guess-5");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(locked.body()).contains("\"status\":429", "\"detail\"");
		assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(Api.as(this.port, username, PASSWORD).get("/api/me").status())
			.as("the right password waits for the lock too")
			.isEqualTo(429);
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where actor = ? and action = 'SIGN_IN' and outcome = 'LOCKED'")
			.param(username)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(Api.as(this.port, "agent1").get("/api/me").status()).as("others sign in as before").isEqualTo(200);
	}

	@Test
	void locksAnUnknownUserNameAlike() {
		String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			assertThat(Api.as(this.port, username, "guess-" + i).get("/api/me").status()).isEqualTo(401);
		}
		assertThat(Api.as(this.port, username, "guess-5").get("/api/me").status()).isEqualTo(429);
	}

	@Test
	void aSuccessInBetweenStartsTheCountAgain() {
		String username = newUser();
		for (int i = 0; i < 4; i++) {
			assertThat(Api.as(this.port, username, "guess-" + i).get("/api/me").status()).isEqualTo(401);
		}
		assertThat(Api.as(this.port, username, PASSWORD).get("/api/me").status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(Api.as(this.port, username, "again-" + i).get("/api/me").status()).isEqualTo(401);
		}
		assertThat(Api.as(this.port, username, PASSWORD).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void locksTheWorkstationsSignInFormAlike() throws Exception {
		String username = newUser();
		Form form = new Form();
		for (int i = 0; i < 5; i++) {
			assertThat(form.signIn(username, "guess-" + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = form.signIn(username, PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(Api.as(this.port, username, PASSWORD).get("/api/me").status()).as("one lock for both ways in")
			.isEqualTo(429);
	}

	@Test
	void refusesUserNamesNoAccountCanHaveLikeAnyWrongOne() throws Exception {
		String nul = "agent1\u0000" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> refused = basic(nul, "demo");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		String longName = "a".repeat(300) + UUID.randomUUID();
		assertThat(basic(longName, "demo").statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("select count(*) from audit_log where actor = ? and outcome = 'REFUSED'")
			.param("a".repeat(64))
			.query(Integer.class)
			.single()).as("audited, cut to the log's length").isPositive();
	}

	private HttpResponse<String> basic(String username, String password) throws Exception {
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/me"))
				.header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String newUser() {
		String username = "guess" + UUID.randomUUID().toString().substring(0, 8);
		Api.Response created = Api.as(this.port, "admin")
			.post("/api/users", Map.of("username", username, "displayName", "猜测目标", "password", PASSWORD, "roles",
					List.of("AGENT")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return username;
	}

	/** The workstation's sign-in: a session cookie and the CSRF token. */
	private final class Form {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient browser = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		Form() throws Exception {
			this.browser.send(request("/").GET().build(), HttpResponse.BodyHandlers.discarding());
		}

		HttpResponse<String> signIn(String username, String password) throws Exception {
			String token = this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue)
				.reduce((first, last) -> last)
				.orElseThrow();
			return this.browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + SignInThrottleHttpTest.this.port + path));
		}

	}

}
