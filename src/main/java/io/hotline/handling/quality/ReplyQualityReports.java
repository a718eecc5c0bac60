package io.hotline.handling.quality;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply quality over time: per unit and week or month (Beijing time) the replies, their
 * mean score, the share under the threshold and the commonest reasons; and an order's
 * scored replies. A unit's handler sees their own units' only.
 */
@Service
public class ReplyQualityReports {

	/** The reasons a period lists, the commonest first. */
	static final int REASONS = 3;

	/** Without {@code from}: this many periods up to {@code to}. */
	static final int DEFAULT_PERIODS = 12;

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final ReplyScores scores;

	private final ReplyQualityRules rules;

	ReplyQualityReports(JdbcClient jdbc, WorkOrders orders, ReplyScores scores, ReplyQualityRules rules) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.scores = scores;
		this.rules = rules;
	}

	/** The scores of the order's replies, for whoever may see the order. */
	@Transactional(readOnly = true)
	public ReplyQualityView.OrderScores order(WorkOrderId id, Actor actor) {
		this.orders.find(id, actor);
		return new ReplyQualityView.OrderScores(id.value(), this.rules.threshold(), this.scores.of(id));
	}

	/** The units' figures for the days from {@code from} to {@code to} (inclusive). */
	@Transactional(readOnly = true)
	public ReplyQualityView.UnitReport units(String from, String to, String groupBy, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST, Role.HANDLER);
		String group = group(groupBy);
		LocalDate end = date("to", to, LocalDate.ofInstant(this.orders.now(), WorkingCalendar.ZONE));
		LocalDate start = date("from", from,
				group.equals("week") ? end.minusWeeks(DEFAULT_PERIODS) : end.minusMonths(DEFAULT_PERIODS));
		if (start.isAfter(end)) {
			throw Problem.invalid("reply-quality.from-after-to", start, end);
		}
		Long[] units = actor.seesAllUnits() ? null
				: this.orders.unitsOf(actor).stream().map(UnitId::value).toArray(Long[]::new);
		String scored = """
				with s as (select unit_id, to_char(date_trunc('%s', replied_at at time zone 'Asia/Shanghai'), 'YYYY-MM-DD')
					as period, score, reasons from reply_score where unit_id is not null and replied_at >= :from
					and replied_at < :to and (cast(:all as boolean) or unit_id = any(:units)))
				"""
			.formatted(group);
		Map<String, Object> params = new HashMap<>();
		params.put("from", Timestamp.from(start.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		params.put("to", Timestamp.from(end.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		params.put("all", units == null);
		params.put("units", (units == null) ? new Long[0] : units);
		params.put("threshold", this.rules.threshold());
		Map<String, List<ReplyQualityView.Reason>> reasons = new HashMap<>();
		this.jdbc.sql(scored + """
				select unit_id, period, regexp_replace(r, '[0-9]+', 'N', 'g') as reason, count(*) as n
				from s, unnest(s.reasons) r group by 1, 2, 3 order by n desc, reason""")
			.params(params)
			.query((rs, n) -> {
				List<ReplyQualityView.Reason> list = reasons.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2),
						(k) -> new ArrayList<>());
				if (list.size() < REASONS) {
					String reason = rs.getString(3);
					list.add(new ReplyQualityView.Reason(reason, rs.getLong(4), ReplyReasons.fact(reason).key(),
							ReplyReasons.texts(List.of(reason), LocaleContextHolder.getLocale()).get(0)));
				}
				return null;
			})
			.list();
		List<ReplyQualityView.UnitPeriod> periods = this.jdbc.sql(scored + """
				select g.*, coalesce(u.name, cast(g.unit_id as text)) as unit_name from (
					select unit_id, period, count(*) as replies, avg(score) as mean,
						avg(case when score < :threshold then 1.0 else 0.0 end) as under
					from s group by unit_id, period) g left join handling_unit u on u.id = g.unit_id
				order by coalesce(u.name, cast(g.unit_id as text)) collate "C", g.period""")
			.params(params)
			.query((rs, n) -> new ReplyQualityView.UnitPeriod(rs.getLong("unit_id"), rs.getString("unit_name"),
					rs.getString("period"), rs.getLong("replies"), round(rs.getDouble("mean")),
					round(rs.getDouble("under")),
					reasons.getOrDefault(rs.getLong("unit_id") + "/" + rs.getString("period"), List.of())))
			.list();
		return new ReplyQualityView.UnitReport(start.toString(), end.toString(), group, this.rules.threshold(),
				periods);
	}

	private static final Set<String> GROUPS = Set.of("week", "month");

	private static String group(String groupBy) {
		String group = (groupBy == null || groupBy.isBlank()) ? "week" : groupBy.strip().toLowerCase(Locale.ROOT);
		if (!GROUPS.contains(group)) {
			throw Problem.invalid("reply-quality.bad-group", groupBy);
		}
		return group;
	}

	private static LocalDate date(String parameter, String text, LocalDate otherwise) {
		return DateParameter.parse(parameter, text, "reply-quality.bad-date", otherwise);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
