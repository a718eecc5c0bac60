package io.hotline.analytics.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 考核指标 over HTTP: the KPIs of any unit, category, district, street, channel and period,
 * and the orders behind each figure. A unit's handler sees their own units' only.
 */
@RestController
class KpiController {

	/** A report covers at most this many days. */
	static final int MOST_DAYS = 366;

	private final KpiReport report;

	private final Ranking ranking;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrderFacts facts;

	private final OrderPoints points;

	private final Duration factsWait;

	KpiController(KpiReport report, Ranking ranking, JdbcClient jdbc, Clock clock, OrderFacts facts, OrderPoints points,
			@Value("${hotline.analytics.facts-wait-ms:10000}") long factsWaitMs) {
		this.points = points;
		this.facts = facts;
		this.factsWait = Duration.ofMillis(factsWaitMs);
		this.report = report;
		this.ranking = ranking;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** 排名 of units, streets or districts by a weighted score; see {@link Ranking}. */
	@GetMapping("/api/analytics/rankings")
	Ranking.Result rankings(@RequestParam(required = false) String level,
			@RequestParam(required = false) String weights, @RequestParam(required = false) String minSample,
			@RequestParam(required = false) String listSize, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String category, @RequestParam(required = false) String district,
			@RequestParam(required = false) String street, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String type, Actor actor, HttpServletResponse response) {
		KpiFilter filter = filter(from, to, unitId, category, district, street, channel, type, actor);
		fresh(response);
		int sample = (minSample == null || minSample.isBlank()) ? 30 : number(minSample, "minSample");
		int size = (listSize == null || listSize.isBlank()) ? 5 : number(listSize, "listSize");
		return this.ranking.rank(filter, (level == null || level.isBlank()) ? Grouping.UNIT : Grouping.of(level),
				Ranking.weights(weights), Math.max(1, sample), size);
	}

	/**
	 * The orders with coordinates of the scope and period, as points or, where many,
	 * clusters of a grid for the zoom (0–20, default 11); see {@link OrderPoints}. Scoped
	 * like every figure: a unit's handler sees their units' only.
	 */
	@GetMapping("/api/analytics/points")
	OrderPoints.Points points(@RequestParam(required = false) String zoom, @RequestParam(required = false) String most,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String unitId, @RequestParam(required = false) String category,
			@RequestParam(required = false) String district, @RequestParam(required = false) String street,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String type, Actor actor) {
		KpiFilter filter = filter(from, to, unitId, category, district, street, channel, type, actor);
		int z = (zoom == null || zoom.isBlank()) ? 11 : number(zoom, "zoom");
		if (z > OrderPoints.MOST_ZOOM) {
			throw Problem.invalid("kpi.bad-zoom", zoom, OrderPoints.MOST_ZOOM);
		}
		int n = (most == null || most.isBlank()) ? OrderPoints.MOST_POINTS : number(most, "most");
		return this.points.of(filter, z, Math.min(n, OrderPoints.MOST_POINTS));
	}

	/** The contract's rows: flat counts and rates, one per group. */
	@GetMapping("/api/analytics/kpis")
	List<ContractRow> kpis(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String category, @RequestParam(required = false) String district,
			@RequestParam(required = false) String street, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String type, Actor actor, HttpServletResponse response) {
		return report(from, to, groupBy, unitId, category, district, street, channel, type, actor, response).rows()
			.stream()
			.map(ContractRow::of)
			.toList();
	}

	/**
	 * The whole report: every rate with its numerator, denominator and interval, and the
	 * totals.
	 */
	@GetMapping("/api/analytics/kpi-report")
	Report report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String category, @RequestParam(required = false) String district,
			@RequestParam(required = false) String street, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String type, Actor actor, HttpServletResponse response) {
		KpiFilter filter = filter(from, to, unitId, category, district, street, channel, type, actor);
		Grouping grouping = Grouping.of(groupBy);
		OrderFacts.Freshness freshness = fresh(response);
		KpiReport.Table table = this.report.table(filter, grouping);
		return new Report(filter.from(), filter.to(), grouping.name().toLowerCase(java.util.Locale.ROOT),
				this.clock.instant(), table.totals(), table.rows(), freshness.complete(), freshness.coverage(),
				freshness.completeAsOf());
	}

