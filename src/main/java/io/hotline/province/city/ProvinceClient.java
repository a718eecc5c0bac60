package io.hotline.province.city;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import io.hotline.platform.HotlineProperties;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeKeys;
import io.hotline.province.NodeSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A city's calls to its province: JSON over HTTP, signed with the city's key; a call that
 * gets no 2xx answer in time fails with what the province said.
 */
@Component
@Conditional(CityOfAProvince.class)
class ProvinceClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final NodeSettings settings;

	private final String city;

	private final JsonMapper json;

	private final Clock clock;

	ProvinceClient(NodeSettings settings, HotlineProperties properties, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.city = properties.jurisdiction();
		this.json = json;
		this.clock = clock;
		if (settings.key() == null) {
			throw new IllegalStateException("HOTLINE_PROVINCE_URL is set but HOTLINE_NODE_KEY is not: ask the "
					+ "province for this city's key (java -jar target/hotline.jar node-key --city " + this.city + ")");
		}
	}

	String city() {
		return this.city;
	}

	/**
	 * The most a call carries: the province reads a body of at most 2 MB
	 * ({@code RequestBodyGuard}).
	 */
	static final int MOST_BYTES = 1_800_000;

	/** A message too large for one call: the sender sends fewer orders at once. */
	static final class TooLarge extends IOException {

		TooLarge(int bytes) {
			super("a call of " + bytes + " bytes is more than the province takes (" + MOST_BYTES + ")");
		}

	}

	<T> T post(String path, Object message, Class<T> answer) throws IOException, InterruptedException {
		byte[] body = this.json.writeValueAsBytes(message);
		if (body.length > MOST_BYTES) {
			throw new TooLarge(body.length);
		}
		long now = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.provinceUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header(NodeKeys.NODE, this.city)
			.header(NodeKeys.TIMESTAMP, Long.toString(now))
			.header(NodeKeys.SIGNATURE, NodeKeys.sign(this.settings.key(), "POST", path, now, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() / 100 != 2) {
			String said = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
			throw new IOException("the province answered " + response.statusCode() + " to " + path + ": "
					+ said.substring(0, Math.min(300, said.length())));
		}
		return this.json.readValue(response.body(), answer);
	}

}
