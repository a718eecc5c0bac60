package io.hotline.portal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import tools.jackson.databind.json.JsonMapper;

/** Posts the portal's multipart form as a browser would, without any credentials. */
final class PortalClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PortalClient() {
	}

	/** A photo part: its file name, declared type and bytes. */
	record Photo(String name, String type, byte[] bytes) {

	}

	static Api.Response submit(int port, Map<String, String> fields, Photo photo) throws Exception {
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
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		String text = response.body();
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				text == null || text.isBlank() ? null : JSON.readTree(text));
	}

}
