package io.hotline.analytics.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.analytics.kpi.Grouping;
import io.hotline.analytics.kpi.KpiFilter;
import io.hotline.analytics.kpi.KpiReport;
import io.hotline.analytics.kpi.Ranking;
import io.hotline.analytics.hotspot.OrderHotspots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What a report says, as the values of its template's placeholders: the title, a written
 * narrative of what changed and why it matters, the KPI table against the period before,
 * the charts, the rankings, the monitor's alerts and typical cases. Every value from the
 * data is HTML-escaped; the blocks are built here.
 */
@Component
class ReportContent {

	/** The rates a report states, in the order it states them. */
	private static final Map<String, String> RATES = rates();

	private final KpiReport kpis;

	private final Ranking ranking;

	private final JdbcClient jdbc;

	private final OrderHotspots hotspots;

	ReportContent(KpiReport kpis, Ranking ranking, JdbcClient jdbc, OrderHotspots hotspots) {
		this.kpis = kpis;
		this.ranking = ranking;
		this.jdbc = jdbc;
		this.hotspots = hotspots;
	}

	Map<String, String> values(ReportPeriod period, Instant now) {
		return values(period, ReportScope.ALL, now);
	}

	Map<String, String> values(ReportPeriod period, ReportScope scope, Instant now) {
		KpiFilter current = scope.filter(period.from(), period.to());
		KpiFilter before = scope.filter(period.previousFrom(), period.previousTo());
		String scopeName = scope.name(this.jdbc);
		KpiReport.Table byCategory = this.kpis.table(current, Grouping.CATEGORY);
		KpiReport.Table beforeByCategory = this.kpis.table(before, Grouping.CATEGORY);
		KpiReport.Row now1 = byCategory.totals();
		KpiReport.Row then = beforeByCategory.totals();
		List<KpiReport.Row> categories = byCategory.rows();
		Map<String, Long> categoriesBefore = new HashMap<>();
		beforeByCategory.rows().forEach((r) -> categoriesBefore.put(r.key(), r.orders()));
		Ranking.Result ranked = this.ranking.rank(current, Grouping.UNIT, Ranking.DEFAULT_WEIGHTS, 30, 5);
		List<String[]> alerts = alerts(period);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", esc(period.title() + (scopeName.isEmpty() ? "" : " · " + scopeName)));
		values.put("generatedAt",
				esc(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai")).format(now)));
		values.put("narrative", Narrative.write(period, now1, then, categories, categoriesBefore, ranked, alerts));
		values.put("kpiTable", kpiTable(period, now1, then));
		List<KpiReport.Row> days = this.kpis.rows(current, Grouping.DAY);
		List<KpiReport.Row> byDay = new ArrayList<>(days);
		byDay.sort(java.util.Comparator.comparing(KpiReport.Row::key));
		values.put("volumeChart",
				img("每日受理量", ReportCharts.line("每日受理量", byDay.stream().map((r) -> r.key().substring(5)).toList(),
						byDay.stream().map(KpiReport.Row::orders).toList())));
		List<KpiReport.Row> top = categories.stream().filter((r) -> r.key() != null).limit(10).toList();
		values.put("categoryChart",
				img("受理量前十的事项",
						ReportCharts.bars("受理量前十的事项",
								top.stream().map((r) -> (r.name() == null) ? r.key() : r.name()).toList(),
								top.stream().map(KpiReport.Row::orders).toList())));
		values.put("rankingTable", rankingTable(ranked));
		values.put("alerts", alertList(alerts));
		values.put("cases", cases(current));
		values.put("hotspots", hotspots(this.hotspots.current()));
		return values;
	}

	private String kpiTable(ReportPeriod period, KpiReport.Row now, KpiReport.Row then) {
		StringBuilder html = new StringBuilder("<table class=\"kpis\"><tr><th>指标</th><th>").append(period.label())
			.append("</th><th>")
			.append(period.previousLabel())
			.append("</th><th>变化</th></tr>");
		html.append("<tr><td>受理量</td><td>")
			.append(count(now))
			.append("</td><td>")
			.append(count(then))
			.append("</td><td>")
			.append(count(now) - count(then))
			.append("</td></tr>");
		for (Map.Entry<String, String> rate : RATES.entrySet()) {
			Double a = rate(now, rate.getKey());
			Double b = rate(then, rate.getKey());
			html.append("<tr><td>")
				.append(rate.getValue())
				.append("</td><td>")
				.append(percent(a))
				.append("</td><td>")
				.append(percent(b))
				.append("</td><td>")
				.append((a == null || b == null) ? "—" : String.format(Locale.ROOT, "%+.1f", 100 * (a - b)))
				.append("</td></tr>");
		}
		html.append("<tr><td>超期（当前）</td><td>")
			.append((now == null) ? 0 : now.overdue())
			.append("</td><td></td><td></td></tr><tr><td>积压（当前）</td><td>")
			.append((now == null) ? 0 : now.backlog())
			.append("</td><td></td><td></td></tr></table>");
		return html.toString();
	}

	private static String rankingTable(Ranking.Result ranked) {
		StringBuilder html = new StringBuilder(
				"<table class=\"ranking\"><tr><th>名次</th><th>承办单位</th><th>工单</th><th>得分</th><th>区间</th><th>名次变化</th></tr>");
		for (Ranking.Ranked row : ranked.rows().stream().limit(10).toList()) {
			html.append("<tr><td>")
				.append(row.rank())
				.append("</td><td>")
				.append(esc(row.name()))
				.append("</td><td>")
				.append(row.orders())
				.append("</td><td>")
				.append(String.format(Locale.ROOT, "%.1f", 100 * row.score()))
				.append("</td><td>")
				.append(String.format(Locale.ROOT, "%.1f–%.1f", 100 * row.low(), 100 * row.high()))
				.append("</td><td>")
				.append((row.previousRank() == null) ? "新上榜"
						: String.format(Locale.ROOT, "%+d", row.previousRank() - row.rank()))
				.append("</td></tr>");
		}
		return html.append("</table>").toString();
	}

	private List<String[]> alerts(ReportPeriod period) {
		return this.jdbc
			.sql("""
					select kind, coalesce(name, key) as name, detail from analytics_alert
					where first_at >= ? and first_at < ? order by observed / greatest(coalesce(expected, 1), 1) desc limit 10""")
			.params(java.sql.Timestamp.from(period.from().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()),
					java.sql.Timestamp
						.from(period.to().plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
	}

	private static String alertList(List<String[]> alerts) {
		if (alerts.isEmpty()) {
			return "<p>本期没有监测预警。</p>";
		}
		StringBuilder html = new StringBuilder("<ul>");
		alerts.forEach((a) -> html.append("<li>")
			.append(esc(ReportWords.channel(a[1])))
			.append("：")
			.append(esc(a[2]))
			.append("</li>"));
		return html.append("</ul>").toString();
	}

	/** The orders reopened and the longest overdue of the period: cases to read. */
	private String cases(KpiFilter current) {
		List<KpiReport.OrderLine> lines = new ArrayList<>(
				this.kpis.orders(current, Grouping.NONE, null, "reopened", "met", 0).stream().limit(3).toList());
		lines.addAll(this.kpis.orders(current, Grouping.NONE, null, "overdue", null, 0).stream().limit(3).toList());
		if (lines.isEmpty()) {
			return "<p>本期没有重办或超期的工单。</p>";
		}
		StringBuilder html = new StringBuilder("<ul>");
		for (KpiReport.OrderLine line : lines) {
			html.append("<li>")
				.append(esc(line.number()))
				.append(" ")
				.append(esc((line.title() == null) ? "" : line.title()))
				.append("（")
				.append(esc((line.unitName() == null) ? "未派单" : line.unitName()))
				.append("，")
				.append(esc(ReportWords.status(line.status())))
				.append("）</li>");
		}
		return html.append("</ul>").toString();
	}

	/**
	 * The five hottest topics of the last 30 days, with their words, places and a case.
	 */
	private static String hotspots(OrderHotspots.Snapshot snapshot) {
		if (snapshot.topics().isEmpty()) {
			return "<p>近30天没有形成热点的问题。</p>";
		}
		StringBuilder html = new StringBuilder(
				"<table class=\"hotspots\"><tr><th>热点</th><th>工单</th><th>地点</th><th>态势</th><th>典型案例</th></tr>");
		for (OrderHotspots.TopicView topic : snapshot.topics().stream().limit(5).toList()) {
			html.append("<tr><td>")
				.append(esc(String.join("、", topic.keywords().stream().limit(4).toList())))
				.append("</td><td>")
				.append(topic.size())
				.append("</td><td>")
				.append(esc(String.join("、", topic.places().stream().limit(3).toList())))
				.append("</td><td>")
				.append(esc(STATUS.getOrDefault(topic.status(), topic.status())))
				.append("</td><td>")
				.append(esc(topic.cases().isEmpty() ? ""
						: topic.cases().get(0).number() + " " + topic.cases().get(0).title()))
				.append("</td></tr>");
		}
		return html.append("</table>").toString();
	}

	private static final Map<String, String> STATUS = Map.of("EMERGING", "新出现", "RISING", "上升", "STEADY", "平稳",
			"FADING", "回落");

	static long count(KpiReport.Row row) {
		return (row == null) ? 0 : row.orders();
	}

	static Double rate(KpiReport.Row row, String key) {
		return (row == null || row.rates().get(key) == null) ? null : row.rates().get(key).rate();
	}

	static String percent(Double rate) {
		return (rate == null) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
	}

	static String esc(String text) {
		return (text == null) ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String img(String title, String dataUri) {
		return "<img class=\"chart\" src=\"" + dataUri + "\" alt=\"" + esc(title) + "\"/>";
	}

	static Map<String, String> rates() {
		Map<String, String> rates = new LinkedHashMap<>();
		rates.put("response", "响应率");
		rates.put("onTime", "按时办结率");
		rates.put("resolved", "解决率");
		rates.put("satisfied", "满意率");
		rates.put("firstContact", "首解率");
		rates.put("dispatchAccuracy", "派单准确率");
		return rates;
	}

	static Map<String, String> rateNames() {
		return RATES;
	}

}
