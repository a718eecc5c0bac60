package io.hotline.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.analytics.kpi.KpiReport;
import io.hotline.analytics.kpi.Ranking;

/**
 * The report's written part: what changed against the period before and why it matters,
 * in sentences made from the figures. A change of a rate is called significant only when
 * the two periods' 95 % intervals do not overlap; the advice follows from what moved.
 */
final class Narrative {

	private Narrative() {
	}

	static String write(ReportPeriod period, KpiReport.Row now, KpiReport.Row then, List<KpiReport.Row> categories,
			Map<String, Long> categoriesBefore, Ranking.Result ranked, List<String[]> alerts) {
		List<String> paragraphs = new ArrayList<>();
		long n = ReportContent.count(now);
		long m = ReportContent.count(then);
		String volume = String.format(Locale.ROOT, "%s受理工单 %,d 件，", period.label(), n);
		volume += (m == 0) ? period.previousLabel() + "无可比数据。"
				: (n == m) ? "与" + period.previousLabel() + "持平。" : String.format(Locale.ROOT, "较%s（%,d 件）%s %.1f%%。",
						period.previousLabel(), m, (n > m) ? "上升" : "下降", 100.0 * Math.abs(n - m) / m);
		paragraphs.add(volume);
		List<String> moves = new ArrayList<>();
		List<String> significant = new ArrayList<>();
		for (Map.Entry<String, String> rate : ReportContent.rateNames().entrySet()) {
			KpiReport.Rate a = (now == null) ? null : now.rates().get(rate.getKey());
			KpiReport.Rate b = (then == null) ? null : then.rates().get(rate.getKey());
			if (a == null || a.rate() == null) {
				continue;
			}
			String sentence = rate.getValue() + " " + ReportContent.percent(a.rate());
			if (b != null && b.rate() != null) {
				double points = 100 * (a.rate() - b.rate());
				boolean clear = a.low() > b.high() || a.high() < b.low();
				sentence += (Math.abs(points) < 0.05)
						? String.format(Locale.ROOT, "（%s %s），持平", period.previousLabel(),
								ReportContent.percent(b.rate()))
						: String.format(Locale.ROOT, "（%s %s），%s %.1f 个百分点%s", period.previousLabel(),
								ReportContent.percent(b.rate()), (points >= 0) ? "上升" : "下降", Math.abs(points),
								clear ? "，变化显著" : "");
				if (clear) {
					significant.add(rate.getKey() + ((points >= 0) ? "+" : "-"));
				}
			}
			moves.add(sentence);
		}
		if (!moves.isEmpty()) {
			paragraphs.add(String.join("；", moves) + "。");
		}
		List<String> rising = new ArrayList<>();
		for (KpiReport.Row row : categories) {
			long before = categoriesBefore.getOrDefault(row.key(), 0L);
			if (row.key() != null && row.orders() - before >= 5 && row.orders() >= 1.5 * before) {
				rising.add(String.format(Locale.ROOT, "%s（%d 件，%s %d 件）", (row.name() == null) ? row.key() : row.name(),
						row.orders(), period.previousLabel(), before));
			}
			if (rising.size() == 3) {
				break;
			}
		}
		paragraphs.add(rising.isEmpty() ? "各类事项受理量没有明显增长。" : "增长最明显的事项：" + String.join("、", rising) + "。");
		List<String> red = ranked.red().stream().map(Ranking.Ranked::name).toList();
		List<String> black = ranked.black().stream().map(Ranking.Ranked::name).toList();
		paragraphs.add((red.isEmpty() && black.isEmpty()) ? "本期没有与全市水平差异显著的承办单位进入红黑榜。"
				: "红榜：" + (red.isEmpty() ? "无" : String.join("、", red)) + "；黑榜："
						+ (black.isEmpty() ? "无" : String.join("、", black)) + "（按加权得分，且置信区间与全市水平不重叠）。");
		if (!alerts.isEmpty()) {
			paragraphs.add(String.format(Locale.ROOT, "本期监测预警 %d 条，最突出的是：%s。", alerts.size(),
					alerts.get(0)[1] + "，" + alerts.get(0)[2]));
		}
		List<String> advice = new ArrayList<>();
		if (significant.contains("onTime-")) {
			advice.add(String.format(Locale.ROOT, "按时办结率显著下降，当前超期 %d 件、积压 %d 件，建议对黑榜单位逐一督办",
					(now == null) ? 0 : now.overdue(), (now == null) ? 0 : now.backlog()));
		}
		if (significant.contains("satisfied-")) {
			advice.add("满意率显著下降，建议抽查不满意工单的答复质量");
		}
		if (significant.contains("response-")) {
			advice.add("响应率显著下降，建议提醒承办单位及时签收");
		}
		if (m > 0 && n > 1.3 * m && !rising.isEmpty()) {
			advice.add("受理量明显上升，主要来自" + rising.get(0).replaceAll("（.*", "") + "，需关注是否为集中性事件");
		}
		paragraphs.add(advice.isEmpty() ? "主要指标没有显著恶化，保持现有工作节奏。" : "值得关注：" + String.join("；", advice) + "。");
		StringBuilder html = new StringBuilder();
		paragraphs.forEach((p) -> html.append("<p>").append(ReportContent.esc(p)).append("</p>"));
		return html.toString();
	}

}
