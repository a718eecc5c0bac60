package io.hotline.workforce.surge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workorder.CallerMask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回呼: the callers who left a number in a surge keep their place (the time they entered
 * the phone queue); an agent takes the next one, the oldest waiting, and no two agents
 * take the same; one not reached waits for its retry, in its place, until its last try.
 */
@Component
class CallbackQueue {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{2,30}");

	private static final int MAX_LISTED = 500;

	private final JdbcClient jdbc;

	private final Measures measures;

	private final AuditTrail audit;

	private final Clock clock;

	CallbackQueue(JdbcClient jdbc, Measures measures, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.audit = audit;
		this.clock = clock;
	}

	/** A caller left a number: reported by the phone system (or an administrator). */
	@Transactional
	SurgeCallback leave(String callId, String phone, String queuedAt, Actor actor) {
		actor.requireAny(Role.PHONE_SYSTEM);
		SurgeMeasures.CallbackQueue rule = this.measures.current().callbackQueue();
		if (!rule.on()) {
			throw Problem.conflict("surge.callback-off");
		}
		if (phone == null || phone.isBlank()) {
			throw Problem.invalid("request.required", "caller.phone");
		}
		if (!PHONE.matcher(phone.strip()).matches()) {
			throw Problem.invalid("request.bad-value", "caller.phone", phone);
		}
		if (callId != null && callId.length() > 128) {
			throw Problem.invalid("request.too-long", "callId", 128);
		}
		Instant now = this.clock.instant();
		Instant queued = queuedAt(queuedAt, now);
		Instant promised = queued.plus(Duration.ofMinutes(rule.promiseMinutes()));
		long id = this.jdbc.sql("""
				insert into surge_callback (call_id, phone, queued_at, left_at, promised_by, status, next_try_at)
				values (?, ?, ?, ?, ?, 'WAITING', ?) returning id""")
			.params(callId, phone.strip(), Timestamp.from(queued), Timestamp.from(now), Timestamp.from(promised),
					Timestamp.from(now))
			.query(Long.class)
			.single();
		this.audit.record(actor.username(), "surge.callback.left", "surge-callback:" + id, "OK",
				"queued at " + queued + ", promised by " + promised);
		return find(id, actor);
	}

	/** The open callbacks (waiting or being made), in the order they go out. */
	List<SurgeCallback> open(Actor actor) {
		actor.requireAny(Role.AGENT, Role.CALLBACK, Role.SUPERVISOR);
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("select * from surge_callback where status in ('WAITING', 'CALLING') order by queued_at, id limit ?")
			.param(MAX_LISTED)
			.query((rs, n) -> callback(rs, actor, now))
			.list();
	}

	/**
	 * The agent takes the oldest waiting callback that is due; two agents taking at once
	 * never get the same one. Empty when none is due.
	 */
	@Transactional
	Optional<SurgeCallback> next(Actor actor) {
		actor.requireAny(Role.AGENT, Role.CALLBACK);
		Instant now = this.clock.instant();
		Optional<Long> inHand = this.jdbc.sql("select id from surge_callback where status = 'CALLING' and agent = ?")
			.param(actor.username())
			.query(Long.class)
			.optional();
		if (inHand.isPresent()) {
			throw Problem.conflict("surge.callback-in-hand", inHand.get());
		}
		Optional<Long> taken = this.jdbc.sql("""
				update surge_callback set status = 'CALLING', agent = ?, taken_at = ?, tries = tries + 1
				where id = (select id from surge_callback where status = 'WAITING' and next_try_at <= ?
					order by queued_at, id limit 1 for update skip locked)
				returning id""")
			.params(actor.username(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.optional();
		taken.ifPresent(
				(id) -> this.audit.record(actor.username(), "surge.callback.take", "surge-callback:" + id, "OK", null));
		return taken.map((id) -> find(id, actor));
	}

	/**
	 * The outcome of the callback the agent holds: reached, or not (tried again until the
	 * last try).
	 */
	@Transactional
	SurgeCallback outcome(long id, String outcome, Actor actor) {
		actor.requireAny(Role.AGENT, Role.CALLBACK);
		if (outcome == null || !(outcome.equals("REACHED") || outcome.equals("NOT_REACHED"))) {
			throw Problem.invalid("surge.outcome-required");
		}
		Row row = this.jdbc.sql("select status, agent, tries from surge_callback where id = ? for update")
			.param(id)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.optional()
			.orElseThrow(() -> Problem.notFound("surge.callback-not-found", id));
		if (!row.status().equals("CALLING") || !actor.username().equals(row.agent())) {
			throw Problem.conflict("surge.callback-not-yours", id);
		}
		Instant now = this.clock.instant();
		SurgeMeasures.CallbackQueue rule = this.measures.current().callbackQueue();
		if (outcome.equals("REACHED")) {
			this.jdbc.sql("update surge_callback set status = 'REACHED', done_at = ? where id = ?")
				.params(Timestamp.from(now), id)
				.update();
		}
		else if (row.tries() < rule.maxTries()) {
			this.jdbc.sql("update surge_callback set status = 'WAITING', agent = null, next_try_at = ? where id = ?")
				.params(Timestamp.from(now.plus(Duration.ofMinutes(rule.retryMinutes()))), id)
				.update();
		}
		else {
			this.jdbc.sql("update surge_callback set status = 'UNREACHED', done_at = ? where id = ?")
				.params(Timestamp.from(now), id)
				.update();
		}
		this.audit.record(actor.username(), "surge.callback." + outcome.toLowerCase(), "surge-callback:" + id, "OK",
				"try " + row.tries());
		return find(id, actor);
	}

	SurgeCallback find(long id, Actor actor) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select * from surge_callback where id = ?")
			.param(id)
			.query((rs, n) -> callback(rs, actor, now))
			.optional()
			.orElseThrow(() -> Problem.notFound("surge.callback-not-found", id));
	}

	private static Instant queuedAt(String text, Instant now) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("request.required", "queuedAt");
		}
		Instant queued;
		try {
			queued = OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("surge.bad-queued-at", text);
		}
		if (queued.isAfter(now.plusSeconds(60))) {
			throw Problem.invalid("surge.queued-in-future", text);
		}
		return queued;
	}

	private static SurgeCallback callback(ResultSet rs, Actor actor, Instant now) throws SQLException {
		Instant promised = rs.getTimestamp("promised_by").toInstant();
		String status = rs.getString("status");
		Instant taken = instant(rs.getTimestamp("taken_at"));
		Instant done = instant(rs.getTimestamp("done_at"));
		Instant made = status.equals("REACHED") ? taken : (done != null ? done : now);
		return new SurgeCallback(rs.getLong("id"), rs.getString("call_id"),
				CallerMask.phone(rs.getString("phone"), actor), rs.getTimestamp("queued_at").toInstant(),
				rs.getTimestamp("left_at").toInstant(), promised, status, rs.getInt("tries"),
				rs.getTimestamp("next_try_at").toInstant(), rs.getString("agent"), taken, done, made.isAfter(promised));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Row(String status, String agent, int tries) {

	}

}
