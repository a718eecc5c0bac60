package io.hotline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.hotline.support.HotlineTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers are told: a Content-Security-Policy and a Referrer-Policy on every page
 * and answer, HSTS and {@code Secure} cookies over TLS only; the API's description and
 * Swagger UI for signed-in staff.
 */
@HotlineTest
class SecurityHeadersHttpTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	FilterChainProxy security;

	@Test
	void everyPageAndAnswerCarriesAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
		for (String path : new String[] { "/", "/portal", "/cockpit", "/api/public/categories", "/api/me" }) {
			HttpResponse<String> answer = get(path, null);
			String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(path)
				.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
			assertThat(policy).as("no inline or evaluated scripts").doesNotContain("unsafe-eval");
			assertThat(policy.split("style-src")[0]).doesNotContain("unsafe-inline");
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
		}
	}

	@Test
	void httpsAnswersCarryHstsAndSecureCookies() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSecure(true);
		request.setScheme("https");
		request.setServerPort(443);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.security.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
		Cookie csrf = response.getCookie("XSRF-TOKEN");
		assertThat(csrf).isNotNull();
		assertThat(csrf.getSecure()).isTrue();
	}

	@Test
	void givesTheBrowserACsrfCookieButNotARequestWithItsOwnCredentials() throws Exception {
		assertThat(get("/api/public/categories", null).headers().allValues("Set-Cookie"))
			.anyMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="));
		HttpResponse<String> basic = get("/api/me", "agent1");
		assertThat(basic.statusCode()).isEqualTo(200);
		assertThat(basic.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="));
	}

	@Test
	void showsTheApiDescriptionAndSwaggerUiToSignedInStaffOnly() throws Exception {
		HttpResponse<String> anonymous = get("/v3/api-docs", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		HttpResponse<String> page = get("/swagger-ui/index.html", null);
		assertThat(page.statusCode()).as("a browser is sent to sign in").isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).contains("/login?next=%2Fswagger-ui%2Findex.html");

		HttpResponse<String> docs = get("/v3/api-docs", "dispatcher1");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/orders");
		HttpResponse<String> signedIn = get("/swagger-ui/index.html", "dispatcher1");
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/json");
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
