package io.hotline.analytics.monitor;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.analytics.kpi.OrderFacts;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Fact;
import io.hotline.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 全流程监测: runs the detectors every quarter of an hour and keeps what they find as alerts,
 * one open alert per kind, scope and key (updated while it lasts) until someone
 * acknowledges it. A unit's handlers see the alerts of their units; supervisors,
 * analysts, dispatchers, agents and administrators see all. Supervisors, administrators
 * and a unit's handlers acknowledge them; analysts only read.
 */
@Service
class Monitor {

	private static final Logger log = LoggerFactory.getLogger(Monitor.class);

	/**
	 * A finding seen again within this time of its last sighting is the same episode:
	 * once acknowledged, it is not raised again until it has been gone this long.
	 */
	static final java.time.Duration EPISODE = java.time.Duration.ofHours(1);

	private final Surges surges;

	/** How long a run waits for the facts to be complete. */
	static final java.time.Duration FACTS_WAIT = java.time.Duration.ofSeconds(30);

	/**
	 * The memory a run's groupings may take: a million orders' last 30 days group their
	 * ~70,000 callers in ~4 MB, PostgreSQL's default, which sorts them on disk instead.
	 */
	static final String WORK_MEM = "32MB";

	private final AbnormalOrders abnormal;

	private final Trends trends;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final OrderFacts facts;

	Monitor(Surges surges, AbnormalOrders abnormal, Trends trends, JdbcClient jdbc, Clock clock, AuditTrail audit,
			OrderFacts facts) {
		this.facts = facts;
		this.surges = surges;
		this.abnormal = abnormal;
		this.trends = trends;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** Waits for a catch-up of the facts under way, 30 s at most. */
	void awaitFacts() {
		this.facts.awaitComplete(FACTS_WAIT);
	}

	@Scheduled(cron = "${hotline.analytics.monitor-cron:0 */15 * * * *}")
	@SchedulerLock(name = "analytics-monitor", lockAtLeastFor = "PT1M")
	void scheduled() {
		try {
			awaitFacts();
			run();
		}
		catch (RuntimeException ex) {
			log.warn("monitor did not run; the next quarter will", ex);
		}
	}

	/**
	 * Runs the detectors now; returns how many alerts are new. Callers wait for complete
	 * facts first ({@link #awaitFacts}), outside the transaction.
	 */
	@Transactional
	int run() {
		Instant now = this.clock.instant();
		// the recent weeks' callers and places grouped in memory, not sorted on disk
		// (this transaction only)
		this.jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
		List<Finding> findings = new ArrayList<>(this.surges.detect(now));
		findings.addAll(this.abnormal.detect(now));
		findings.addAll(this.trends.detect(now));
		int fresh = 0;
		Timestamp episode = Timestamp.from(now.minus(EPISODE));
		for (Finding f : findings) {
			// an acknowledged finding stays quiet while it lasts (seen again within the
			// hour)
			int ongoing = this.jdbc.sql("""
					update analytics_alert set observed = ?, expected = ?, detail = ?, detail_key = ?, detail_args = ?,
					    last_at = ?
					where kind = ? and scope = ? and key = ? and acknowledged_at is not null and last_at >= ?""")
				.params(f.observed(), f.expected(), f.detail(), f.fact().key(), f.fact().argumentArray(),
						Timestamp.from(now), f.kind(), f.scope(), f.key(), episode)
				.update();
			if (ongoing > 0) {
				continue;
			}
			boolean inserted = this.jdbc
				.sql("""
						insert into analytics_alert (kind, scope, key, name, unit_id, observed, expected, detail, detail_key,
						    detail_args, first_at, last_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (kind, scope, key) where acknowledged_at is null do update set name = excluded.name,
						    observed = excluded.observed, expected = excluded.expected, detail = excluded.detail,
						    detail_key = excluded.detail_key, detail_args = excluded.detail_args, last_at = excluded.last_at
						returning (xmax = 0)""")
				.params(f.kind(), f.scope(), f.key(), f.name(), f.unitId(), f.observed(), f.expected(), f.detail(),
						f.fact().key(), f.fact().argumentArray(), Timestamp.from(now), Timestamp.from(now))
				.query(Boolean.class)
				.single();
			fresh += inserted ? 1 : 0;
		}
		return fresh;
	}

	List<Alert> alerts(boolean openOnly, Actor actor) {
		String sql = "select * from analytics_alert a where (? = false or a.acknowledged_at is null)";
		List<Object> params = new ArrayList<>(List.of(openOnly));
		if (!actor.seesAllUnits()) {
			if (actor.unitId() == null) {
				return List.of();
			}
			sql += """
					and a.unit_id in (select u.id from handling_unit u
					    where u.path like (select o.path from handling_unit o where o.id = ?) || '%')""";
			params.add(actor.unitId().value());
		}
		sql += " order by a.last_at desc, a.id desc limit 500";
		return this.jdbc.sql(sql).params(params).query((rs, n) -> alert(rs)).list();
	}

	private static Alert alert(ResultSet rs) throws SQLException {
		String detail = rs.getString("detail");
		String key = rs.getString("detail_key");
		Array args = rs.getArray("detail_args");
		List<String> arguments = (key == null || args == null) ? List.of() : List.of((String[]) args.getArray());
		Locale locale = LocaleContextHolder.getLocale();
		String text = (key == null || "zh".equals(locale.getLanguage())) ? detail
				: new Fact(key, arguments).text(locale);
		return new Alert(rs.getLong("id"), rs.getString("kind"), rs.getString("scope"), rs.getString("key"),
				rs.getString("name"), (Long) rs.getObject("unit_id", Long.class), rs.getDouble("observed"),
				rs.getObject("expected", Double.class), detail, rs.getTimestamp("first_at").toInstant(),
				rs.getTimestamp("last_at").toInstant(), rs.getString("acknowledged_by"), text, key, arguments);
	}

	@Transactional
	void acknowledge(long id, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.HANDLER);
		boolean visible = alerts(true, actor).stream().anyMatch((a) -> a.id() == id);
		if (!visible) {
			throw Problem.notFound("alert.unknown", id);
		}
		this.jdbc.sql("update analytics_alert set acknowledged_by = ?, acknowledged_at = ? where id = ?")
			.params(actor.username(), Timestamp.from(this.clock.instant()), id)
			.update();
		this.audit.record(actor.username(), "ALERT_ACKNOWLEDGE", "alert " + id, "OK", "");
	}

	/**
	 * An alert as its reader sees it.
	 *
	 * @param detail the explanation as stored (in Chinese)
	 * @param text the explanation in the reader's language where it was kept as a fact
	 * ({@code detailKey} and {@code detailArgs}); else the detail
	 */
	record Alert(long id, String kind, String scope, String key, String name, Long unitId, double observed,
			Double expected, String detail, Instant firstAt, Instant lastAt, String acknowledgedBy, String text,
			String detailKey, List<String> detailArgs) {

	}

}
