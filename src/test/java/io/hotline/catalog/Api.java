package io.hotline.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.hotline.org.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The HTTP API as a signed-in user sees it: creates the user with the given role, then
 * sends JSON with HTTP Basic, as scripts and integrations do.
 */
final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	private Api(String base, String username, String password) {
		this.base = base;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static Api as(Role role, int port, JdbcClient jdbc) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast(? as varchar(24)[]))""")
			.params(username, username, "{" + role.name() + "}")
			.update();
		return new Api("http://localhost:" + port, username, "secret");
	}

	Reply get(String path) {
		return send("GET", path, null);
	}

	Reply post(String path, String json) {
		return send("POST", path, json);
	}

	Reply put(String path, String json) {
		return send("PUT", path, json);
	}

	Reply delete(String path) {
		return send("DELETE", path, null);
	}

	private Reply send(String method, String path, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Reply(response.statusCode(), body.isEmpty() ? null : JSON.readTree(body));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: the status and the JSON body, if any. */
	record Reply(int status, JsonNode body) {

		String detail() {
			return this.body == null ? null : this.body.path("detail").asString();
		}

	}

}
