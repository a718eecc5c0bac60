package io.hotline.analytics.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Fact;
import io.hotline.workorder.CallerMask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders out of the ordinary: the same caller complaining again and again (at least
 * {@value #REPEATS} orders in 30 days), the same place complained about again and again
 * (同一地点重复投诉: at least {@code place-repeats} complaints in 30 days from
 * {@code place-callers} callers or more, at one address of one street, its whitespace
 * left out), an order dispatched {@value #DISPATCHES} times or more and still open, an
 * order open {@value #LATE_DAYS} days past its deadline. A caller's number is masked in
 * what is stored and shown.
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

	/** Whitespace, the ideographic space (U+3000) included, left out of an address. */
	private static final String PLACE = "regexp_replace(o.address, '[[:space:]\u3000]+', '', 'g')";

	private final JdbcClient jdbc;

	private final int placeRepeats;

	private final int placeCallers;

	AbnormalOrders(JdbcClient jdbc, @Value("${hotline.analytics.abnormal.place-repeats:3}") int placeRepeats,
			@Value("${hotline.analytics.abnormal.place-callers:2}") int placeCallers) {
		this.jdbc = jdbc;
		this.placeRepeats = placeRepeats;
		this.placeCallers = placeCallers;
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
						Fact.of("alert.repeat-caller", phone, rs.getLong("n"), rs.getString("last_number"))));
			});
		findings.addAll(repeatPlaces(now));
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
					findings
						.add(new Finding("MANY_DISPATCHES", "ORDER", number, number, unit, rs.getInt("dispatch_count"),
								null, Fact.of("alert.many-dispatches", number, rs.getInt("dispatch_count"))));
				}
				Timestamp deadline = rs.getTimestamp("deadline");
				if (deadline != null && deadline.toInstant().isBefore(now.minus(Duration.ofDays(LATE_DAYS)))) {
					long days = Duration.between(deadline.toInstant(), now).toDays();
					findings.add(new Finding("LONG_OVERDUE", "ORDER", number, number, unit, days, null,
							Fact.of("alert.long-overdue", number, days)));
				}
			});
		return findings;
	}

	/**
	 * 同一地点重复投诉: complaints of the last 30 days grouped by street and address; the key is
	 * the first 16 hex digits of the MD5 of both, the name the latest complaint's
	 * address, the unit the main unit of the latest of them that has one.
	 */
	private List<Finding> repeatPlaces(Instant now) {
		List<Finding> findings = new ArrayList<>();
		this.jdbc.sql("""
				select g.*, (select name from division d where d.code = g.street_code) as street_name from (
				    select o.street_code, left(md5(coalesce(o.street_code, '') || '|' || %1$s), 16) as key,
				        count(*) as n, count(distinct o.caller_phone) as callers,
				        (array_agg(o.address order by o.created_at desc, o.id desc))[1] as address,
				        (array_agg(o.number order by o.created_at desc, o.id desc))[1] as last_number,
				        (array_agg(o.main_unit_id order by o.created_at desc, o.id desc)
				            filter (where o.main_unit_id is not null))[1] as unit_id
				    from work_order o
				    where o.created_at >= ? and o.type = 'COMPLAINT' and %1$s <> ''
				    group by o.street_code, %1$s
				    having count(*) >= ? and count(distinct o.caller_phone) >= ?) g
				order by g.n desc, g.callers desc, g.key limit ?""".formatted(PLACE))
			.params(Timestamp.from(now.minus(Duration.ofDays(30))), this.placeRepeats, this.placeCallers, MOST)
			.query((rs) -> {
				Long unit = (rs.getObject("unit_id") == null) ? null : rs.getLong("unit_id");
				String address = rs.getString("address");
				String street = rs.getString("street_name");
				String place = (street == null) ? address : address + "（" + street + "）";
				findings.add(new Finding("REPEAT_PLACE", "PLACE", rs.getString("key"), address, unit, rs.getLong("n"),
						null, Fact.of("alert.repeat-place", place, rs.getLong("n"), rs.getLong("callers"),
								rs.getString("last_number"))));
			});
		return findings;
	}

}
