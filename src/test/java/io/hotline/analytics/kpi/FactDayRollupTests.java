package io.hotline.analytics.kpi;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily rollup of the settled facts holds exactly what their facts count, after the
 * demo's year and after an order closes and is changed again, and a report reads the
 * rollup for the settled facts and the facts for the others.
 */
@HotlineTest
class FactDayRollupTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderFacts facts;

	@Autowired
	KpiReport report;

	@Test
	void theRollupHoldsExactlyTheSettledFactsOfTheDemoYear() {
		this.facts.settle();
		assertThat(settledInRollup()).as("settled facts counted in the rollup").isPositive();
		assertThat(differences()).as("rollup rows that differ from their settled facts").isEmpty();
	}

	@Test
	void anOrderCountsInTheRollupOnceSettledAndLeavesItWhenItChangesAgain() {
		long order = closed("路灯不亮 " + UUID.randomUUID());
		assertThat(this.jdbc.sql("select settled from order_fact where order_id = ?")
			.param(order)
			.query(Boolean.class)
			.single()).isTrue();
		long before = settledInRollup();
		assertThat(differences()).isEmpty();

		// its fact changes as a reopened order's would: out of the rollup, read as a fact
		this.jdbc.sql("update order_fact set status = 'HANDLING', closed_at = null where order_id = ?")
			.param(order)
			.update();
		assertThat(settledInRollup()).isEqualTo(before - 1);
		assertThat(differences()).isEmpty();
		this.jdbc.sql("delete from order_fact where order_id = ?").param(order).update();
		assertThat(differences()).isEmpty();
		// and made again from its order, settled again
		this.facts.refresh(List.of(order));
		assertThat(settledInRollup()).isEqualTo(before);
		assertThat(differences()).isEmpty();
	}

	@Test
	void aYearsReportCountsEveryFactOnceWhetherSettledOrNot() {
		this.facts.settle();
		java.time.LocalDate today = java.time.LocalDate.now(io.hotline.catalog.WorkingCalendar.ZONE);
		KpiFilter year = new KpiFilter(today.minusDays(364), today, null, null, null, null, null, null);
		KpiReport.Table table = this.report.table(year, Grouping.UNIT);
		for (Grouping grouping : Grouping.values()) {
			assertThat(this.report.table(year, grouping).totals().orders()).as(grouping.name())
				.isEqualTo(table.totals().orders());
		}
		KpiFilter narrow = new KpiFilter(year.from(), year.to(), null, null, null, null, "PHONE", null);
		assertThat(this.report.table(narrow, Grouping.STREET).totals().orders())
			.isEqualTo(this.report.table(narrow, Grouping.CATEGORY).totals().orders())
			.isEqualTo(this.jdbc
				.sql("select count(*) from order_fact where channel = 'PHONE' and created_day between ? and ?")
				.params(java.sql.Date.valueOf(year.from()), java.sql.Date.valueOf(year.to()))
				.query(Long.class)
				.single());
		Map<String, Object> counted = this.jdbc.sql("""
				select count(*) as orders, count(*) filter (where settled) as settled,
				    count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
				from order_fact where created_day between ? and ?""")
			.params(java.sql.Date.valueOf(year.from()), java.sql.Date.valueOf(year.to()))
			.query()
			.singleRow();
		assertThat((Long) counted.get("settled")).as("both parts read")
			.isPositive()
			.isLessThan((Long) counted.get("orders"));
		assertThat(table.totals().orders()).isEqualTo((Long) counted.get("orders"));
		assertThat(table.totals().rates().get("satisfied").met()).isEqualTo((Long) counted.get("satisfied"));
		assertThat(table.rows().stream().mapToLong(KpiReport.Row::orders).sum()).isEqualTo(table.totals().orders());
	}

	private long settledInRollup() {
		return this.jdbc.sql("select coalesce(sum(orders), 0) from order_fact_day").query(Long.class).single();
	}

	/**
	 * The rollup's rows beside the settled facts grouped alike, in one statement (one
	 * snapshot): the keys whose counts differ.
	 */
	private List<String> differences() {
		List<String> differences = new java.util.ArrayList<>();
		for (FactCube cube : FactCube.ALL) {
			differences.addAll(differences(cube).stream().map((k) -> cube.table() + " " + k).toList());
		}
		return differences;
	}

	private List<String> differences(FactCube cube) {
		String keys = String.join(", ", cube.keys());
		List<String> names = FactCounts.names();
		String sums = names.stream().map((n) -> "sum(" + n + ") as " + n).collect(Collectors.joining(", "));
		String differ = names.stream()
			.map((n) -> "abs(coalesce(r." + n + ", 0) - coalesce(s." + n + ", 0)) > 1e-6")
			.collect(Collectors.joining(" or "));
		String key = cube.keys()
			.stream()
			.map((k) -> "coalesce(cast(" + k + " as varchar), '-')")
			.collect(Collectors.joining(", ", "concat_ws('|', ", ") as k"));
		String sql = "select coalesce(r.k, s.k) from (select " + key + ", * from " + cube.table() + " where "
				+ names.stream().map((n) -> n + " <> 0").collect(Collectors.joining(" or ")) + ") r full join (select "
				+ key + ", " + sums + " from (select f." + keys.replace(", ", ", f.") + ", "
				+ FactCounts.of("p.now", "1")
				+ " from order_fact f cross join (select cast('infinity' as timestamptz) as now) p where f.settled) c group by "
				+ keys + ") s on r.k = s.k where " + differ;
		return this.jdbc.sql(sql).query(String.class).list();
	}

	private long closed(String text) {
		long unit = Api.as(this.port, "unit1").get("/api/me").body().get("unitId").asLong();
		Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", text, "caller",
					Map.of("phone", "13900006666")));
		post("dispatcher1", order.id(), "dispatch", Map.of("unitIds", List.of(unit)));
		post("unit1", order.id(), "sign", Map.of());
		post("unit1", order.id(), "reply", Map.of("content", "已修复", "resolved", true));
		post("callback1", order.id(), "callback", Map.of("satisfaction", "SATISFIED", "resolved", true));
		this.facts.settle();
		return order.id();
	}

	private void post(String user, long order, String action, Map<String, Object> body) {
		Response done = Api.as(this.port, user).post("/api/orders/" + order + "/" + action, body);
		assertThat(done.status()).as(action + " " + done.body()).isEqualTo(200);
	}

}
