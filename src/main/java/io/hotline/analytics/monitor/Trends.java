package io.hotline.analytics.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.platform.Fact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A unit's work getting worse: its overdue orders (超期上升) or its backlog (积压上升) rising
 * over the last 7 days, and the satisfaction of a unit's or a category's callbacks
 * falling (满意率下降) in the last 7 days against the 28 days before.
 * <p>
 * The count of 7 days ago is made from the facts: the orders created before then and not
 * closed by then, overdue when their deadline had passed then, in backlog when they had
 * been dispatched by then (their current deadline and final main unit, as every figure of
 * the facts). A rise needs at least {@code min-count} now, {@code ratio} times the count
 * then, and {@code min-rise} more. A fall of satisfaction needs {@code min-sample}
 * callbacks in the last 7 days, {@code min-fall} percentage points less than in the 28
 * days before, and a one-sided two-proportion z-test below {@code p}. A callback counts
 * at its order's last reply (the callback follows it within hours): an order called back
 * as dissatisfied is reopened, not closed, so the closing time would see only the
 * satisfied ones.
 */
@Component
class Trends {

	static final Duration WEEK = Duration.ofDays(7);

	/** The baseline of satisfaction: this many weeks before the last one. */
	static final int BASELINE_WEEKS = 4;

	/** 满意率: satisfied or basically satisfied, as {@code Kpi.SATISFIED} counts it. */
	private static final String SATISFIED = "f.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')";

	private static final String[][] SATISFACTION_SCOPES = {
			{ "UNIT", "cast(f.unit_id as varchar)", "(select name from handling_unit u where u.id = g.unit_id)",
					"f.unit_id" },
			{ "CATEGORY", "f.category_code", "(select name from category c where c.code = g.key)", "null" } };

	private final JdbcClient jdbc;

	private final Rise overdue;

	private final Rise backlog;

	private final int minSample;

	private final double minFall;

	private final double significance;

	Trends(JdbcClient jdbc, @Value("${hotline.analytics.trend.overdue.min-count:10}") int overdueMinCount,
			@Value("${hotline.analytics.trend.overdue.ratio:1.5}") double overdueRatio,
			@Value("${hotline.analytics.trend.overdue.min-rise:5}") int overdueMinRise,
			@Value("${hotline.analytics.trend.backlog.min-count:20}") int backlogMinCount,
			@Value("${hotline.analytics.trend.backlog.ratio:1.5}") double backlogRatio,
			@Value("${hotline.analytics.trend.backlog.min-rise:10}") int backlogMinRise,
			@Value("${hotline.analytics.trend.satisfaction.min-sample:20}") int minSample,
			@Value("${hotline.analytics.trend.satisfaction.min-fall:10}") double minFall,
			@Value("${hotline.analytics.trend.satisfaction.p:0.01}") double significance) {
		this.jdbc = jdbc;
		this.overdue = new Rise(overdueMinCount, overdueRatio, overdueMinRise);
		this.backlog = new Rise(backlogMinCount, backlogRatio, backlogMinRise);
		this.minSample = minSample;
		this.minFall = minFall;
		this.significance = significance;
	}

	List<Finding> detect(Instant now) {
		List<Finding> findings = new ArrayList<>(rising(now));
		for (String[] scope : SATISFACTION_SCOPES) {
			findings.addAll(satisfactionFalling(now, scope));
		}
		return findings;
	}

	/**
	 * 超期上升 and 积压上升, per unit, in one query: only the orders open now or closed since a
	 * week ago can count, now or then.
	 */
	private List<Finding> rising(Instant now) {
		Timestamp at = Timestamp.from(now);
		Timestamp then = Timestamp.from(now.minus(WEEK));
		List<Finding> findings = new ArrayList<>();
		this.jdbc.sql("""
				select g.*, (select name from handling_unit u where u.id = g.unit_id) as name from (
				    select f.unit_id,
				        count(*) filter (where f.status <> 'CLOSED' and f.deadline < ?) as overdue_now,
				        count(*) filter (where f.created_at < ? and (f.closed_at is null or f.closed_at > ?)
				            and f.deadline < ?) as overdue_then,
				        count(*) filter (where f.status <> 'CLOSED' and f.dispatched_at is not null) as backlog_now,
				        count(*) filter (where f.dispatched_at < ? and (f.closed_at is null or f.closed_at > ?))
				            as backlog_then
				    from order_fact f
				    where f.unit_id is not null and (f.status <> 'CLOSED' or f.closed_at > ?)
				    group by f.unit_id) g""").params(at, then, then, then, then, then, then).query((rs) -> {
			long unit = rs.getLong("unit_id");
			String name = rs.getString("name");
			long overdueNow = rs.getLong("overdue_now");
			long overdueThen = rs.getLong("overdue_then");
			if (this.overdue.test(overdueNow, overdueThen)) {
				findings.add(new Finding("OVERDUE_RISING", "UNIT", Long.toString(unit), name, unit, overdueNow,
						(double) overdueThen,
						Fact.of("alert.overdue-rising", overdueNow, overdueThen, overdueNow - overdueThen)));
			}
			long backlogNow = rs.getLong("backlog_now");
			long backlogThen = rs.getLong("backlog_then");
			if (this.backlog.test(backlogNow, backlogThen)) {
				findings.add(new Finding("BACKLOG_RISING", "UNIT", Long.toString(unit), name, unit, backlogNow,
						(double) backlogThen,
						Fact.of("alert.backlog-rising", backlogNow, backlogThen, backlogNow - backlogThen)));
			}
		});
		return findings;
	}

