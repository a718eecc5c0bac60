package io.hotline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hotline.support.Api;
import io.hotline.support.PlatformProcess;
import io.hotline.support.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the packaged platform (SIGKILL) while clients are creating orders, starts it
 * again on the same data directory, and finds every order whose creation was
 * acknowledged, with its timeline.
 */
class CrashRecoveryIT {

	@Test
	void keepsEveryAcknowledgedOrderThroughAKill() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-");
		int port = PlatformProcess.freePort();
		Map<String, Long> acknowledged = new ConcurrentHashMap<>();
		Process first = start(dataDir, port);
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(8);
		for (int c = 0; c < 8; c++) {
			clients.submit(() -> {
				while (running.get()) {
					String requestId = UUID.randomUUID().toString();
					try {
						Response response = Api.as(port, "agent1").post("/api/orders", order(requestId));
						if (response.status() == 201) {
							acknowledged.put(requestId, response.id());
						}
					}
					catch (RuntimeException ex) {
						// the process is gone: what was not acknowledged may or may not
						// be stored
					}
				}
			});
		}
		while (acknowledged.size() < 300) {
			Thread.sleep(50);
		}
		first.destroyForcibly().waitFor();
		running.set(false);
		clients.shutdown();
		assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		Process second = start(dataDir, port);
		try {
			Api admin = Api.as(port, "admin");
			for (Map.Entry<String, Long> entry : acknowledged.entrySet()) {
				Response stored = admin.get("/api/orders/" + entry.getValue());
				assertThat(stored.status()).as("order " + entry.getValue()).isEqualTo(200);
				assertThat(stored.body().get("events").get(0).get("type").asString()).isEqualTo("REGISTERED");
				assertThat(stored.text("requestId")).isEqualTo(entry.getKey());
			}
			String someRequest = acknowledged.keySet().iterator().next();
			Response retried = Api.as(port, "agent1").post("/api/orders", order(someRequest));
			assertThat(retried.id()).isEqualTo(acknowledged.get(someRequest));
		}
		finally {
			second.destroy();
			second.waitFor(60, TimeUnit.SECONDS);
		}
	}

	private static Map<String, Object> order(String requestId) {
		return Map.of("channel", "WEB", "type", "HELP", "content", "路灯不亮已经一周，请尽快维修", "requestId", requestId);
	}

	private static Process start(Path dataDir, int port) throws Exception {
		// the demo's users, not its year of orders (a minute of the first start)
		return PlatformProcess.start(dataDir, port, Map.of("HOTLINE_DEMO", "true"), "--hotline.demo.history-orders=0");
	}

}
