package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /api/nlp/address} over HTTP, each client on its own keep-alive connection,
 * the labelled texts in turn.
 */
final class AddressLoad {

	private final int port;

	private final String authorization;

	private final List<byte[]> bodies;

	AddressLoad(int port, String user, String password, List<String> texts) {
		this.port = port;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.bodies = texts.stream()
			.map((text) -> ("{\"text\":\"" + json(text) + "\"}").getBytes(StandardCharsets.UTF_8))
			.toList();
	}

	Latencies run(int clients, int requests) throws Exception {
		return ConcurrentRun.run(clients, requests, (client) -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", this.port);
			return (c, sequence) -> http.exchange("POST", "/api/nlp/address", this.authorization,
					this.bodies.get((int) (sequence % this.bodies.size()))) == 200;
		});
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