	/**
	 * 满意率下降 of a unit or a category: the callbacks of the last week against those of the
	 * four weeks before; observed and expected in per cent.
	 */
	private List<Finding> satisfactionFalling(Instant now, String[] scope) {
		Timestamp recentFrom = Timestamp.from(now.minus(WEEK));
		Timestamp baselineFrom = Timestamp.from(now.minus(WEEK.multipliedBy(1 + BASELINE_WEEKS)));
		String sql = "select g.*, " + scope[2] + " as name from (select " + scope[1] + " as key, min(" + scope[3]
				+ ") as unit_id, count(*) filter (where f.replied_at >= ?) as recent,"
				+ " count(*) filter (where f.replied_at >= ? and " + SATISFIED + ") as recent_met,"
				+ " count(*) filter (where f.replied_at < ?) as before,"
				+ " count(*) filter (where f.replied_at < ? and " + SATISFIED + ") as before_met"
				+ " from order_fact f where f.satisfaction is not null and f.replied_at >= ? and f.replied_at < ?"
				+ " and " + scope[1] + " is not null group by 1"
				+ " having count(*) filter (where f.replied_at >= ?) >= ? and count(*) filter (where f.replied_at < ?) > 0) g";
		List<Finding> findings = new ArrayList<>();
		this.jdbc.sql(sql)
			.params(recentFrom, recentFrom, recentFrom, recentFrom, baselineFrom, Timestamp.from(now), recentFrom,
					this.minSample, recentFrom)
			.query((rs) -> {
				long recent = rs.getLong("recent");
				long recentMet = rs.getLong("recent_met");
				long before = rs.getLong("before");
				long beforeMet = rs.getLong("before_met");
				double recentRate = 100.0 * recentMet / recent;
				double beforeRate = 100.0 * beforeMet / before;
				if (beforeRate - recentRate >= this.minFall
						&& fallSignificance(recentMet, recent, beforeMet, before) < this.significance) {
					Long unit = (rs.getObject("unit_id") == null) ? null : rs.getLong("unit_id");
					findings.add(new Finding("SATISFACTION_FALLING", scope[0], rs.getString("key"),
							rs.getString("name"), unit, round(recentRate), round(beforeRate),
							Fact.of("alert.satisfaction-falling", Surges.tenths(recentRate), recent,
									Surges.tenths(beforeRate), before, Surges.tenths(beforeRate - recentRate))));
				}
			});
		return findings;
	}

	/**
	 * The one-sided p-value of the two-proportion z-test (pooled) that the recent rate is
	 * below the earlier one: 10 of 20 against 54 of 60 gives z = 3.87, p = 0.00005.
	 */
	static double fallSignificance(long recentMet, long recent, long beforeMet, long before) {
		double pooled = (recentMet + beforeMet) / (double) (recent + before);
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / recent + 1.0 / before));
		if (se == 0) {
			// all satisfied, or none: the same rate on both sides
			return 1;
		}
		double z = (beforeMet / (double) before - recentMet / (double) recent) / se;
		return 0.5 * Surges.erfc(z / Math.sqrt(2));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * A rise worth an alert: at least {@code minCount} now, {@code ratio} times the count
	 * then, and {@code minRise} more.
	 */
	record Rise(int minCount, double ratio, int minRise) {

		boolean test(long now, long then) {
			return now >= this.minCount && now >= this.ratio * then && now - then >= this.minRise;
		}

	}

}
