package io.hotline.province;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A test's city nodes: batches of orders signed with each city's key (derived from the
 * province's master key) and posted to the province as a city's sender does.
 */
final class CityFeed {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	private final String masterKey;

	private final JsonMapper json;

	private final Clock clock;

	CityFeed(int port, String masterKey, JsonMapper json, Clock clock) {
		this.port = port;
		this.masterKey = masterKey;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Posts a city's batch, signed with the city's key; answers the province's status.
	 */
	int send(String city, List<NodeMessages.Order> orders, List<NodeMessages.Event> events) throws Exception {
		return post(city, "/api/node/orders", new NodeMessages.Batch(0, null, orders, events)).statusCode();
	}

	/** Posts a city's message, signed with the city's key. */
	HttpResponse<String> post(String city, String path, Object message) throws Exception {
		byte[] body = this.json.writeValueAsBytes(message);
		long now = this.clock.instant().getEpochSecond();
		String signature = NodeKeys.sign(NodeKeys.keyOf(this.masterKey, city), "POST", path, now, body);
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.header(NodeKeys.NODE, city)
			.header(NodeKeys.TIMESTAMP, Long.toString(now))
			.header(NodeKeys.SIGNATURE, signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The province's answer to a city's message, read as {@code type}. */
	<T> T answer(HttpResponse<String> response, Class<T> type) {
		if (response.statusCode() != 200) {
			throw new AssertionError(response.statusCode() + " " + response.body());
		}
		return this.json.readValue(response.body(), type);
	}

	/**
	 * A closed order registered at {@code at}, judged by its caller ({@code satisfaction}
	 * SATISFIED or DISSATISFIED).
	 */
	static NodeMessages.Order closed(long id, String number, String title, Instant at, String satisfaction) {
		return new NodeMessages.Order(id, number, 2, "CLOSED", "COMPLAINT", "PHONE", "NORMAL", title, "内容", null, null,
				null, null, null, "张*", "139****0123", false, 7L, "U7", "城管局", 7L, false, at.plusSeconds(3_600),
				at.plusSeconds(86_400), at.plusSeconds(60), at.plusSeconds(600), at.plusSeconds(3_000), null,
				at.plusSeconds(4_000), satisfaction, true, 1, 0, 0, 1.0f, at, at.plusSeconds(4_000));
	}

	/** An order registered at {@code at}, not yet dispatched. */
	static NodeMessages.Order registered(long id, String number, String title, Instant at) {
		return new NodeMessages.Order(id, number, 1, "REGISTERED", "COMPLAINT", "PHONE", "NORMAL", title, "内容", null,
				null, null, null, null, "张*", "139****0123", false, null, null, null, null, false, null, null, null,
				null, null, null, null, null, null, 0, 0, 0, null, at, at);
	}

	static NodeMessages.Event event(long id, long order, String type, Instant at, String status, String note) {
		return new NodeMessages.Event(id, order, type, at, status, "城管局", note);
	}

}
