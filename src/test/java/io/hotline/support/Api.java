package io.hotline.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import io.hotline.org.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A client of the platform's HTTP API, signed in as one demo user (or as nobody). */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String authorization;

	private final String language;

	private Api(String baseUrl, String authorization, String language) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.language = language;
	}

	public static Api as(int port, String user) {
		return as(port, user, "demo");
	}

	public static Api as(int port, String user, String password) {
		return new Api("http://localhost:" + port,
				"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
				null);
	}

	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null, null);
	}

	/** The same client, asking for answers in this language ({@code Accept-Language}). */
	public Api inLanguage(String languageTag) {
		return new Api(this.baseUrl, this.authorization, languageTag);
	}

	/**
	 * A new user with just this role (password {@code secret}), for tests that need a
	 * role, not a person.
	 */
	public static Api withRole(Role role, int port, JdbcClient jdbc) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast(? as varchar(24)[]))""")
			.params(username, username, "{" + role.name() + "}")
			.update();
		return as(port, username, "secret");
	}

	public Response get(String path) {
		return send(builder(path).GET());
	}

	public Response delete(String path) {
		return send(builder(path).DELETE());
	}

	public Response put(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response post(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response post(String path, Object body, String ifMatch) {
		String json = JSON.writeValueAsString(body);
		return send(builder(path).header("Content-Type", "application/json")
			.header("If-Match", ifMatch)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, Object body, String ifMatch) {
		return send(builder(path).header("Content-Type", "application/json")
			.header("If-Match", ifMatch)
			.PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** A multipart form with one file, as a browser's upload sends it. */
	public Response upload(String path, String field, String fileName, byte[] content) {
		String boundary = "----upload" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A file the platform writes (an export), read as bytes. */
	public Download download(String path) {
		return fetch(builder(path).GET());
	}

	/** A file the platform writes from a posted body (an export of rows as shown). */
	public Download download(String path, Object body) {
		return fetch(builder(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	private static Download fetch(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return body instanceof String text ? text : JSON.writeValueAsString(body == null ? Map.of() : body);
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		if (this.language != null) {
			builder.header("Accept-Language", this.language);
		}
		return this.authorization == null ? builder : builder.header("Authorization", this.authorization);
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: its status, content type and JSON body. */
	public record Response(int status, String contentType, JsonNode body) {

		public long id() {
			return this.body.get("id").asLong();
		}

		public String text(String field) {
			JsonNode node = this.body.get(field);
			return node == null || node.isNull() ? null : node.asString();
		}

		public String detail() {
			return text("detail");
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

	/** A file's answer: status, content type, disposition (its name) and bytes. */
	public record Download(int status, String contentType, String disposition, byte[] body) {

		/** The body as UTF-8 text (a CSV, or a problem's JSON). */
		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/** The rows of an Excel file's first sheet, every cell as text. */
		public java.util.List<java.util.List<String>> sheet() {
			try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
					new java.io.ByteArrayInputStream(this.body));
					java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet()
						.openStream()) {
				return rows
					.map((row) -> row.stream()
						.map((cell) -> (cell == null) ? "" : cell.getText())
						.collect(java.util.stream.Collectors.toList()))
					.toList();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
