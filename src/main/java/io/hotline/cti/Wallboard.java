package io.hotline.cti;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The team leaders' live watch: the calls waiting now and the longest wait, the figures
 * of the last 15 and 60 minutes, the agents by state (each with their display name), and
 * alerts. {@code adherence} and {@code forecast} come from the workforce module through a
 * {@link WallboardSupplement} (null while none is there).
 */
public record Wallboard(Instant at, String queue, int waiting, Long longestWaitSeconds, Figures last15, Figures last60,
		double answerRateTarget, Map<AgentState.State, Integer> agentsByState, List<Agent> agents, List<Alert> alerts,
		Adherence adherence, ForecastComparison forecast) {

	/**
	 * An agent's state now with their display name (the user's, else the phone system's
	 * agent id: an agent who is no user of the platform) and their seat.
	 */
	public record Agent(String agent, String name, AgentState.State state, String reason, Instant since,
			AgentState.Seat seat) {

		static Agent of(AgentState state, String name) {
			return new Agent(state.agent(), (name != null) ? name : state.agent(), state.state(), state.reason(),
					state.since(), state.seat());
		}

	}

	/**
	 * Something the team leaders should look at: its kind (e.g. {@code ANSWER_RATE_LOW}),
	 * the window in minutes, the value and the target.
	 */
	public record Alert(String kind, Integer windowMinutes, Double value, Double target) {

	}

	/**
	 * Adherence to the roster now: agents rostered, and of them signed in as rostered.
	 */
	public record Adherence(int rostered, int adherent, Double rate) {

	}

	/**
	 * The day so far against its forecast: calls forecast and offered, and their ratio.
	 */
	public record ForecastComparison(double forecastSoFar, int offeredSoFar, Double ratio) {

	}

}
