package io.hotline.cti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers the hotline's calls from where: the agents signed in now and the calls
 * answered in a window, by seat (the centre's, cloud seats, each partner hotline). The
 * surge's status and the province's view of help in a surge read it.
 */
@Service
public class SeatTallies {

	private static final Comparator<AgentState.Seat> ORDER = Comparator.comparing((AgentState.Seat seat) -> seat.kind())
		.thenComparing((seat) -> seat.partner() == null ? "" : seat.partner());

	private final JdbcClient jdbc;

	private final AgentStates states;

	SeatTallies(JdbcClient jdbc, AgentStates states) {
		this.jdbc = jdbc;
		this.states = states;
	}

	/**
	 * By seat: the agents signed in now, and the calls answered from {@code from} to
	 * {@code to} by agents who had signed in from that seat (the seat of the agent's
	 * state when they answered; calls answered without an agent state count for the
	 * centre).
	 */
	@Transactional(readOnly = true)
	public List<SeatTally> tally(Instant from, Instant to) {
		Map<AgentState.Seat, long[]> counts = new TreeMap<>(ORDER);
		counts.put(AgentState.Seat.CENTRE, new long[2]);
		for (AgentState state : this.states.now()) {
			counts.computeIfAbsent(state.seat(), (seat) -> new long[2])[0]++;
		}
		this.jdbc.sql("""
				select s.seat, s.partner, count(*) as answered from cti_event c
				left join lateral (
				    select a.seat, a.partner from cti_event a
				    where a.kind = 'AGENT' and a.agent = c.agent and a.at <= c.at and a.at > c.at - interval '12 hours'
				    order by a.at desc, a.id desc limit 1) s on true
				where c.kind = 'CALL' and c.event = 'ANSWERED' and c.at >= ? and c.at < ?
				group by s.seat, s.partner""").params(Timestamp.from(from), Timestamp.from(to)).query((rs) -> {
			AgentState.Seat seat = AgentState.Seat.of(rs.getString("seat"), rs.getString("partner"));
			counts.computeIfAbsent(seat, (s) -> new long[2])[1] += rs.getLong("answered");
		});
		return counts.entrySet()
			.stream()
			.map((e) -> new SeatTally(e.getKey().kind(), e.getKey().partner(), (int) e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	/**
	 * A seat (its kind, the partner hotline for a partner's seats), its agents signed in
	 * now and the calls they answered in the window.
	 */
	public record SeatTally(AgentState.Seat.Kind seat, String partner, int signedIn, long answered) {

	}

}
