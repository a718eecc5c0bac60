package io.hotline.analytics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.HistoryWriter;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures are never partial without saying so: orders written without their facts (as by
 * an import in another process) are caught up before the KPIs answer, and the answer says
 * that its figures are complete.
 */
@HotlineTest
class FactsFreshnessHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderFacts facts;

	@Autowired
	HistoryWriter history;

	@Test
	void ordersImportedWithoutFactsAreCountedBeforeTheFiguresAnswer() {
		this.facts.settle();
		// history is written without events, as by an import in another process
		String batch = UUID.randomUUID().toString();
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
		Instant at = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		List<HistoricalOrder> history = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			WorkOrder order = WorkOrder
				.replay(new Registration("fresh:" + batch + ":" + i, Channel.WEB, OrderType.HELP, Urgency.NORMAL, null,
						"路灯不亮 " + i, null, Location.UNKNOWN, null, new Caller(null, null), "import", at));
			history.add(HistoricalOrder.of(order));
		}
		assertThat(this.history.write(history).inserted()).isEqualTo(300);

		LocalDate from = day.minusDays(30);
		LocalDate to = day.plusDays(2);
		Api.Response rows = Api.as(this.port, "analyst1")
			.get("/api/analytics/kpis?groupBy=channel&from=" + from + "&to=" + to);
		assertThat(rows.status()).isEqualTo(200);
		long total = 0;
		for (JsonNode row : rows.body()) {
			total += row.get("total").asLong();
		}
		long stored = this.jdbc.sql("""
				select count(*) from work_order
				where (created_at at time zone 'Asia/Shanghai')::date between ? and ?""")
			.params(from, to)
			.query(Long.class)
			.single();
		assertThat(total).as("every stored order of the period is counted").isEqualTo(stored);

		JsonNode report = Api.as(this.port, "analyst1")
			.get("/api/analytics/kpi-report?groupBy=channel&from=" + from + "&to=" + to)
			.body();
		assertThat(report.get("complete").asBoolean()).isTrue();
		assertThat(report.get("totals").get("orders").asLong()).isEqualTo(stored);
	}

}
