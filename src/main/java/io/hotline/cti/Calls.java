package io.hotline.cti;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.conversation.Utterance;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import io.hotline.workorder.CallerMask;
import io.hotline.workorder.OrderQuery;
import io.hotline.workorder.OrderSearch;
import io.hotline.workorder.OrderSummary;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each call as the phone system's events describe it. Events may come in any order
 * and more than once: each fills in what it knows, and the first event of an unknown call
 * creates it.
 */
@Service
public class Calls {

	private static final Pattern NUMBER = Pattern.compile("[0-9+\\-() #*]{1,32}");

	private static final int EARLIER_ORDERS = 20;

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final OrderSearch search;

	private final OrderLinks links;

	private final EventLog log;

	private final Utterances utterances;

	Calls(JdbcClient jdbc, WorkOrders orders, OrderSearch search, OrderLinks links, EventLog log,
			Utterances utterances) {
		this.log = log;
		this.utterances = utterances;
		this.jdbc = jdbc;
		this.orders = orders;
		this.search = search;
		this.links = links;
	}

	/**
	 * Records one event of the phone system; answers the call as it now stands. The phone
	 * system's account ({@code PHONE_SYSTEM}, or an administrator) reports for every
	 * line; an agent only for their own: a call it reports is on its line, and a call on
	 * another line, or one the phone system reported, is refused (403).
	 */
	@Transactional
	public Call record(CallEvent event, Actor actor) {
		actor.requireAny(Role.AGENT, Role.PHONE_SYSTEM);
		if (event == null) {
			throw Problem.invalid("request.body-required");
		}
		String callId = InputText.limited(blankToNull(event.callId()), "callId", 128);
		if (callId == null) {
			throw Problem.invalid("request.required", "callId");
		}
		if (blankToNull(event.event()) == null) {
			throw Problem.invalid("request.required", "event");
		}
		CallEvent.Type type;
		try {
			type = CallEvent.Type.valueOf(event.event().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("cti.unknown-event", event.event());
		}
		Instant at = at(event.at());
		String caller = number(event.caller(), "caller");
		String callee = number(event.callee(), "callee");
		String agent = InputText.limited(blankToNull(event.agent()), "agent", 64);
		String recording = InputText.limited(blankToNull(event.recordingUrl()), "recordingUrl", 2000);
		String transcript = InputText.limited(blankToNull(event.transcript()), "transcript", 200_000);
		if (type == CallEvent.Type.RECORDING && recording == null) {
			throw Problem.invalid("request.required", "recordingUrl");
		}
		List<Utterance> said = Utterances.checked(event.utterances());
		if (type == CallEvent.Type.TRANSCRIPT && transcript == null && said.isEmpty()) {
			throw Problem.invalid("request.required", "transcript");
		}
		String queue = InputText.limited(blankToNull(event.queue()), "queue", 64);
		if (type == CallEvent.Type.QUEUED && queue == null) {
			throw Problem.invalid("request.required", "queue");
		}
		String status = switch (type) {
			case QUEUED -> "QUEUED";
			case RINGING -> "RINGING";
			case ANSWERED -> "ANSWERED";
			default -> "ENDED";
		};
		Instant received = this.orders.now();
		Timestamp now = Timestamp.from(received);
		boolean created = this.jdbc.sql("""
				insert into phone_call (call_id, status, updated_at) values (?, ?, ?)
				on conflict (call_id) do nothing""").params(callId, status, now).update() == 1;
		Call current = find(callId).orElseThrow();
		if (!reportsForEveryLine(actor)) {
			if (agent != null && !agent.equals(actor.username())) {
				throw Problem.forbidden("cti.other-line", agent);
			}
			if (!created && !actor.username().equals(current.agent())) {
				throw Problem.forbidden("cti.other-call", callId);
			}
			agent = actor.username();
		}
		if (type == CallEvent.Type.RINGING && caller == null && current.caller() == null) {
			// a call queued before rings with the caller's number known
			throw Problem.invalid("request.required", "caller");
		}
		if (type == CallEvent.Type.ABANDONED && current.answeredAt() != null) {
			throw Problem.invalid("cti.abandoned-answered", callId);
		}
		if (type == CallEvent.Type.ANSWERED && current.abandonedAt() != null) {
			throw Problem.invalid("cti.answered-abandoned", callId);
		}
		if (type == CallEvent.Type.TRANSCRIPT) {
			this.utterances.keep(callId, said);
		}
		CallEvent kept = new CallEvent(callId, type.name(), at.toString(), caller, callee, agent, recording, transcript,
				queue, null);
		if (!this.log.call(callId, type, at, kept, agent, queue, actor.username(), received)) {
			// a repeat of an event kept before: it changes nothing
			return current;
		}
		// a late QUEUED, RINGING or ANSWERED never takes an ended call back
		String next = switch (type) {
			case QUEUED -> current.status();
			case RINGING -> "QUEUED".equals(current.status()) ? "RINGING" : current.status();
			case ANSWERED -> "ENDED".equals(current.status()) ? "ENDED" : "ANSWERED";
			case HUNG_UP, ABANDONED -> "ENDED";
			default -> current.status();
		};
		Timestamp when = Timestamp.from(at);
		this.jdbc.sql("""
				update phone_call set status = ?, caller = coalesce(?, caller), callee = coalesce(?, callee),
				agent = coalesce(?, agent), rang_at = coalesce(?, rang_at), answered_at = coalesce(?, answered_at),
				ended_at = coalesce(?, ended_at), recording_url = coalesce(?, recording_url),
				transcript = coalesce(?, transcript), queue = coalesce(?, queue), queued_at = coalesce(?, queued_at),
				abandoned_at = coalesce(?, abandoned_at), wrap_up_started_at = coalesce(?, wrap_up_started_at),
				wrap_up_ended_at = coalesce(?, wrap_up_ended_at), updated_at = ? where call_id = ?""")
			.params(next, caller, callee, agent, (type == CallEvent.Type.RINGING) ? when : null,
					(type == CallEvent.Type.ANSWERED) ? when : null,
					(type == CallEvent.Type.HUNG_UP || type == CallEvent.Type.ABANDONED) ? when : null, recording,
					transcript, queue, (type == CallEvent.Type.QUEUED) ? when : null,
					(type == CallEvent.Type.ABANDONED) ? when : null, (type == CallEvent.Type.WRAP_UP) ? when : null,
					(type == CallEvent.Type.WRAP_UP_ENDED) ? when : null, now, callId)
			.update();
		return find(callId).orElseThrow();
	}

	/**
	 * 来电弹屏: the actor's ringing or answered call, newest first, with the caller's earlier
	 * orders.
	 */
	@Transactional(readOnly = true)
	public Optional<ScreenPop> current(Actor actor) {
		actor.requireAny(Role.AGENT);
		return this.jdbc.sql("""
				select * from phone_call where agent = ? and status in ('RINGING', 'ANSWERED')
				order by coalesce(answered_at, rang_at, updated_at) desc, id desc limit 1""")
			.param(actor.username())
			.query(Calls::call)
			.optional()
			.map((call) -> new ScreenPop(call, earlierOrders(call.caller(), actor)));
	}

	@Transactional(readOnly = true)
	public Call call(String callId, Actor actor) {
		actor.requireAny(Role.AGENT, Role.CALLBACK, Role.SUPERVISOR);
		return masked(find(callId).orElseThrow(() -> Problem.notFound("cti.call-not-found", callId)), actor);
	}

	/**
	 * The calls linked to the order, oldest first; the caller's number masked as on the
	 * order for those who do not talk to callers.
	 */
	@Transactional(readOnly = true)
	public List<Call> ofOrder(long orderId, Actor actor) {
		actor.requireAny(Role.AGENT, Role.CALLBACK, Role.SUPERVISOR);
		this.orders.find(new WorkOrderId(orderId), actor);
		return this.jdbc.sql("select * from phone_call where order_id = ? order by id")
			.param(orderId)
			.query(Calls::call)
			.list()
			.stream()
			.map((call) -> masked(call, actor))
			.toList();
	}

	/**
	 * Links the call to the order it produced, writing {@code CALL_LINKED} in the order's
	 * timeline; 409 when the call was linked to another order.
	 */
	@Transactional
	public Call link(String callId, Long orderId, Actor actor) {
		actor.requireAny(Role.AGENT);
		if (orderId == null) {
			throw Problem.invalid("request.required", "orderId");
		}
		return this.links.link(callId, new WorkOrderId(orderId), actor);
	}

	/** The phone system's own account, or an administrator: not an agent's line. */
	private static boolean reportsForEveryLine(Actor actor) {
		return actor.has(Role.ADMIN) || actor.has(Role.PHONE_SYSTEM);
	}

	/**
	 * The caller's earlier orders, newest first (up to 20), as the actor may see them:
	 * the screen pop's, and agent assist's guidance.
	 */
	@Transactional(readOnly = true)
	public List<OrderSummary> earlierOrders(String phone, Actor actor) {
		if (phone == null) {
			return List.of();
		}
		return this.search.search(new OrderQuery(Set.of(), null, phone, false, 0, EARLIER_ORDERS), actor)
			.content()
			.stream()
			.filter((order) -> order.caller() != null && phone.equals(order.caller().phone()))
			.toList();
	}

	private Optional<Call> find(String callId) {
		return this.jdbc.sql("select * from phone_call where call_id = ?").param(callId).query(Calls::call).optional();
	}

	private static Call masked(Call call, Actor actor) {
		return call.withCaller(CallerMask.phone(call.caller(), actor));
	}

	static Call call(ResultSet rs, int row) throws SQLException {
		// read on its own: wasNull() answers for the column read last
		long orderId = rs.getLong("order_id");
		Long order = rs.wasNull() ? null : orderId;
		return new Call(rs.getString("call_id"), rs.getString("status"), rs.getString("caller"), rs.getString("callee"),
				rs.getString("agent"), instant(rs, "rang_at"), instant(rs, "answered_at"), instant(rs, "ended_at"),
				rs.getString("recording_url"), rs.getString("transcript"), order, rs.getString("queue"),
				instant(rs, "queued_at"), instant(rs, "abandoned_at"), instant(rs, "wrap_up_started_at"),
				instant(rs, "wrap_up_ended_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private Instant at(String text) {
		return at(text, this.orders.now());
	}

	/** The time an event names (ISO-8601 with offset), {@code now} where none. */
	static Instant at(String text, Instant now) {
		if (blankToNull(text) == null) {
			return now;
		}
		try {
			return java.time.OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(text.strip());
			}
			catch (DateTimeParseException again) {
				throw Problem.invalid("cti.bad-time", text);
			}
		}
	}

	private static String number(String text, String field) {
		String number = blankToNull(text);
		if (number != null && !NUMBER.matcher(number).matches()) {
			throw Problem.invalid("cti.bad-number", field, number);
		}
		return number;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The call on the agent's line and what the caller asked before. */
	public record ScreenPop(Call call, List<OrderSummary> earlierOrders) {

	}

}
