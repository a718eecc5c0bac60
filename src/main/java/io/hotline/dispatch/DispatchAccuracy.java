package io.hotline.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well orders were dispatched over time (派单准确率, 二次派单率), read from the timeline: each
 * order counts in the period of its first dispatch, with whatever became of it since, so
 * that a period's figures settle as its orders are handled.
 */
@Service
public class DispatchAccuracy {

	/**
	 * The actor of automatic dispatch (AutoDispatch, built beside this report); its first
	 * dispatches count as automatic.
	 */
	static final String AUTOMATIC_ACTOR = "auto-dispatch";

	/**
	 * One pass over the dispatch events through the partial {@code (type, at)} index of
	 * V16: the first dispatches of the range, and for the orders returned or
	 * re-dispatched since its start, their first return and last re-dispatch. An order is
	 * in state RETURNED from a return until its next dispatch, which is then a
	 * REDISPATCHED, so a re-dispatch after the first return is a dispatch after a return,
	 * and one after a reopening alone is not. The event types are literals, for the
	 * planner to match the partial index; the period's field (an enum's name) too, for
	 * one plan per interval.
	 */
	private static final String QUERY = """
			with first_dispatch as (
				select e.order_id, e.at, e.actor from work_order_event e
				where e.type = 'DISPATCHED' and e.at >= :from and e.at < :to
			), corrected as (
				select e.order_id, min(e.id) filter (where e.type = 'RETURNED') as first_return,
					max(e.id) filter (where e.type = 'REDISPATCHED') as last_redispatch
				from work_order_event e where e.type in ('RETURNED', 'REDISPATCHED') and e.at >= :from
				group by e.order_id
			)
			select (date_trunc('%s', f.at, 'Asia/Shanghai') at time zone 'Asia/Shanghai')::date as period,
				count(*) as dispatched, count(c.first_return) as returned,
				count(*) filter (where c.last_redispatch > c.first_return) as redispatched,
				count(*) filter (where f.actor = :automatic) as automatic,
				count(s.decided_at) as suggested, count(*) filter (where s.accepted) as accepted
			from first_dispatch f left join corrected c on c.order_id = f.order_id
				left join dispatch_suggestion s on s.order_id = f.order_id
			group by 1""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DispatchAccuracy(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The report of the request's parameters (see {@link AccuracyRange#of}); the role is
	 * checked before them, so that a user without it learns nothing from a refusal.
	 */
	@Transactional(readOnly = true)
	public AccuracyReport report(String from, String to, String interval, Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR, Role.ANALYST);
		AccuracyRange range = AccuracyRange.of(from, to, interval,
				LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE)));
		Map<LocalDate, AccuracyReport.Figures> counted = this.jdbc.sql(QUERY.formatted(range.interval().field()))
			.param("from", Timestamp.from(range.start()))
			.param("to", Timestamp.from(range.end()))
			.param("automatic", AUTOMATIC_ACTOR)
			.query((rs, n) -> Map.entry(rs.getObject("period", LocalDate.class),
					AccuracyReport.Figures.of(rs.getLong("dispatched"), rs.getLong("returned"),
							rs.getLong("redispatched"), rs.getLong("automatic"), rs.getLong("suggested"),
							rs.getLong("accepted"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<AccuracyReport.Period> periods = range.periods()
			.stream()
			.map((period) -> AccuracyReport.Period.of(period,
					counted.getOrDefault(period, AccuracyReport.Figures.NONE)))
			.toList();
		AccuracyReport.Figures total = counted.values()
			.stream()
			.reduce(AccuracyReport.Figures.NONE, AccuracyReport.Figures::plus);
		return new AccuracyReport(range.from(), range.to(), range.interval().field(), periods, total);
	}

}
