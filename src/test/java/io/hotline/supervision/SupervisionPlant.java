package io.hotline.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.TestClock;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders planted for the supervision tests in a unit of their own (created over HTTP,
 * with a handler), so that a run over that unit sees only them among the demo's
 * thousands.
 */
final class SupervisionPlant {

	final int port;

	final JdbcClient jdbc;

	final TestClock clock;

	SupervisionPlant(int port, JdbcClient jdbc, TestClock clock) {
		this.port = port;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long unit() {
		long centre = Api.as(this.port, "admin").get("/api/units").body().get(0).get("id").asLong();
		String code = "SUP-" + UUID.randomUUID().toString().substring(0, 6);
		return Api.as(this.port, "admin")
			.post("/api/units", Map.of("code", code, "name", "督查测试科" + code, "type", "DEPARTMENT", "parentId", centre))
			.id();
	}

	Api handler(long unit) {
		String user = "sup-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles, unit_id)
				values (?, '{noop}secret', ?, cast('{HANDLER}' as varchar(24)[]), ?)""")
			.params(user, user, unit)
			.update();
		return Api.as(this.port, user, "secret");
	}

	long register(Api agent, String phone) {
		Map<String, Object> order = new HashMap<>(Map.of("channel", "PHONE", "type", "COMPLAINT", "content",
				"小区门口路灯不亮，晚上出行不便", "address", place(), "urgency", "NORMAL"));
		order.put("caller", Map.of("name", "王五", "phone", phone));
		return ok(agent.post("/api/orders", order)).id();
	}

	/** A new order dispatched to the units (the first the main unit) and signed. */
	JsonNode atUnit(Api handler, Long... units) {
		long id = register(Api.as(this.port, "agent1"), phone());
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(units)));
		return ok(handler.post("/api/orders/" + id + "/sign", Map.of())).body();
	}

	Api.Response act(String user, long id, String action, Map<String, Object> body) {
		return ok(Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body));
	}

	JsonNode order(long id) {
		return ok(Api.as(this.port, "supervisor1").get("/api/orders/" + id)).body();
	}

	/** Runs the monitors over the unit's orders. */
	JsonNode run(long unit) {
		return ok(Api.as(this.port, "supervisor1").post("/api/supervision/run?unitId=" + unit, Map.of())).body();
	}

	/** The cases of an order, any status, as the supervisor sees them. */
	List<JsonNode> cases(long order) {
		List<JsonNode> found = new ArrayList<>();
		ok(Api.as(this.port, "supervisor1").get("/api/supervision/cases?status=ALL&orderId=" + order)).body()
			.get("cases")
			.forEach(found::add);
		return found;
	}

	JsonNode caseOf(long order, String kind) {
		return cases(order).stream()
			.filter((c) -> kind.equals(c.get("kind").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " case of order " + order + ": " + cases(order)));
	}

	List<String> kinds(long order) {
		return cases(order).stream().map((c) -> c.get("kind").asString()).toList();
	}

	/** Moves the platform's clock to the moment. */
	void moveTo(Instant at) {
		this.clock.advance(Duration.between(this.clock.instant(), at));
	}

	static Api.Response ok(Api.Response response) {
		assertThat(response.status()).as(String.valueOf(response.body())).isBetween(200, 201);
		return response;
	}

	/**
	 * An address of its own for each order: the same words at one place, closed before,
	 * would make a repeat complaint (重复投诉) and its flag open a FLAGGED case.
	 */
	static String place() {
		return "督查测试路" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "号";
	}

	static String phone() {
		// a caller of its own (the same caller with the same words, closed before, is a
		// repeat complaint)
		return "137" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
	}

}
