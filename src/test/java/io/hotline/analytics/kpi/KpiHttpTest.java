package io.hotline.analytics.kpi;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * KPIs of a unit of its own, against figures computed by hand from four orders taken
 * through the lifecycle over HTTP, and the orders behind each figure.
 */
@HotlineTest
class KpiHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderFacts facts;

	long unit;

	Api handler;

	@BeforeEach
	void unitOfItsOwn() {
		long centre = Api.as(this.port, "admin").get("/api/units").body().get(0).get("id").asLong();
		this.unit = unit(centre);
		this.handler = handler(this.unit);
	}

	@Test
	void ranksUnitsFairlyListingOnlyClearDifferences() {
		long good = unit(this.unit);
		long bad = unit(this.unit);
		long small = unit(this.unit);
		Api goodHandler = handler(good);
		for (int i = 0; i < 6; i++) {
			long order = dispatched("积水 " + i, good);
			assertThat(goodHandler.post("/api/orders/" + order + "/sign", Map.of()).status()).isEqualTo(200);
		}
		for (int i = 0; i < 8; i++) {
			long late = dispatched("积水 " + i, bad);
			this.jdbc
				.sql("update work_order set sign_deadline = now() - interval '1 hour', version = version + 1"
						+ " where id = ?")
				.param(late)
				.update();
		}
		long one = dispatched("积水", small);
		assertThat(handler(small).post("/api/orders/" + one + "/sign", Map.of()).status()).isEqualTo(200);
		this.facts.catchUp();
		this.facts.settle();

		JsonNode ranking = Api.as(this.port, "supervisor1")
			.get("/api/analytics/rankings?weights=response:1&minSample=3&unitId=" + this.unit)
			.body();
		// 7 of 15 orders signed in time (the small unit's one counts in the whole too)
		double overall = 7 / 15.0;
		assertThat(ranking.get("overall").asDouble()).isEqualTo(overall, org.assertj.core.data.Offset.offset(1e-3));
		JsonNode rows = ranking.get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("key").asString()).isEqualTo(Long.toString(good));
		assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("score").asDouble()).isEqualTo(1.0);
		// 6 of 6: 100 %, its interval 61–100 % lies above the whole; 0 of 8: 0–32 % below
		// it
		assertThat(rows.get(0).get("low").asDouble()).isGreaterThan(overall);
		assertThat(rows.get(1).get("high").asDouble()).isLessThan(overall);
		assertThat(rows.get(1).get("score").asDouble()).isEqualTo(0.0);
		assertThat(rows.get(0).get("previousRank").isNull()).isTrue();
		assertThat(ranking.get("red").get(0).get("key").asString()).isEqualTo(Long.toString(good));
		assertThat(ranking.get("black").get(0).get("key").asString()).isEqualTo(Long.toString(bad));
		assertThat(ranking.get("tooFew").get(0).get("key").asString()).isEqualTo(Long.toString(small));
		// the threshold is said, and each rank comes with the ranks its interval allows:
		// here the two intervals are apart, so each rank is sure
		assertThat(ranking.get("minSample").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("bestRank").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("worstRank").asInt()).isEqualTo(1);
		assertThat(rows.get(1).get("bestRank").asInt()).isEqualTo(2);
		assertThat(rows.get(1).get("worstRank").asInt()).isEqualTo(2);
		// ranked with its one order, the small unit could be first or last (1 of 1 in
		// time: 21–100 %, overlapping both), the good one first or second
		JsonNode all = Api.as(this.port, "supervisor1")
			.get("/api/analytics/rankings?weights=response:1&minSample=1&unitId=" + this.unit)
			.body();
		java.util.Map<String, String> ranges = new java.util.HashMap<>();
		all.get("rows")
			.forEach((r) -> ranges.put(r.get("key").asString(),
					r.get("bestRank").asInt() + "-" + r.get("worstRank").asInt()));
		assertThat(ranges).containsEntry(Long.toString(small), "1-3")
			.containsEntry(Long.toString(good), "1-2")
			.containsEntry(Long.toString(bad), "2-3");
		// with a larger minimum sample nobody is ranked, and so nobody listed
		JsonNode strict = Api.as(this.port, "supervisor1")
			.get("/api/analytics/rankings?weights=response:1&minSample=9&unitId=" + this.unit)
			.body();
		assertThat(strict.get("rows")).isEmpty();
		assertThat(strict.get("red")).isEmpty();
		// the units working in one street, each with its orders there
		Api supervisor = Api.as(this.port, "supervisor1");
		String street = null;
		for (JsonNode row : supervisor.get("/api/analytics/kpi-report?groupBy=street").body().get("rows")) {
			if (!row.get("key").isNull() && street == null) {
				street = row.get("key").asString();
			}
		}
		java.util.Map<String, Long> inStreet = new java.util.HashMap<>();
		supervisor.get("/api/analytics/kpi-report?groupBy=unit&street=" + street)
			.body()
			.get("rows")
			.forEach((row) -> inStreet.put(row.get("key").asString(), row.get("orders").asLong()));
		JsonNode streetRanking = supervisor.get("/api/analytics/rankings?minSample=1&street=" + street).body();
		assertThat(streetRanking.get("rows")).isNotEmpty();
		for (JsonNode row : streetRanking.get("rows")) {
			assertThat(row.get("orders").asLong()).isEqualTo(inStreet.get(row.get("key").asString()));
		}
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/rankings?weights=speed:1").status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/rankings?weights=response:x").status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/rankings?level=channel").status())
			.isEqualTo(400);
	}

	private long unit(long parent) {
		String code = "KPI-" + UUID.randomUUID().toString().substring(0, 6);
		return Api.as(this.port, "admin")
			.post("/api/units", Map.of("code", code, "name", "指标测试科" + code, "type", "DEPARTMENT", "parentId", parent))
			.id();
	}

	private Api handler(long unit) {
		String user = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles, unit_id)
				values (?, '{noop}secret', ?, cast('{HANDLER}' as varchar(24)[]), ?)""")
			.params(user, user, unit)
			.update();
		return Api.as(this.port, user, "secret");
	}

	@Test
	void computesEachRateOfAUnitAsByHand() {
		// A: signed, replied, called back satisfied and resolved: closed
		long a = dispatched("路灯不亮");
		act(a, "sign", Map.of());
		act(a, "reply", Map.of("content", "已修复", "resolved", true));
		callBack(a, "SATISFIED", true);
		// B: signed, replied, called back dissatisfied and unresolved: reopened
		long b = dispatched("噪音扰民");
		act(b, "sign", Map.of());
		act(b, "reply", Map.of("content", "已劝导", "resolved", false));
		callBack(b, "DISSATISFIED", false);
		// C: returned, then dispatched to the unit again and signed
		long c = dispatched("井盖缺失");
		act(c, "return", Map.of("reason", "请核实地址"));
		Api.as(this.port, "dispatcher1").post("/api/orders/" + c + "/dispatch", Map.of("unitIds", List.of(this.unit)));
		act(c, "sign", Map.of());
		// D: never signed; its sign deadline and deadline passed
		long d = dispatched("违章停车");
		this.jdbc
			.sql("update work_order set sign_deadline = now() - interval '2 hours',"
					+ " deadline = now() - interval '1 hour', version = version + 1 where id = ?")
			.param(d)
			.update();
		this.facts.catchUp();
		this.facts.settle();

		JsonNode totals = this.handler.get("/api/analytics/kpi-report").body().get("totals");
		assertThat(totals.get("orders").asLong()).isEqualTo(4);
		// 响应率: A, B and C signed in time; D's sign deadline passed unsigned → 3 / 4
		rate(totals, "response", 3, 4);
		// 按时办结率: A and B replied in time; D overdue unreplied; C not yet due → 2 / 3
		rate(totals, "onTime", 2, 3);
		// 解决率 and 满意率: A of the two called back (A, B)
		rate(totals, "resolved", 1, 2);
		rate(totals, "satisfied", 1, 2);
		// 重办率: B of the two called back
		rate(totals, "reopened", 1, 2);
		// 退单率 and 二次派单率: C of the four dispatched
		rate(totals, "returned", 1, 4);
		rate(totals, "redispatched", 1, 4);
		// 派单准确率: A, B and D handled where first sent and never returned
		rate(totals, "dispatchAccuracy", 3, 4);
		rate(totals, "firstContact", 0, 4);
		assertThat(totals.get("overdue").asLong()).isEqualTo(1);
		// 积压: B (reopened), C and D are open; A is closed
		assertThat(totals.get("backlog").asLong()).isEqualTo(3);
		assertThat(totals.get("handled").asLong()).as("A and B were replied").isEqualTo(2);
		assertThat(totals.get("handlingDays").asDouble()).isBetween(0.0, 1.0);
		JsonNode response = totals.get("rates").get("response");
		assertThat(response.get("low").asDouble()).isLessThan(0.75);
		assertThat(response.get("high").asDouble()).isGreaterThan(0.75);

		assertThat(ids(this.handler.get("/api/analytics/kpis/orders?kpi=response&outcome=missed").body()))
			.containsExactly(d);
		assertThat(ids(this.handler.get("/api/analytics/kpis/orders?kpi=onTime&outcome=measured").body()))
			.containsExactlyInAnyOrder(a, b, d);
		assertThat(ids(this.handler.get("/api/analytics/kpis/orders?kpi=returned&outcome=met").body()))
			.containsExactly(c);
		assertThat(ids(this.handler.get("/api/analytics/kpis/orders?kpi=overdue").body())).containsExactly(d);

		JsonNode byUnit = Api.as(this.port, "analyst1")
			.get("/api/analytics/kpi-report?groupBy=unit&unitId=" + this.unit)
			.body()
			.get("rows");
		assertThat(byUnit).hasSize(1);
		assertThat(byUnit.get(0).get("key").asString()).isEqualTo(Long.toString(this.unit));
		assertThat(byUnit.get(0).get("name").asString()).startsWith("指标测试科");

		// the contract's flat rows: A is the one closed, on time
		JsonNode contract = Api.as(this.port, "analyst1")
			.get("/api/analytics/kpis?groupBy=unit&unitId=" + this.unit)
			.body();
		assertThat(contract.isArray()).isTrue();
		assertThat(contract).hasSize(1);
		JsonNode row = contract.get(0);
		assertThat(row.get("key").asString()).isEqualTo(Long.toString(this.unit));
		assertThat(row.get("name").asString()).startsWith("指标测试科");
		assertThat(row.get("total").asLong()).isEqualTo(4);
		assertThat(row.get("closed").asLong()).isEqualTo(1);
		assertThat(row.get("onTime").asLong()).isEqualTo(1);
		assertThat(row.get("onTimeRate").asDouble()).isEqualTo(1.0);
		assertThat(row.get("responseRate").asDouble()).isEqualTo(0.75);
		assertThat(row.get("resolutionRate").asDouble()).isEqualTo(0.5);
		assertThat(row.get("satisfactionRate").asDouble()).isEqualTo(0.5);
		assertThat(row.get("returnRate").asDouble()).isEqualTo(0.25);
		assertThat(row.get("redispatchRate").asDouble()).isEqualTo(0.25);
		assertThat(row.get("reopenRate").asDouble()).isEqualTo(0.5);
		assertThat(row.get("overdueOpen").asLong()).isEqualTo(1);
		assertThat(row.get("backlog").asLong()).isEqualTo(3);
		assertThat(row.get("avgHandlingWorkingDays").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void aHandlerSeesOnlyTheirOwnUnitsAndBadParametersAreNamed() {
		long other = Api.as(this.port, "unit1").get("/api/me").body().get("unitId").asLong();
		assertThat(this.handler.get("/api/analytics/kpi-report?unitId=" + other).status()).isEqualTo(403);
		assertThat(this.handler.get("/api/analytics/kpi-report?groupBy=planet").detail()).contains("groupBy");
		assertThat(this.handler.get("/api/analytics/kpi-report?from=2026-02-30").detail()).contains("from");
		assertThat(this.handler.get("/api/analytics/kpi-report?from=2026-03-01&to=2026-02-01").status()).isEqualTo(400);
		assertThat(this.handler.get("/api/analytics/kpis/orders?kpi=happiness").detail()).contains("happiness");
		assertThat(this.handler.get("/api/analytics/kpis/orders?kpi=response&outcome=maybe").status()).isEqualTo(400);
		assertThat(Api.anonymous(this.port).get("/api/analytics/kpi-report").status()).isEqualTo(401);
		JsonNode byDay = Api.as(this.port, "supervisor1").get("/api/analytics/kpi-report?groupBy=day").body();
		assertThat(byDay.get("rows").size()).isPositive();
		assertThat(byDay.get("totals").get("orders").asLong()).isEqualTo(sum(byDay.get("rows")));
	}

	private long dispatched(String text) {
		return dispatched(text, this.unit);
	}

	private long dispatched(String text, long unit) {
		Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", text + " " + UUID.randomUUID(),
					"caller", Map.of("phone", "13900005555")));
		Response sent = Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order.id() + "/dispatch", Map.of("unitIds", List.of(unit)));
		assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
		return order.id();
	}

	private void act(long order, String action, Map<String, Object> body) {
		Response done = this.handler.post("/api/orders/" + order + "/" + action, body);
		assertThat(done.status()).as(action + " " + done.body()).isEqualTo(200);
	}

	private void callBack(long order, String satisfaction, boolean resolved) {
		Response done = Api.as(this.port, "callback1")
			.post("/api/orders/" + order + "/callback", Map.of("satisfaction", satisfaction, "resolved", resolved));
		assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
	}

	private static void rate(JsonNode row, String kpi, long met, long measured) {
		JsonNode rate = row.get("rates").get(kpi);
		assertThat(rate.get("met").asLong()).as(kpi + " met").isEqualTo(met);
		assertThat(rate.get("measured").asLong()).as(kpi + " measured").isEqualTo(measured);
	}

	private static List<Long> ids(JsonNode body) {
		List<Long> ids = new java.util.ArrayList<>();
		body.get("orders").forEach((o) -> ids.add(o.get("id").asLong()));
		return ids;
	}

	private static long sum(JsonNode rows) {
		long sum = 0;
		for (JsonNode row : rows) {
			sum += row.get("orders").asLong();
		}
		return sum;
	}

}
