package io.hotline.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions of the dispatch model (training without downtime, evaluation, rollback) and
 * the per-category thresholds of automatic dispatch, over HTTP.
 */
@HotlineTest
class DispatchModelHttpTest {

	private static final String TEXT = "我家楼下的下水道堵塞，污水漫到路面，臭味很大，请尽快疏通";

	private static final String ADDRESS = "广州市越秀区北京街道";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void trainsANewVersionWhileTheActiveOneAnswersAndRollsBack() {
		int first = DispatchModelReady.activeVersion(this.port);
		Api admin = Api.as(this.port, "admin");
		Map<String, Object> latest = this.jdbc.sql("""
				select id, content, main_unit_id from work_order
				where status = 'CLOSED' and category_code is not null and main_unit_id is not null
				order by id desc limit 1""").query().singleRow();
		Response started = admin.post("/api/dispatch/models", Map.of());
		assertThat(started.status()).isEqualTo(202);
		assertThat(started.text("status")).isEqualTo("TRAINING");
		int second = started.body().get("version").asInt();
		assertThat(admin.post("/api/dispatch/models", Map.of()).status()).isEqualTo(409);
		// the active version keeps answering during the training
		assertThat(suggestion().get("modelVersion").asInt()).isEqualTo(first);

		JsonNode trained = DispatchModelReady.finished(this.port, second);
		assertThat(trained.get("status").asString()).isEqualTo("READY");
		JsonNode evaluation = trained.get("evaluation");
		assertThat(evaluation.get("category").get("macroF1").asDouble()).isBetween(0.0, 1.0);
		assertThat(evaluation.get("registered").get("accuracy").asDouble()).isBetween(0.0, 1.0);
		assertThat(evaluation.get("registered").get("top3").asDouble())
			.isGreaterThanOrEqualTo(evaluation.get("registered").get("accuracy").asDouble());
		assertThat(trained.get("examples").asInt()).isPositive();

		Response rolledBack = admin.post("/api/dispatch/models/" + first + "/activate", Map.of());
		assertThat(rolledBack.status()).isEqualTo(200);
		assertThat(rolledBack.body().get("active").asBoolean()).isTrue();
		assertThat(suggestion().get("modelVersion").asInt()).isEqualTo(first);
		assertThat(admin.post("/api/dispatch/models/" + second + "/activate", Map.of()).status()).isEqualTo(200);
		assertThat(suggestion().get("modelVersion").asInt()).isEqualTo(second);
		assertThat(this.jdbc.sql("select count(*) from dispatch_model where active").query(Integer.class).single())
			.isEqualTo(1);
		explainsByWordsAndSimilarPastOrders(latest);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'DISPATCH_MODEL_ACTIVATE'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
		// the shared context's model as the other tests know it
		assertThat(admin.post("/api/dispatch/models/" + first + "/activate", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void refusesVersionsThatCannotBeActivatedAndUsersWhoMayNot() {
		DispatchModelReady.activeVersion(this.port);
		Api admin = Api.as(this.port, "admin");
		assertThat(admin.post("/api/dispatch/models/99999/activate", Map.of()).status()).isEqualTo(404);
		assertThat(Api.as(this.port, "dispatcher1").post("/api/dispatch/models", Map.of()).status()).isEqualTo(403);
		assertThat(Api.as(this.port, "unit1").get("/api/dispatch/models").status()).isEqualTo(403);
	}

	@Test
	void previewsAThresholdBeforeItIsSavedAndDispatchesAboveIt() {
		DispatchModelReady.activeVersion(this.port);
		JsonNode first = suggestion().get("suggestions").get(0);
		String category = first.get("categoryCode").asString();
		Api admin = Api.as(this.port, "admin");
		JsonNode low = admin.get("/api/dispatch/thresholds/" + category + "/preview?threshold=0.5").body();
		JsonNode high = admin.get("/api/dispatch/thresholds/" + category + "/preview?threshold=1").body();
		assertThat(low.get("registered").get("orders").asInt()).isEqualTo(high.get("registered").get("orders").asInt());
		assertThat(low.get("registered").get("automatic").asInt())
			.isGreaterThanOrEqualTo(high.get("registered").get("automatic").asInt());
		assertThat(admin.get("/api/dispatch/thresholds/" + category + "/preview?threshold=0.2").status())
			.isEqualTo(400);
		assertThat(admin.put("/api/dispatch/thresholds/NO-SUCH", Map.of("threshold", 0.9)).status()).isEqualTo(400);
		assertThat(Api.as(this.port, "dispatcher1")
			.put("/api/dispatch/thresholds/" + category, Map.of("threshold", 0.9))
			.status()).isEqualTo(403);

		// a threshold that the first suggestion for an order of the category reaches: it
		// goes automatically
		JsonNode known = Api.as(this.port, "dispatcher1")
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS, "categoryCode", category))
			.body()
			.get("suggestions")
			.get(0);
		double threshold = Math.floor(known.get("probability").asDouble() * 100) / 100;
		assertThat(threshold).as("the first suggestion's probability for a known category").isGreaterThanOrEqualTo(0.5);
		Response saved = admin.put("/api/dispatch/thresholds/" + category, Map.of("threshold", threshold));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("threshold").asDouble()).isEqualTo(threshold);
		try {
			long order = Api.as(this.port, "agent1")
				.post("/api/orders",
						Map.of("channel", "PHONE", "type", "HELP", "content", TEXT, "address", ADDRESS, "categoryCode",
								category))
				.id();
			JsonNode dispatched = waitForDispatch(order);
			assertThat(dispatched.get("mainUnitId").asLong()).isEqualTo(known.get("unitId").asLong());
			assertThat(this.jdbc.sql("select actor from work_order_event where order_id = ? and type = 'DISPATCHED'")
				.param(order)
				.query(String.class)
				.single()).isEqualTo("auto-dispatch");
			// the suggestion is logged just after the dispatch, on the same worker
			assertThat(loggedSuggestion(order)).isTrue();
		}
		finally {
			assertThat(admin.delete("/api/dispatch/thresholds/" + category).status()).isEqualTo(204);
		}
		assertThat(admin.get("/api/dispatch/thresholds").body().size()).isZero();
	}

