package io.hotline.cti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calls offered in a period, each with its outcome: counted per interval, or listed
 * (the calls behind a figure). A call counts in the interval it was offered in (entered
 * its queue, or rang where never queued), whenever it was answered or abandoned.
 */
@Component
class CallFacts {

	/**
	 * One row per call offered from {@code :from} to {@code :to} (of {@code :queue} where
	 * given): its offer time {@code o}, wait, talk and after-call work, and its outcome
	 * ({@code detail}).
	 */
	private static final String FACTS = """
			select call_id, queue, caller, agent, o, answered_at, e, wrap_up_ended_at,
			    case when answered_at is not null then greatest(0, extract(epoch from answered_at - o))
			         when e is not null then greatest(0, extract(epoch from e - o)) end as wait_seconds,
			    case when answered_at is not null and ended_at is not null
			         then greatest(0, extract(epoch from ended_at - answered_at)) end as talk_seconds,
			    case when answered_at is not null and ended_at is not null
			         then coalesce(greatest(0, extract(epoch from wrap_up_ended_at - coalesce(wrap_up_started_at, ended_at))), 0)
			         end as wrap_up_seconds,
			    case when answered_at is not null then
			             case when extract(epoch from answered_at - o) <= :target then 'ANSWERED_IN_TIME' else 'ANSWERED_LATE' end
			         when e is not null then
			             case when extract(epoch from e - o) < :short then 'SHORT_ABANDONED' else 'ABANDONED' end
			         else 'WAITING' end as detail
			from (select call_id, queue, caller, agent, coalesce(queued_at, rang_at) as o, answered_at, ended_at,
			        coalesce(abandoned_at, ended_at) as e, wrap_up_started_at, wrap_up_ended_at
			    from phone_call
			    where coalesce(queued_at, rang_at) >= :from and coalesce(queued_at, rang_at) < :to
			    and (cast(:queue as varchar) is null or queue = :queue)) c""";

	private final JdbcClient jdbc;

	CallFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tallies of the calls, by interval: the number of whole {@code seconds} from
	 * {@code from} to the offer.
	 */
	Map<Integer, Tally> tallies(Scope scope, int seconds) {
		Map<Integer, Tally> tallies = new HashMap<>();
		this.jdbc.sql("""
				select floor(extract(epoch from o - :from) / :size)::int as bucket, count(*) as offered,
				    count(*) filter (where detail like 'ANSWERED%') as answered,
				    count(*) filter (where detail = 'ANSWERED_IN_TIME') as within,
				    count(*) filter (where detail like '%ABANDONED') as abandoned,
				    count(*) filter (where detail = 'SHORT_ABANDONED') as short_abandoned,
				    coalesce(sum(wait_seconds) filter (where detail like 'ANSWERED%'), 0) as wait_seconds,
				    count(talk_seconds) as handled,
				    coalesce(sum(talk_seconds + wrap_up_seconds), 0) as handling_seconds
				from (FACTS) f group by 1""".replace("FACTS", FACTS))
			.params(scope.parameters())
			.param("size", seconds)
			.query((rs, row) -> {
				Tally tally = new Tally();
				tally.offered = rs.getInt("offered");
				tally.answered = rs.getInt("answered");
				tally.within = rs.getInt("within");
				tally.abandoned = rs.getInt("abandoned");
				tally.shortAbandoned = rs.getInt("short_abandoned");
				tally.waitSeconds = rs.getDouble("wait_seconds");
				tally.handled = rs.getInt("handled");
				tally.handlingSeconds = rs.getDouble("handling_seconds");
				tallies.put(rs.getInt("bucket"), tally);
				return tally;
			})
			.list();
		return tallies;
	}

	/** How many calls the outcomes select. */
	long count(Scope scope, List<String> details) {
		return this.jdbc.sql("select count(*) from (FACTS) f where detail in (:details)".replace("FACTS", FACTS))
			.params(scope.parameters())
			.param("details", details)
			.query(Long.class)
			.single();
	}

	/** The calls of these outcomes, sorted by the SQL {@code order}, a page of them. */
	void each(Scope scope, List<String> details, String order, int offset, int limit, Consumer<CallLine> each) {
		this.jdbc
			.sql("""
					select * from (%s) f where detail in (:details) order by %s, call_id offset :offset limit :limit"""
				.formatted(FACTS, order))
			.params(scope.parameters())
			.param("details", details)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> {
				Double talk = number(rs, "talk_seconds");
				Double wrapUp = number(rs, "wrap_up_seconds");
				CallLine line = new CallLine(rs.getString("call_id"), rs.getString("queue"), rs.getString("caller"),
						rs.getString("agent"), Calls.instant(rs, "o"), Calls.instant(rs, "answered_at"),
						Calls.instant(rs, "e"), Calls.instant(rs, "wrap_up_ended_at"), rs.getString("detail"),
						number(rs, "wait_seconds"), talk, wrapUp, (talk == null) ? null : talk + wrapUp);
				each.accept(line);
				return line;
			})
			.list();
	}

	/**
	 * The calls waiting now (of {@code queue} where given) offered since {@code since}:
	 * how many, and when the first of them was offered.
	 */
	Waiting waiting(Instant since, Instant now, String queue) {
		return this.jdbc.sql("""
				select count(*) as waiting, min(coalesce(queued_at, rang_at)) as first from phone_call
				where coalesce(queued_at, rang_at) > :since and coalesce(queued_at, rang_at) <= :now
				and answered_at is null and ended_at is null and abandoned_at is null
				and (cast(:queue as varchar) is null or queue = :queue)""")
			.param("since", Timestamp.from(since))
			.param("now", Timestamp.from(now))
			.param("queue", queue)
			.query((rs, row) -> new Waiting(rs.getInt("waiting"), Calls.instant(rs, "first")))
			.single();
	}

	private static Double number(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 1000) / 1000.0;
	}

	/**
	 * The calls offered from {@code from} to {@code to}, of one queue or all (null), with
	 * the service-level target and the short-abandon limit in seconds.
	 */
	record Scope(Instant from, Instant to, String queue, int targetSeconds, int shortAbandonSeconds) {

		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("from", Timestamp.from(this.from));
			parameters.put("to", Timestamp.from(this.to));
			parameters.put("queue", this.queue);
			parameters.put("target", this.targetSeconds);
			parameters.put("short", this.shortAbandonSeconds);
			return parameters;
		}

	}

	/** How many calls wait, and since when the longest. */
	record Waiting(int calls, Instant firstOffered) {

	}

}
