package io.hotline.analytics.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The past issues of the reports, for those who read reports: filtered by kind and by a
 * part of the period's name (2026, 2026-W4, 2026-11), sorted by period, kind or when it
 * was issued, a page at a time; each says whether it was delivered to the reader and when
 * they read it. Also the kinds a reader is subscribed to.
 */
@Component
class ReportIssues {

	static final int MOST_PER_PAGE = 100;

	private static final Map<String, String> SORTS = Map.of("period", "i.period", "kind", "i.kind", "createdAt",
			"i.created_at");

	private final JdbcClient jdbc;

	ReportIssues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page list(String kind, String period, String sort, String direction, int page, int size, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		if (page < 1 || size < 1 || size > MOST_PER_PAGE) {
			throw Problem.invalid("report.bad-page", MOST_PER_PAGE);
		}
		String column = SORTS.get((sort == null || sort.isBlank()) ? "createdAt" : sort.strip());
		if (column == null) {
			throw Problem.invalid("report.bad-sort", sort);
		}
		String dir = (direction == null || direction.isBlank()) ? "desc" : direction.strip().toLowerCase(Locale.ROOT);
		if (!dir.equals("asc") && !dir.equals("desc")) {
			throw Problem.invalid("report.bad-sort", direction);
		}
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		if (kind != null && !kind.isBlank()) {
			where.append(" and i.kind = ?");
			params.add(ReportPeriod.of(kind, null, java.time.LocalDate.now()).kind());
		}
		if (period != null && !period.isBlank()) {
			where.append(" and i.period like ?");
			params.add("%" + period.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		long total = this.jdbc.sql("select count(*) from report_issue i" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> rowParams = new ArrayList<>();
		rowParams.add(actor.username());
		rowParams.addAll(params);
		rowParams.add(size);
		rowParams.add((long) (page - 1) * size);
		List<Issue> items = this.jdbc
			.sql("""
					select i.id, i.kind, i.period, i.created_at, d.delivered_at, d.read_at from report_issue i
					left join report_delivery d on d.issue_id = i.id and d.username = ?""" + where + " order by "
					+ column + " " + dir + ", i.id " + dir + " limit ? offset ?")
			.params(rowParams)
			.query((rs, n) -> new Issue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) != null, (rs.getTimestamp(6) == null) ? null : rs.getTimestamp(6).toInstant()))
			.list();
		return new Page(total, page, size, items);
	}

	List<String> subscriptions(Actor actor) {
		return this.jdbc.sql("select kind from report_subscription where username = ? order by kind")
			.param(actor.username())
			.query(String.class)
			.list();
	}

	record Page(long total, int page, int size, List<Issue> items) {

	}

	record Issue(long id, String kind, String period, Instant createdAt, boolean delivered, Instant readAt) {

	}

}
