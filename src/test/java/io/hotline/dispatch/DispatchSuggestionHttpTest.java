package io.hotline.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能辅助派单 over HTTP, with the model the test context trained at its start from the demo
 * history's closed orders.
 */
@HotlineTest
class DispatchSuggestionHttpTest {

	private static final String TEXT = "小区楼下的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全，希望尽快维修";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void modelReady() {
		DispatchModelReady.activeVersion(this.port);
	}

	@Test
	void suggestsUnitsWithCategoriesAndProbabilitiesMostProbableFirst() {
		Response answer = Api.as(this.port, "dispatcher1")
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", "广州市越秀区北京街道"));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode suggestions = answer.body().get("suggestions");
		assertThat(suggestions.size()).isBetween(1, DispatchSuggestions.SUGGESTIONS);
		double previous = 1;
		double sum = 0;
		for (JsonNode s : suggestions) {
			double p = s.get("probability").asDouble();
			assertThat(p).isBetween(0.0, previous);
			previous = p;
			sum += p;
			assertThat(s.get("categoryCode").asString()).isNotBlank();
			assertThat(s.get("unitName").asString()).isNotBlank();
			assertThat(this.jdbc.sql("select active from handling_unit where id = ?")
				.param(s.get("unitId").asLong())
				.query(Boolean.class)
				.single()).isTrue();
		}
		// each probability is rounded to four places
		assertThat(sum).isLessThanOrEqualTo(1 + suggestions.size() * 0.00005);
		assertThat(answer.body().get("autoDispatch").asBoolean()).isFalse();
		assertThat(answer.body().get("modelVersion").asInt()).isPositive();
	}

	@Test
	void aKnownCategoryLeavesOnlyTheUnitToSuggest() {
		String category = this.jdbc.sql(
				"select category_code from work_order where status = 'CLOSED' and category_code is not null group by 1 order by count(*) desc limit 1")
			.query(String.class)
			.single();
		JsonNode answer = Api.as(this.port, "agent1")
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "categoryCode", category))
			.body();
		answer.get("suggestions").forEach((s) -> assertThat(s.get("categoryCode").asString()).isEqualTo(category));
	}

	@Test
	void refusesWhatItCannotAnswerNamingTheProblem() {
		Api dispatcher = Api.as(this.port, "dispatcher1");
		assertThat(dispatcher.post("/api/dispatch/suggest", Map.of("text", " ")).detail()).contains("text");
		assertThat(dispatcher.post("/api/dispatch/suggest", Map.of()).status()).isEqualTo(400);
		assertThat(dispatcher.post("/api/dispatch/suggest", Map.of("text", "x".repeat(10_001))).status())
			.isEqualTo(400);
		Response unknown = dispatcher.post("/api/dispatch/suggest", Map.of("text", TEXT, "categoryCode", "NO-SUCH"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("NO-SUCH");
		assertThat(Api.as(this.port, "unit1").post("/api/dispatch/suggest", Map.of("text", TEXT)).status())
			.isEqualTo(403);
	}

	@Test
	void recordsWhetherTheDispatcherTookTheSuggestionOrAnother() {
		long taken = register();
		long overridden = register();
		Api dispatcher = Api.as(this.port, "dispatcher1");
		JsonNode before = dispatcher.get("/api/dispatch/accuracy?interval=day").body().get("total");
		JsonNode advice = dispatcher.get("/api/orders/" + taken + "/dispatch-suggestions").body();
		long suggested = advice.get("suggestions").get(0).get("unitId").asLong();
		dispatcher.post("/api/orders/" + taken + "/dispatch", Map.of("unitIds", List.of(suggested)));
		JsonNode other = dispatcher.get("/api/orders/" + overridden + "/dispatch-suggestions").body();
		long first = other.get("suggestions").get(0).get("unitId").asLong();
		long another = this.jdbc.sql("select id from handling_unit where active and id <> ? order by id limit 1")
			.param(first)
			.query(Long.class)
			.single();
		dispatcher.post("/api/orders/" + overridden + "/dispatch", Map.of("unitIds", List.of(another)));

		assertThat(outcome(taken)).containsEntry("accepted", true).containsEntry("chosen_unit_id", suggested);
		assertThat(outcome(overridden)).containsEntry("accepted", false).containsEntry("chosen_unit_id", another);
		assertThat(outcome(taken).get("decided_by")).isEqualTo("dispatcher1");
		JsonNode after = dispatcher.get("/api/dispatch/accuracy?interval=day").body().get("total");
		assertThat(after.get("suggested").asLong() - before.get("suggested").asLong()).isEqualTo(2);
		assertThat(after.get("accepted").asLong() - before.get("accepted").asLong()).isEqualTo(1);
	}

	private Map<String, Object> outcome(long order) {
		return this.jdbc.sql("select accepted, chosen_unit_id, decided_by from dispatch_suggestion where order_id = ?")
			.param(order)
			.query()
			.singleRow();
	}

	private long register() {
		Map<String, Object> order = new HashMap<>(
				Map.of("channel", "PHONE", "type", "HELP", "content", TEXT, "address", "广州市越秀区北京街道"));
		Response registered = Api.as(this.port, "agent1").post("/api/orders", order);
		assertThat(registered.status()).isEqualTo(201);
		return registered.id();
	}

}
