package io.hotline.callback.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders of the tests of callback plans: registered by phone with a new number, replied
 * by the demo's unit 1.
 */
final class RepliedOrders {

	private RepliedOrders() {
	}

	/** An order of this type and title, replied with these words; answers its id. */
	static long replied(int port, JdbcClient jdbc, String type, String title, String reply) {
		long unit = jdbc.sql("select id from handling_unit where code = 'DEMO-UNIT-1'").query(Long.class).single();
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		Response order = Api.as(port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", type, "title", title, "content",
					title + "，请尽快处理 " + UUID.randomUUID(), "caller", Map.of("phone", phone)));
		assertThat(order.status()).as(order.body().toString()).isEqualTo(201);
		Response sent = Api.as(port, "dispatcher1")
			.post("/api/orders/" + order.id() + "/dispatch", Map.of("unitIds", List.of(unit)));
		assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
		Api handler = Api.as(port, "unit1");
		assertThat(handler.post("/api/orders/" + order.id() + "/sign", Map.of()).status()).isEqualTo(200);
		Response answered = handler.post("/api/orders/" + order.id() + "/reply",
				Map.of("content", reply, "resolved", true));
		assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
		return order.id();
	}

	/** The order's latest plan, once the reaction made it. */
	static JsonNode planOf(int port, long order) {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < until) {
			JsonNode plans = Api.as(port, "admin").get("/api/orders/" + order + "/callback-plans").body();
			if (plans.size() > 0) {
				return plans.get(plans.size() - 1).get("plan");
			}
			pause();
		}
		throw new AssertionError("no plan for order " + order);
	}

	static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