	/**
	 * Waits a while for the facts to be complete (after a start or an import they are
	 * being caught up); a figure answered before they are says so in its headers:
	 * {@code X-Figures-Complete: false}, the share of the orders behind already counted
	 * ({@code X-Figures-Coverage}) and when the figures were last complete
	 * ({@code X-Figures-Complete-As-Of}, absent if never since the start).
	 */
	private OrderFacts.Freshness fresh(HttpServletResponse response) {
		OrderFacts.Freshness freshness = this.facts.awaitComplete(this.factsWait);
		response.setHeader("X-Figures-Complete", Boolean.toString(freshness.complete()));
		if (!freshness.complete()) {
			response.setHeader("X-Figures-Coverage",
					String.format(java.util.Locale.ROOT, "%.3f", freshness.coverage()));
			if (freshness.completeAsOf() != null) {
				response.setHeader("X-Figures-Complete-As-Of", freshness.completeAsOf().toString());
			}
		}
		return freshness;
	}

	@GetMapping("/api/analytics/kpis/orders")
	Orders orders(@RequestParam(required = false) String kpi, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String key,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String category, @RequestParam(required = false) String district,
			@RequestParam(required = false) String street, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String type, Actor actor) {
		KpiFilter filter = filter(from, to, unitId, category, district, street, channel, type, actor);
		String figure = (kpi == null || kpi.isBlank()) ? "orders" : kpi.strip();
		int skip = number(offset, "offset");
		return new Orders(
				this.report.orders(filter, Grouping.of(groupBy), blankToNull(key), figure, blankToNull(outcome), skip),
				skip, KpiReport.MOST_ORDERS);
	}

	private KpiFilter filter(String from, String to, String unitId, String category, String district, String street,
			String channel, String type, Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate last = date(to, "to", today);
		LocalDate first = date(from, "from", last.minusDays(29));
		if (first.isAfter(last)) {
			throw Problem.invalid("kpi.bad-period", first, last);
		}
		if (first.plusDays(MOST_DAYS).isBefore(last)) {
			throw Problem.invalid("kpi.period-too-long", MOST_DAYS);
		}
		Long unit = (unitId == null || unitId.isBlank()) ? null : (long) number(unitId, "unitId");
		if (!actor.seesAllUnits()) {
			unit = ownUnit(unit, actor);
		}
		return new KpiFilter(first, last, unit, blankToNull(category), blankToNull(district), blankToNull(street),
				upper(channel), upper(type));
	}

	/** A handler's reports are of their unit, or of a unit below it. */
	private Long ownUnit(Long asked, Actor actor) {
		if (actor.unitId() == null) {
			throw Problem.forbidden("kpi.no-unit");
		}
		long own = actor.unitId().value();
		if (asked == null || asked == own) {
			return own;
		}
		boolean below = this.jdbc.sql("""
				select exists (select 1 from handling_unit u, handling_unit o
				    where u.id = ? and o.id = ? and u.path like o.path || '%')""")
			.params(asked, own)
			.query(Boolean.class)
			.single();
		if (!below) {
			throw Problem.forbidden("kpi.unit-not-yours", asked);
		}
		return asked;
	}

	private static LocalDate date(String value, String field, LocalDate otherwise) {
		return DateParameter.parse(field, value, "kpi.bad-date", otherwise);
	}

	private static int number(String value, String field) {
		if (value == null || value.isBlank()) {
			return 0;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 0) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw Problem.invalid("kpi.bad-number", field, value);
	}

	private static String upper(String value) {
		String text = blankToNull(value);
		return (text == null) ? null : text.toUpperCase(java.util.Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The report; {@code complete} false while the facts are being caught up, with the
	 * share counted ({@code coverage}) and when they were last complete.
	 */
	record Report(LocalDate from, LocalDate to, String groupBy, Instant generatedAt, KpiReport.Row totals,
			List<KpiReport.Row> rows, boolean complete, double coverage, Instant completeAsOf) {

	}

	record Orders(List<KpiReport.OrderLine> orders, int offset, int limit) {

	}

}
