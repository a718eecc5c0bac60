package io.hotline.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cockpit's queries (those of {@code build/analytics-latency.sh}: the KPIs of 30 days
 * in every grouping, a year by month and by unit, the 90-day period, rankings, alerts,
 * hotspots, drill-downs, the weekly and monthly reports), as {@code supervisor1} asks for
 * them. The monitor's detectors are a quarter-hourly job whose findings the cockpit reads
 * ({@code alerts}): the benchmark times a run of them apart, with the other jobs.
 */
final class CockpitQueries {

	static final String USER = "supervisor1";

	private CockpitQueries() {
	}

	/**
	 * Each query as a method and a path; the district is the first one the KPIs by
	 * district name.
	 */
	static List<String[]> all(int port, String password) throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String year = "from=" + today.minusDays(364) + "&to=" + today;
		String quarter = "from=" + today.minusDays(89) + "&to=" + today;
		String month = "from=" + today.minusDays(29) + "&to=" + today;
		String district = firstDistrict(port, password);
		List<String> paths = new ArrayList<>(List.of("/api/analytics/kpi-report",
				"/api/analytics/kpi-report?groupBy=day", "/api/analytics/kpi-report?groupBy=unit",
				"/api/analytics/kpi-report?groupBy=category", "/api/analytics/kpi-report?groupBy=district",
				"/api/analytics/kpi-report?groupBy=street", "/api/analytics/kpi-report?groupBy=channel",
				"/api/analytics/kpi-report?" + year + "&groupBy=month",
				"/api/analytics/kpi-report?" + year + "&groupBy=unit", "/api/analytics/rankings",
				"/api/analytics/rankings?level=street", "/api/analytics/alerts", "/api/analytics/hotspots"));
		for (String groupBy : List.of("day", "category", "district", "street", "unit", "channel")) {
			paths.add("/api/analytics/kpi-report?" + quarter + "&groupBy=" + groupBy);
		}
		paths.addAll(List.of("/api/analytics/kpi-report?" + quarter + "&groupBy=day&channel=PHONE",
				"/api/analytics/rankings?" + quarter + "&level=district",
				"/api/analytics/rankings?" + quarter + "&level=street",
				"/api/analytics/kpi-report?" + quarter + "&district=" + district + "&groupBy=street",
				"/api/analytics/kpi-report?" + quarter + "&unitId=1&groupBy=category",
				"/api/analytics/kpis/orders?kpi=onTime&outcome=missed&" + month,
				"/api/analytics/kpis/orders?kpi=backlog&groupBy=unit&key=1", "/api/analytics/reports/weekly?format=pdf",
				"/api/analytics/reports/monthly?format=pdf"));
		return new ArrayList<>(paths.stream().map((path) -> new String[] { "GET", path }).toList());
	}

	private static String firstDistrict(int port, String password) throws Exception {
		String authorization = ListLoad.authorization(USER, password);
		try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", port)) {
			LoopbackHttp.Answer answer = http.send("GET", "/api/analytics/kpi-report?groupBy=district", authorization,
					null, null);
			Matcher key = Pattern.compile("\"key\"\\s*:\\s*\"(\\d+)\"").matcher(answer.text());
			if (answer.status() != 200 || !key.find()) {
				throw new IllegalStateException("no district in the KPIs by district: " + answer.status());
			}
			return key.group(1);
		}
	}

}
