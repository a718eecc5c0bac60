package io.hotline.analytics.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.workorder.CallerMask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders out of the ordinary: the same caller complaining again and again (at least
 * {@value #REPEATS} orders in 30 days), an order dispatched {@value #DISPATCHES} times or
 * more and still open, an order open {@value #LATE_DAYS} days past its deadline. A
 * caller's number is masked in what is stored and shown.
 */
@Component
class AbnormalOrders {

	static final int REPEATS = 3;

	static final int DISPATCHES = 3;

	static final int LATE_DAYS = 10;

	/** At most this many findings of a kind at once: the worst first. */
	static final int MOST = 100;

	/** How a caller's number is written into an alert: masked, as for analysts. */
	private static final Actor MASKED = new Actor("monitor", Set.of(Role.ANALYST), null);

	private final JdbcClient jdbc;

	AbnormalOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Finding> detect(Instant now) {
		List<Finding> findings = new ArrayList<>();
		this.jdbc.sql("""
				select caller_phone, count(*) as n, max(number) as last_number from work_order
				where caller_phone is not null and created_at >= ? group by caller_phone having count(*) >= ?
				order by count(*) desc limit ?""")
			.params(Timestamp.from(now.minus(Duration.ofDays(30))), REPEATS, MOST)
			.query((rs) -> {
				String phone = CallerMask.phone(rs.getString("caller_phone"), MASKED);
				findings.add(new Finding("REPEAT_CALLER", "CALLER", phone, phone, null, rs.getLong("n"), null,
						String.format(Locale.ROOT, "%s 在 30 天内来电 %d 件，最近一件 %s", phone, rs.getLong("n"),
								rs.getString("last_number"))));
			});
		this.jdbc.sql("""
				select f.order_id, o.number, f.unit_id, f.dispatch_count, f.deadline from order_fact f
				join work_order o on o.id = f.order_id
				where f.status <> 'CLOSED' and (f.dispatch_count >= ? or f.deadline < ?)
				order by f.dispatch_count desc, f.deadline limit ?""")
			.params(DISPATCHES, Timestamp.from(now.minus(Duration.ofDays(LATE_DAYS))), MOST)
			.query((rs) -> {
				Long unit = (rs.getObject("unit_id") == null) ? null : rs.getLong("unit_id");
				String number = rs.getString("number");
				if (rs.getInt("dispatch_count") >= DISPATCHES) {
					findings.add(new Finding("MANY_DISPATCHES", "ORDER", number, number, unit,
							rs.getInt("dispatch_count"), null,
							String.format(Locale.ROOT, "工单 %s 已派单 %d 次，仍未办结", number, rs.getInt("dispatch_count"))));
				}
				Timestamp deadline = rs.getTimestamp("deadline");
				if (deadline != null && deadline.toInstant().isBefore(now.minus(Duration.ofDays(LATE_DAYS)))) {
					long days = Duration.between(deadline.toInstant(), now).toDays();
					findings.add(new Finding("LONG_OVERDUE", "ORDER", number, number, unit, days, null,
							String.format(Locale.ROOT, "工单 %s 超过办理时限 %d 天仍未办结", number, days)));
				}
			});
		return findings;
	}

}
