package io.hotline.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import io.hotline.platform.QuotedCsv;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 按时办结 KPI on the real Boston 311 requests: computed by the platform from the
 * imported open, target and closed times, it agrees with the file's own
 * {@code OnTime_Status} for every closed request that has one. Per-department on-time
 * rates are printed (docs/kpi.md keeps them). The period queried is 2015 and 1 January
 * 2016 in Beijing time, where the requests of New Year's Eve afternoon in Boston fall.
 */
@HotlineTest
class BostonOnTimeTests {

	@LocalServerPort
	int port;

	@Autowired
	HistoryImport imports;

	@Autowired
	Boston311Format boston;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOnTimeStatusComputedFromTheTimesMatchesTheFile() throws IOException {
		assumeTrue(Files.isRegularFile(BostonFileTests.FILE), () -> "skipped: " + BostonFileTests.FILE.toAbsolutePath()
				+ " is absent (the shared data lies beside the checkout as ../shared)");
		try (java.io.Reader text = SourceFile.open(BostonFileTests.FILE)) {
			this.imports.run(text, this.boston, (line) -> {
			});
		}
		Map<String, String> status = new HashMap<>();
		Set<String> closedWithout = new HashSet<>();
		try (BufferedReader file = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(BostonFileTests.FILE)), StandardCharsets.UTF_8))) {
			List<List<String>> rows = QuotedCsv.rows(file);
			List<String> header = rows.get(0);
			int id = header.indexOf("CASE_ENQUIRY_ID");
			int onTime = header.indexOf("OnTime_Status");
			int state = header.indexOf("CASE_STATUS");
			for (List<String> row : rows.subList(1, rows.size())) {
				if (!"Closed".equals(row.get(state))) {
					continue;
				}
				if (row.get(onTime).isBlank()) {
					closedWithout.add("boston311:" + row.get(id));
				}
				else {
					status.put("boston311:" + row.get(id), row.get(onTime));
				}
			}
		}
		Map<Long, String> cases = new HashMap<>();
		this.jdbc.sql("select id, request_id from work_order where request_id like 'boston311:%'").query((rs) -> {
			cases.put(rs.getLong(1), rs.getString(2));
		});
		waitForFacts(cases.size());

		Api analyst = Api.as(this.port, "analyst1");
		Set<String> late = new HashSet<>();
		for (int offset = 0;; offset += 500) {
			JsonNode page = analyst
				.get("/api/analytics/kpis/orders?kpi=onTime&outcome=missed&from=2015-01-01&to=2016-01-01&offset="
						+ offset)
				.body()
				.get("orders");
			page.forEach((o) -> late.add(cases.get(o.get("id").asLong())));
			if (page.size() < 500) {
				break;
			}
		}
		int compared = 0;
		int disagree = 0;
		Set<String> imported = new HashSet<>(cases.values());
		for (Map.Entry<String, String> entry : status.entrySet()) {
			if (!imported.contains(entry.getKey())) {
				continue;
			}
			compared++;
			boolean computedLate = late.contains(entry.getKey());
			if (computedLate != "OVERDUE".equals(entry.getValue())) {
				disagree++;
			}
		}
		long withoutLate = closedWithout.stream().filter(late::contains).count();
		System.out.printf(
				"Boston on time: %d closed requests with a status compared, %d disagree; the %d closed"
						+ " without one counted by their times: %d late, %d on time%n",
				compared, disagree, closedWithout.size(), withoutLate, closedWithout.size() - withoutLate);
		assertThat(compared).isGreaterThan(100_000);
		assertThat(disagree).isZero();
		// the 82 closed requests with a target but no status of the file's own are
		// counted
		// by their times like every other one
		assertThat(closedWithout).hasSize(82);

		JsonNode units = analyst.get("/api/analytics/kpi-report?from=2015-01-01&to=2016-01-01&groupBy=unit")
			.body()
			.get("rows");
		for (JsonNode unit : units) {
			JsonNode rate = unit.get("rates").get("onTime");
			if (unit.get("name").asString("").length() > 0 && rate.get("measured").asLong() > 0) {
				System.out.printf("Boston on time by department: %-40s %6d of %6d  %.1f %%%n",
						unit.get("name").asString(), rate.get("met").asLong(), rate.get("measured").asLong(),
						100 * rate.get("rate").asDouble());
			}
		}
	}

	private void waitForFacts(int orders) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (this.jdbc.sql("""
				select count(*) from order_fact f join work_order o on o.id = f.order_id
				where o.request_id like 'boston311:%' and f.version = o.version""")
			.query(Integer.class)
			.single() < orders) {
			assertThat(Instant.now()).as("order facts of the Boston requests made").isBefore(deadline);
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
