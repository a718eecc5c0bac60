package io.hotline.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.workorder.HistoryWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 派单准确率 and 二次派单率 per period, exact: orders of March 2003 (a time no demo or imported
 * history reaches) played through their transitions, and orders dispatched today over the
 * API.
 */
@HotlineTest
class DispatchAccuracyHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	HistoryWriter history;

	@Test
	void countsEachOrderInTheWeekOfItsFirstDispatchWithWhatBecameOfItSince() {
		PlayedOrders past = new PlayedOrders(unitOf("unit1"));
		// week of Monday 2003-03-03: five first dispatches, two returned, one
		// re-dispatched
		past.dispatched("dispatcher1", "2003-03-03T10:00").closed();
		past.dispatched("dispatcher1", "2003-03-04T10:00").returned().dispatch("dispatcher1", "2003-03-04T15:00");
		past.dispatched("dispatcher1", "2003-03-05T10:00").reopened().dispatch("dispatcher1", "2003-03-06T10:00");
		past.dispatched(DispatchAccuracy.AUTOMATIC_ACTOR, "2003-03-06T10:00").returned();
		past.dispatched("dispatcher1", "2003-03-09T23:30");
		// week of 2003-03-10, starting at Beijing midnight (still Sunday in UTC)
		past.dispatched("dispatcher1", "2003-03-10T00:30");
		past.dispatched("dispatcher1", "2003-03-11T10:00").returned().dispatch("dispatcher1", "2003-03-18T09:00");
		past.dispatched(DispatchAccuracy.AUTOMATIC_ACTOR, "2003-03-12T10:00")
			.reopened()
			.dispatch("dispatcher1", "2003-03-13T10:00")
			.returned()
			.dispatch("dispatcher1", "2003-03-14T10:00");
		past.writeWith(this.history);

		Response weeks = Api.as(this.port, "supervisor1")
			.get("/api/dispatch/accuracy?from=2003-03-05&to=2003-03-18&interval=week");
		assertThat(weeks.status()).as(weeks.body().toString()).isEqualTo(200);
		assertThat(weeks.text("from")).isEqualTo("2003-03-03");
		assertThat(weeks.text("to")).isEqualTo("2003-03-23");
		assertThat(weeks.text("interval")).isEqualTo("week");
		JsonNode periods = weeks.body().get("periods");
		assertThat(periods).hasSize(3);
		assertFigures(periods.get(0), "2003-03-03", 5, 2, 1, 1, 0.6, 0.2);
		assertFigures(periods.get(1), "2003-03-10", 3, 2, 2, 1, 0.3333, 0.6667);
		assertFigures(periods.get(2), "2003-03-17", 0, 0, 0, 0, null, null);
		assertFigures(weeks.body().get("total"), null, 8, 4, 3, 2, 0.5, 0.375);

		JsonNode days = Api.as(this.port, "analyst1")
			.get("/api/dispatch/accuracy?from=2003-03-09&to=2003-03-10&interval=day")
			.body();
		assertThat(days.get("periods")).hasSize(2);
		assertFigures(days.get("periods").get(0), "2003-03-09", 1, 0, 0, 0, 1.0, 0.0);
		assertFigures(days.get("periods").get(1), "2003-03-10", 1, 0, 0, 0, 1.0, 0.0);

		JsonNode months = Api.as(this.port, "dispatcher1")
			.get("/api/dispatch/accuracy?from=2003-02-14&to=2003-03-31&interval=month")
			.body();
		assertThat(months.get("periods")).hasSize(2);
		assertFigures(months.get("periods").get(0), "2003-02-01", 0, 0, 0, 0, null, null);
		assertFigures(months.get("periods").get(1), "2003-03-01", 8, 4, 3, 2, 0.5, 0.375);
	}

	@Test
	void countsTodaysDispatchesReturnsAndReopeningsMadeOverTheApi() {
		String today = LocalDate.now(WorkingCalendar.ZONE).toString();
		String path = "/api/dispatch/accuracy?interval=day&from=" + today + "&to=" + today;
		JsonNode before = Api.as(this.port, "dispatcher1").get(path).body().get("total");
		long unit = unitOf("unit1");

		long returned = register();
		act("dispatcher1", returned, "dispatch", Map.of("unitIds", List.of(unit)));
		act("unit1", returned, "return", Map.of("reason", "不属于本单位职责"));
		act("dispatcher1", returned, "dispatch", Map.of("unitIds", List.of(unit)));
		long reopened = register();
		act("dispatcher1", reopened, "dispatch", Map.of("unitIds", List.of(unit)));
		act("unit1", reopened, "sign", Map.of());
		act("unit1", reopened, "reply", Map.of("content", "已处理", "resolved", true));
		act("callback1", reopened, "callback", Map.of("satisfaction", "DISSATISFIED", "resolved", false));
		act("dispatcher1", reopened, "dispatch", Map.of("unitIds", List.of(unit)));
		act("dispatcher1", register(), "dispatch", Map.of("unitIds", List.of(unit)));

		JsonNode after = Api.as(this.port, "dispatcher1").get(path).body().get("total");
		assertThat(after.get("dispatched").asLong() - before.get("dispatched").asLong()).isEqualTo(3);
		assertThat(after.get("returned").asLong() - before.get("returned").asLong()).isEqualTo(1);
		assertThat(after.get("redispatched").asLong() - before.get("redispatched").asLong()).isEqualTo(1);
		assertThat(after.get("automatic").asLong() - before.get("automatic").asLong()).isZero();
	}

	private static void assertFigures(JsonNode figures, String period, long dispatched, long returned,
			long redispatched, long automatic, Double accuracy, Double redispatchRate) {
		if (period != null) {
			assertThat(figures.get("period").asString()).isEqualTo(period);
		}
		assertThat(figures.get("dispatched").asLong()).as(figures.toString()).isEqualTo(dispatched);
		assertThat(figures.get("returned").asLong()).as(figures.toString()).isEqualTo(returned);
		assertThat(figures.get("redispatched").asLong()).as(figures.toString()).isEqualTo(redispatched);
		assertThat(figures.get("automatic").asLong()).as(figures.toString()).isEqualTo(automatic);
		assertRate(figures.get("accuracy"), accuracy);
		assertRate(figures.get("redispatchRate"), redispatchRate);
	}

	private static void assertRate(JsonNode rate, Double expected) {
		if (expected == null) {
			assertThat(rate.isNull()).as(rate.toString()).isTrue();
		}
		else {
			assertThat(rate.asDouble()).isEqualTo(expected);
		}
	}

	private long unitOf(String user) {
		return Api.as(this.port, user).get("/api/me").body().get("unitId").asLong();
	}

	private long register() {
		Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "派单质量测试：噪音扰民"));
		assertThat(order.status()).as(order.body().toString()).isEqualTo(201);
		return order.id();
	}

	private void act(String user, long id, String action, Map<String, Object> body) {
		Response answer = Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body);
		assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
	}

}
