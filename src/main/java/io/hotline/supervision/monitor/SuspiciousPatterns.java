package io.hotline.supervision.monitor;

import java.sql.Array;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Fact;
import io.hotline.workorder.CallerMask;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 疑似虚假: patterns that may game the rates or flood the line, flagged SUSPICIOUS on every
 * order of the pattern for a supervisor to judge. (a) QUICK_FINISH: one account
 * registered and finished at once (直接办结, never dispatched) at least {@code count} orders
 * within the window, each within {@code minutes} of its registration: it lifts the
 * first-contact rate. (b) FLOODING: one caller's number on at least {@code count} orders
 * within the window. Both look back from now over the orders registered in their window.
 */
@Component
class SuspiciousPatterns {

	/** A supervisor's view of a caller: the number masked. */
	private static final Actor MASKED = new Actor("system", Set.of(Role.SUPERVISOR), null);

	private final JdbcClient jdbc;

	private final OrderFlags flags;

	private final int finishCount;

	private final Duration finishWindow;

	private final Duration finishWithin;

	private final int floodCount;

	private final Duration floodWindow;

	SuspiciousPatterns(JdbcClient jdbc, OrderFlags flags,
			@Value("${hotline.supervision.quick-finish.count:10}") int finishCount,
			@Value("${hotline.supervision.quick-finish.window:PT1H}") Duration finishWindow,
			@Value("${hotline.supervision.quick-finish.within:PT5M}") Duration finishWithin,
			@Value("${hotline.supervision.flooding.count:5}") int floodCount,
			@Value("${hotline.supervision.flooding.window:PT24H}") Duration floodWindow) {
		this.jdbc = jdbc;
		this.flags = flags;
		this.finishCount = finishCount;
		this.finishWindow = finishWindow;
		this.finishWithin = finishWithin;
		this.floodCount = floodCount;
		this.floodWindow = floodWindow;
	}

	/** Flags the orders of every pattern found now; returns how many orders. */
	int check(Instant now) {
		return quickFinishes(now) + flooding(now);
	}

	private int quickFinishes(Instant now) {
		List<Group> groups = groups("""
				select o.created_by, array_agg(o.id order by o.id) from work_order o
				where o.created_at > ? and o.created_at <= ? and o.status = 'CLOSED' and o.dispatch_count = 0
				    and o.closed_at <= o.created_at + make_interval(secs => ?)
				group by o.created_by having count(*) >= ?""", since(now, this.finishWindow), Conditions.at(now),
				this.finishWithin.toSeconds(), this.finishCount);
		int flagged = 0;
		for (Group g : groups) {
			Fact detail = Fact.of("flag.suspicious.quick-finish", g.key(), duration(this.finishWindow),
					g.orders().length, duration(this.finishWithin));
			flagged += raise(g, "QUICK_FINISH", List.of("账号 " + g.key(), g.orders().length + " 件"), detail);
		}
		return flagged;
	}

	private int flooding(Instant now) {
		List<Group> groups = groups("""
				select o.caller_phone, array_agg(o.id order by o.id) from work_order o
				where o.created_at > ? and o.created_at <= ? and o.caller_phone is not null and o.caller_phone <> ''
				group by o.caller_phone having count(*) >= ?""", since(now, this.floodWindow), Conditions.at(now),
				this.floodCount);
		int flagged = 0;
		for (Group g : groups) {
			String caller = CallerMask.phone(g.key(), MASKED);
			Fact detail = Fact.of("flag.suspicious.flooding", caller, duration(this.floodWindow), g.orders().length);
			flagged += raise(new Group(caller, g.orders()), "FLOODING",
					List.of("来电 " + caller, g.orders().length + " 件"), detail);
		}
		return flagged;
	}

	/** Raises the flag on each order of the group, the latest order named as related. */
	private int raise(Group g, String rule, List<String> evidence, Fact detail) {
		WorkOrderId latest = new WorkOrderId(g.orders()[g.orders().length - 1]);
		for (Long id : g.orders()) {
			this.flags.raise(new WorkOrderId(id), FlagKind.SUSPICIOUS, rule, evidence, detail,
					(double) g.orders().length, latest.value() == id ? null : latest, "system");
		}
		return g.orders().length;
	}

	private static Object since(Instant now, Duration window) {
		return Conditions.at(now.minus(window));
	}

	private List<Group> groups(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query((rs, n) -> {
			Array ids = rs.getArray(2);
			return new Group(rs.getString(1),
					Arrays.stream((Object[]) ids.getArray())
						.map((id) -> ((Number) id).longValue())
						.toArray(Long[]::new));
		}).list();
	}

	/** A duration in the reader's words: 24小时 / 24 hours, 5分钟 / 5 minutes. */
	static String duration(Duration d) {
		return Fact.phrases(List.of((d.toMinutesPart() == 0 && d.toSecondsPart() == 0)
				? Fact.of("duration.hours", d.toHours()) : Fact.of("duration.minutes", d.toMinutes())));
	}

	/** The orders of one account or one caller. */
	private record Group(String key, Long[] orders) {

	}

}
