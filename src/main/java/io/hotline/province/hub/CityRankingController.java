package io.hotline.province.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.DateParameter;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 考核排名 of the province's cities by one rate ({@link CityRanking}), to read and to export,
 * for the province's administrators, supervisors and analysts.
 */
@RestController
@Conditional(ProvincialNode.class)
class CityRankingController {

	private static final List<String> HEADER_ZH = List.of("名次", "城市编码", "城市", "工单数", "达标数", "考核数", "比率", "区间下限", "区间上限",
			"与下一名无明显差异");

	private static final List<String> HEADER_EN = List.of("rank", "city code", "city", "orders", "met", "measured",
			"rate", "low", "high", "tied with next");

	private final CityRanking ranking;

	private final AuditTrail audit;

	CityRankingController(CityRanking ranking, AuditTrail audit) {
		this.ranking = ranking;
		this.audit = audit;
	}

	@GetMapping("/api/province/rankings")
	CityRanking.Result rankings(@RequestParam(required = false) String kpi, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String order, Actor actor) {
		actor.requireAny(ProvinceController.READERS);
		return rank(kpi, from, to, order);
	}

	@GetMapping("/api/province/rankings/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String kpi, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String order, Actor actor,
			Locale locale) {
		actor.requireAny(ProvinceController.READERS);
		TableFormat as = TableFormat.parse(format);
		CityRanking.Result result = rank(kpi, from, to, order);
		this.audit.record(actor.username(), "EXPORT", "province-rankings", "OK",
				as.extension() + ", " + result.kpi() + ", " + result.cities().size() + " cities");
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return TableDownload.of(as, (english ? "Ranking of the cities " : "各市考核排名 ") + result.kpi(),
				english ? HEADER_EN : HEADER_ZH, (table) -> {
					for (CityRanking.Place p : result.cities()) {
						table.row(Arrays.asList(p.rank(), p.city(), p.name(), p.orders(), p.met(), p.measured(),
								p.rate(), p.low(), p.high(), p.tiedWithNext()));
					}
				});
	}

	private CityRanking.Result rank(String kpi, String from, String to, String order) {
		return this.ranking.rank(kpi, DateParameter.parse("from", from, "province.bad-date", null),
				DateParameter.parse("to", to, "province.bad-date", null), order);
	}

}
