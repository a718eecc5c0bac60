package io.hotline.cti;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' states as the phone system reports them, each kept as an event; an agent's
 * state lasts until their next one, at most {@link #LONGEST} (a phone system that never
 * reported the sign-out does not keep an agent signed in for days).
 */
@Service
public class AgentStates {

	/** The longest a state lasts without a next one. */
	static final Duration LONGEST = Duration.ofHours(12);

	private final JdbcClient jdbc;

	private final EventLog log;

	private final Clock clock;

	AgentStates(JdbcClient jdbc, EventLog log, Clock clock) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Keeps an agent's state: the phone system's account (or an administrator) reports
	 * every agent's, an agent only their own ({@code agent} absent or their user name;
	 * another's is refused with 403, nothing kept). A repeat changes nothing.
	 */
	@Transactional
	public AgentState record(AgentState.Report report, Actor actor) {
		actor.requireAny(Role.AGENT, Role.PHONE_SYSTEM);
		if (report == null) {
			throw Problem.invalid("request.body-required");
		}
		String agent = InputText.limited(Calls.blankToNull(report.agent()), "agent", 64);
		boolean everyAgent = actor.has(Role.ADMIN) || actor.has(Role.PHONE_SYSTEM);
		if (!everyAgent) {
			if (agent != null && !agent.equals(actor.username())) {
				throw Problem.forbidden("cti.other-line", agent);
			}
			agent = actor.username();
		}
		if (agent == null) {
			throw Problem.invalid("request.required", "agent");
		}
		String name = Calls.blankToNull(report.state());
		if (name == null) {
			throw Problem.invalid("request.required", "state");
		}
		AgentState.State state;
		try {
			state = AgentState.State.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("cti.unknown-state", name);
		}
		Instant now = this.clock.instant();
		Instant at = Calls.at(report.at(), now);
		String reason = InputText.limited(Calls.blankToNull(report.reason()), "reason", 200);
		if (reason != null && state != AgentState.State.BREAK) {
			throw Problem.invalid("cti.reason-without-break", state);
		}
		AgentState.Seat seat = seat(report, state, agent, at);
		this.log.agent(agent, state, at, reason, seat, actor.username(), now);
		return new AgentState(agent, state, reason, at, seat);
	}

	/**
	 * The seat of a state: as reported on a sign-in (none: the centre's), else the seat
	 * of the agent's state before it (a seat only with a sign-in: 400).
	 */
	private AgentState.Seat seat(AgentState.Report report, AgentState.State state, String agent, Instant at) {
		String kind = Calls.blankToNull(report.seat());
		String partner = InputText.limited(Calls.blankToNull(report.partner()), "partner", 64);
		if (state != AgentState.State.SIGNED_IN) {
			if (kind != null || partner != null) {
				throw Problem.invalid("cti.seat-without-sign-in", state);
			}
			return this.jdbc.sql("""
					select seat, partner from cti_event where kind = 'AGENT' and agent = ? and at > ? and at <= ?
					order by at desc, id desc limit 1""")
				.params(agent, Timestamp.from(at.minus(LONGEST)), Timestamp.from(at))
				.query((rs, row) -> AgentState.Seat.of(rs.getString("seat"), rs.getString("partner")))
				.optional()
				.orElse(AgentState.Seat.CENTRE);
		}
		AgentState.Seat.Kind seat;
		try {
			seat = (kind == null) ? AgentState.Seat.Kind.CENTRE
					: AgentState.Seat.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("cti.unknown-seat", kind);
		}
		if ((seat == AgentState.Seat.Kind.PARTNER) != (partner != null)) {
			throw Problem.invalid("cti.partner-with-partner-seat");
		}
		return (seat == AgentState.Seat.Kind.CENTRE) ? AgentState.Seat.CENTRE : new AgentState.Seat(seat, partner);
	}

	/**
	 * Each agent's state now, but for those signed out (or silent for longer than
	 * {@link #LONGEST}), by agent.
	 */
	@Transactional(readOnly = true)
	public List<AgentState> now() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select distinct on (agent) agent, event, reason, at, seat, partner from cti_event
				where kind = 'AGENT' and at > ? and at <= ? order by agent, at desc, id desc""")
			.params(Timestamp.from(now.minus(LONGEST)), Timestamp.from(now))
			.query((rs, row) -> new AgentState(rs.getString("agent"), AgentState.State.valueOf(rs.getString("event")),
					rs.getString("reason"), Calls.instant(rs, "at"), seat(rs)))
			.list()
			.stream()
			.filter((state) -> state.state() != AgentState.State.SIGNED_OUT)
			.toList();
	}

	/**
	 * The agents' states from {@code from} to {@code to}: each from its event until the
	 * agent's next, at most {@link #LONGEST}, and never beyond {@code to}.
	 */
	List<Span> spans(Instant from, Instant to) {
		List<AgentState> events = this.jdbc.sql("""
				select agent, event, reason, at, seat, partner from cti_event
				where kind = 'AGENT' and at > ? and at < ? order by agent, at, id""")
			.params(Timestamp.from(from.minus(LONGEST)), Timestamp.from(to))
			.query((rs, row) -> new AgentState(rs.getString("agent"), AgentState.State.valueOf(rs.getString("event")),
					rs.getString("reason"), Calls.instant(rs, "at"), seat(rs)))
			.list();
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			AgentState state = events.get(i);
			Instant end = state.since().plus(LONGEST);
			if (i + 1 < events.size() && events.get(i + 1).agent().equals(state.agent())
					&& events.get(i + 1).since().isBefore(end)) {
				end = events.get(i + 1).since();
			}
			if (end.isAfter(to)) {
				end = to;
			}
			Instant start = state.since().isBefore(from) ? from : state.since();
			if (end.isAfter(start)) {
				spans.add(new Span(state.state(), start, end));
			}
		}
		return spans;
	}

	private static AgentState.Seat seat(ResultSet rs) throws SQLException {
		return AgentState.Seat.of(rs.getString("seat"), rs.getString("partner"));
	}

	/** An agent in one state from {@code start} to {@code end}. */
	record Span(AgentState.State state, Instant start, Instant end) {

		/** The seconds of this span within {@code from} to {@code to}. */
		double secondsWithin(Instant from, Instant to) {
			Instant s = this.start.isBefore(from) ? from : this.start;
			Instant e = this.end.isAfter(to) ? to : this.end;
			return e.isAfter(s) ? Duration.between(s, e).toMillis() / 1000.0 : 0;
		}

	}

}
