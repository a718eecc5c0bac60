package io.hotline;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation's session: sign-in, CSRF on requests that ride on the session cookie,
 * sign-out; kept in the database, where every instance of a cluster finds it.
 */
@HotlineTest
class SessionHttpTest {

	private static final String ORDER = """
			{"channel":"PHONE","type":"HELP","content":"路灯不亮","address":"天河区石牌街道"}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

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
	void keepsTheSessionInTheDatabaseForEveryInstanceAndDeletesAChangedAccountsThere() throws Exception {
		String username = "c" + System.nanoTime() % 1_000_000_000;
		io.hotline.support.Api admin = io.hotline.support.Api.as(this.port, "admin");
		assertThat(
				admin
					.post("/api/users",
							java.util.Map.of("username", username, "displayName", "集群坐席", "password", "pass-123456",
									"roles", java.util.List.of("AGENT")))
					.status())
			.isEqualTo(201);
		send(get("/"));
		assertThat(send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=pass-123456"))).statusCode())
			.isEqualTo(200);
		String id = new String(java.util.Base64.getDecoder().decode(cookie("JSESSIONID")));
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, id))
			.isEqualTo(username);

		// another instance: a session repository of its own on the same database
		JdbcIndexedSessionRepository other = new JdbcIndexedSessionRepository(this.jdbc,
				new TransactionTemplate(this.transactions));
		Session signedIn = other.findById(id);
		assertThat(signedIn).as("the other instance finds the session").isNotNull();
		SecurityContext context = signedIn.getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context.getAuthentication().getName()).isEqualTo(username);
		// and this instance honours a session that the other one stored
		Session elsewhere = signIn(other, context);
		HttpClient plain = HttpClient.newHttpClient();
		String cookie = "JSESSIONID=" + java.util.Base64.getEncoder().encodeToString(elsewhere.getId().getBytes());
		HttpResponse<String> me = plain.send(get("/api/me").header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(username);

		assertThat(admin.put("/api/users/" + username, java.util.Map.of("enabled", false)).status()).isEqualTo(200);
		assertThat(other.findByPrincipalName(username)).as("the changed account's sessions are gone").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, username))
			.isZero();
		assertThat(send(get("/api/me")).statusCode()).isEqualTo(401);
		assertThat(plain.send(get("/api/me").header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
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

	/** A session signed in with this context, stored by this repository. */
	private static <S extends Session> S signIn(SessionRepository<S> repository, SecurityContext context) {
		S session = repository.createSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT", context);
		repository.save(session);
		return session;
	}

	private String token() {
		return cookie("XSRF-TOKEN");
	}

	private String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no " + name + " cookie"));
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