	/**
	 * An order the version learned from: its words, and itself among the similar orders.
	 */
	private void explainsByWordsAndSimilarPastOrders(Map<String, Object> learned) {
		String text = (String) learned.get("content");
		JsonNode answer = Api.as(this.port, "dispatcher1").post("/api/dispatch/suggest", Map.of("text", text)).body();
		assertThat(answer.get("terms").size()).as(answer.toString()).isPositive();
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[0-9]", "0");
		answer.get("terms").forEach((term) -> assertThat(normalized).contains(term.asString()));
		List<Long> similar = new ArrayList<>();
		answer.get("similar").forEach((order) -> {
			similar.add(order.get("orderId").asLong());
			assertThat(order.get("number").asString()).isNotBlank();
			assertThat(order.get("excerpt").asString()).isNotBlank();
			assertThat(this.jdbc.sql("select main_unit_id from work_order where id = ?")
				.param(order.get("orderId").asLong())
				.query(Long.class)
				.single()).isEqualTo(order.get("unitId").asLong());
		});
		assertThat(similar).contains(((Number) learned.get("id")).longValue());
	}

	private JsonNode waitForDispatch(long order) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			JsonNode body = Api.as(this.port, "dispatcher1").get("/api/orders/" + order).body();
			if (!body.get("status").asString().equals("REGISTERED")) {
				return body;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("order " + order + " was not dispatched automatically");
	}

	private JsonNode suggestion() {
		return Api.as(this.port, "dispatcher1")
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS))
			.body();
	}

	/**
	 * Whether the order's logged suggestion was applied automatically, once it is there.
	 */
	private boolean loggedSuggestion(long order) {
		java.time.Instant until = java.time.Instant.now().plusSeconds(20);
		while (true) {
			java.util.Optional<Boolean> logged = this.jdbc
				.sql("select automatic and accepted from dispatch_suggestion where order_id = ?")
				.param(order)
				.query(Boolean.class)
				.optional();
			if (logged.isPresent() || java.time.Instant.now().isAfter(until)) {
				return logged.orElse(false);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

}
