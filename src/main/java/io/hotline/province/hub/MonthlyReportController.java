package io.hotline.province.hub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 省级月报: a month of the province's cities, as JSON or as a table to download. */
@RestController
@Conditional(ProvincialNode.class)
class MonthlyReportController {

	private static final List<String> HEADER_ZH = List.of("城市", "受理量", "上月受理量", "环比", "已办结", "响应率", "按时办结率", "解决率",
			"满意率", "满意率排名", "响应率排名", "转出", "转入", "省级督办");

	private static final List<String> HEADER_EN = List.of("city", "orders", "orders the month before", "change",
			"closed", "response rate", "on-time rate", "resolution rate", "satisfaction rate", "satisfaction rank",
			"response rank", "transferred out", "transferred in", "supervised by the province");

	private final MonthlyReport reports;

	private final AuditTrail audit;

	MonthlyReportController(MonthlyReport reports, AuditTrail audit) {
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/api/province/reports/monthly")
	MonthlyReport.Report monthly(@RequestParam(required = false) String month, Actor actor) {
		actor.requireAny(ProvinceController.READERS);
		return this.reports.of(MonthlyReport.month(month));
	}

	@GetMapping("/api/province/reports/monthly/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String month, Actor actor, Locale locale) {
		actor.requireAny(ProvinceController.READERS);
		TableFormat as = TableFormat.parse(format);
		MonthlyReport.Report report = this.reports.of(MonthlyReport.month(month));
		this.audit.record(actor.username(), "EXPORT", "province-monthly-report", "OK",
				as.extension() + ", " + report.month());
		boolean english = locale != null && "en".equals(locale.getLanguage());
		String name = (english ? "Provincial monthly report " : "省级月报 ") + report.month();
		return TableDownload.of(as, name, english ? HEADER_EN : HEADER_ZH, (table) -> {
			for (MonthlyReport.CityMonth city : report.cities()) {
				table.row(row(city.name(), city.figures(), city.ordersBefore(), city.ranks().get("satisfied"),
						city.ranks().get("response"), city.transferredOut(), city.transferredIn(), city.supervised()));
			}
			if (report.total() != null) {
				table.row(row(english ? "province" : "全省", report.total(), report.ordersBefore(), null, null,
						report.transfers(), report.transfers(), report.supervisions()));
			}
		});
	}

	private static List<Object> row(String name, ProvinceKpis.Row f, Long before, Integer satisfactionRank,
			Integer responseRank, long out, long in, long supervised) {
		Double change = (before == null || before == 0) ? null : (f.total() - before) / (double) before;
		return new ArrayList<>(
				Arrays.asList(name, f.total(), before, change, f.closed(), f.responseRate(), f.onTimeRate(),
						f.resolutionRate(), f.satisfactionRate(), satisfactionRank, responseRank, out, in, supervised));
	}

}
