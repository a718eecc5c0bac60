package io.hotline;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation's session: sign-in, CSRF on requests that ride on the session cookie,
 * sign-out.
 */
@HotlineTest
class SessionHttpTest {

	private static final String ORDER = """
			{"channel":"PHONE","type":"HELP","content":"路灯不亮","address":"天河区石牌街道"}""";

	@LocalServerPort
	int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	@Test
	void signsInAndRefusesSessionRequestsWithoutTheCsrfToken() throws Exception {
		assertThat(send(get("/")).statusCode()).isEqualTo(200);
		HttpResponse<String> signIn = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.ofString("username=agent1&password=demo")));
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).contains("agent1");
		assertThat(send(get("/api/me")).body()).contains("agent1");

		HttpResponse<String> forged = send(json("/api/orders").POST(HttpRequest.BodyPublishers.ofString(ORDER)));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		HttpResponse<String> genuine = send(
				json("/api/orders").header("X-XSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofString(ORDER)));
		assertThat(genuine.statusCode()).isEqualTo(201);

		HttpResponse<String> signOut = send(
				request("/logout").header("X-XSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(signOut.statusCode()).isEqualTo(204);
		assertThat(send(get("/api/me")).statusCode()).isEqualTo(401);
	}

	@Test
	void endsTheSessionsOfAnAccountThatIsDisabled() throws Exception {
		String username = "s" + System.nanoTime() % 1_000_000_000;
		io.hotline.support.Api admin = io.hotline.support.Api.as(this.port, "admin");
		assertThat(
				admin
					.post("/api/users",
							java.util.Map.of("username", username, "displayName", "临时坐席", "password", "pass-123456",
									"roles", java.util.List.of("AGENT")))
					.status())
			.isEqualTo(201);
		send(get("/"));
		assertThat(send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=pass-123456"))).statusCode())
			.isEqualTo(200);
		assertThat(send(get("/api/me")).statusCode()).isEqualTo(200);
		assertThat(admin.put("/api/users/" + username, java.util.Map.of("enabled", false)).status()).isEqualTo(200);
		assertThat(send(get("/api/me")).statusCode()).isEqualTo(401);
	}

	@Test
	void keepsHttpBasicRequestsSessionless() throws Exception {
		String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("agent1:demo".getBytes());
		HttpResponse<String> me = send(get("/api/me").header("Authorization", basic));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

	@Test
	void refusesAWrongPasswordWithAProblem() throws Exception {
		send(get("/"));
		HttpResponse<String> refused = send(
				request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-XSRF-TOKEN", token())
					.POST(HttpRequest.BodyPublishers.ofString("username=agent1&password=nope")));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
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

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder json(String path) {
		return request(path).header("Content-Type", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
