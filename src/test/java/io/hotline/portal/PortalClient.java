package io.hotline.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.hotline.support.Api;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts the portal's multipart form as a browser would, without any credentials; reads
 * raw answers (photos, headers); and moves an order on as the staff would.
 */
final class PortalClient {

	/** A real 4 × 3 PNG. */
	static final byte[] PNG = image("png");

	/** A real 4 × 3 JPEG. */
	static final byte[] JPEG = image("jpeg");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PortalClient() {
	}

	/** A photo part: its file name, declared type and bytes. */
	record Photo(String name, String type, byte[] bytes) {

	}

	static Api.Response submit(int port, Map<String, String> fields, Photo photo) throws Exception {
		HttpResponse<String> response = send(port, fields, photo);
		String text = response.body();
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				text == null || text.isBlank() ? null : JSON.readTree(text));
	}

	/** The submission's raw answer, headers and all. */
	static HttpResponse<String> send(int port, Map<String, String> fields, Photo photo) throws Exception {
		String boundary = "----portal" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (photo != null) {
			body.write(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + photo.name()
							+ "\"\r\nContent-Type: " + photo.type() + "\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.write(photo.bytes());
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/orders"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A GET answered as bytes with all its headers; headers are given as name, value, …
	 */
	static HttpResponse<byte[]> get(int port, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "zh-CN");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The {@code Authorization} header of a demo user. */
	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	/** The form of a request in the 环境卫生 category, with this text. */
	static Map<String, String> fields(int port, String content) {
		Map<String, String> fields = new HashMap<>();
		fields.put("categoryCode",
				Api.anonymous(port)
					.get("/api/public/categories?q=" + URLEncoder.encode("环境卫生", StandardCharsets.UTF_8))
					.body()
					.get(0)
					.get("code")
					.asString());
		fields.put("content", content);
		fields.put("address", "天河区林和西路9号");
		fields.put("phone", "13900003333");
		return fields;
	}

	static long orderId(JdbcClient jdbc, String number) {
		return jdbc.sql("select id from work_order where number = ?").param(number).query(Long.class).single();
	}

	static void act(int port, String user, long id, String action, Map<String, Object> body) {
		Api.Response response = Api.as(port, user).post("/api/orders/" + id + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response.body()).isLessThan(300);
	}

	/** Dispatches the order to unit1 (住建局), which signs it and replies. */
	static void answer(int port, long id, String reply) {
		long unit1 = Api.as(port, "unit1").get("/api/me").body().path("unitId").asLong();
		act(port, "dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit1)));
		act(port, "unit1", id, "sign", Map.of());
		act(port, "unit1", id, "reply", Map.of("content", reply, "resolved", true));
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x3366CC);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			assertThat(ImageIO.write(image, format, bytes)).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
