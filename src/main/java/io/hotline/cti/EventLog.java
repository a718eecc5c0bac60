package io.hotline.cti;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The phone system's events as they came ({@code cti_event}, append-only): a repeat (the
 * same call or agent, event and time; the phone system resends) is kept once, and
 * answered as such so that it changes nothing.
 */
@Component
class EventLog {

	private final JdbcClient jdbc;

	EventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a call's event; false for a repeat. */
	boolean call(String callId, CallEvent.Type type, Instant at, CallEvent event, String agent, String queue,
			String reportedBy, Instant now) {
		return append("call:" + callId + ":" + type + ":" + at, "CALL", type.name(), at, callId, agent, queue, null,
				event, reportedBy, now, null);
	}

	/** Keeps an agent's state; false for a repeat. */
	boolean agent(String agent, AgentState.State state, Instant at, String reason, AgentState.Seat seat,
			String reportedBy, Instant now) {
		return append("agent:" + agent + ":" + state + ":" + at, "AGENT", state.name(), at, null, agent, null, reason,
				null, reportedBy, now, seat);
	}

	private boolean append(String key, String kind, String event, Instant at, String callId, String agent, String queue,
			String reason, CallEvent call, String reportedBy, Instant now, AgentState.Seat seat) {
		boolean centre = seat == null || seat.kind() == AgentState.Seat.Kind.CENTRE;
		return this.jdbc.sql("""
				insert into cti_event (event_key, kind, event, at, call_id, agent, queue, reason, caller, callee,
				    recording_url, transcript, reported_by, received_at, seat, partner)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""")
			.params(key, kind, event, Timestamp.from(at), callId, agent, queue, reason,
					(call == null) ? null : call.caller(), (call == null) ? null : call.callee(),
					(call == null) ? null : call.recordingUrl(), (call == null) ? null : call.transcript(), reportedBy,
					Timestamp.from(now), centre ? null : seat.kind().name(), centre ? null : seat.partner())
			.update() == 1;
	}

}
