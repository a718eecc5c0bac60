package io.hotline.cti;

import java.time.Clock;
import java.time.Duration;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UserAccounts;
import io.hotline.platform.InputText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallboard (docs/cti.md): the calls waiting now, the last 15 and 60 minutes'
 * figures, the agents by state and alerts when the answer rate falls below its target.
 */
@Service
public class Wallboards {

	/** A call waiting longer than this is taken for one whose end was never reported. */
	static final Duration LONGEST_WAIT = Duration.ofHours(12);

	private final CallFacts facts;

	private final CtiFigures figures;

	private final AgentStates states;

	private final CtiSettings settings;

	private final Clock clock;

	private final ObjectProvider<WallboardSupplement> supplements;

	private final UserAccounts accounts;

	Wallboards(CallFacts facts, CtiFigures figures, AgentStates states, CtiSettings settings, Clock clock,
			ObjectProvider<WallboardSupplement> supplements, UserAccounts accounts) {
		this.accounts = accounts;
		this.facts = facts;
		this.figures = figures;
		this.states = states;
		this.settings = settings;
		this.clock = clock;
		this.supplements = supplements;
	}

	/** The wallboard now, of one queue or all (absent). */
	@Transactional(readOnly = true)
	public Wallboard now(String queue, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		String asked = InputText.limited(Calls.blankToNull(queue), "queue", 64);
		Instant now = this.clock.instant();
		CallFacts.Waiting waiting = this.facts.waiting(now.minus(LONGEST_WAIT), now, asked);
		Long longest = (waiting.firstOffered() == null) ? null
				: Math.max(0, Duration.between(waiting.firstOffered(), now).toSeconds());
		Figures last15 = this.figures.window(now.minus(Duration.ofMinutes(15)), now, asked);
		Figures last60 = this.figures.window(now.minus(Duration.ofMinutes(60)), now, asked);
		List<AgentState> agents = this.states.now();
		Map<AgentState.State, Integer> byState = new EnumMap<>(AgentState.State.class);
		for (AgentState.State state : AgentState.State.values()) {
			if (state != AgentState.State.SIGNED_OUT) {
				byState.put(state, 0);
			}
		}
		agents.forEach((agent) -> byState.merge(agent.state(), 1, Integer::sum));
		List<Wallboard.Alert> alerts = new ArrayList<>();
		alert(alerts, 15, last15);
		alert(alerts, 60, last60);
		Wallboard.Adherence adherence = null;
		Wallboard.ForecastComparison forecast = null;
		for (WallboardSupplement supplement : this.supplements.orderedStream().toList()) {
			adherence = (adherence != null) ? adherence : supplement.adherence(now, agents);
			forecast = (forecast != null) ? forecast : supplement.forecast(now, asked);
			alerts.addAll(supplement.alerts(now, asked, adherence, forecast));
		}
		return new Wallboard(now, asked, waiting.calls(), longest, last15, last60, this.settings.answerRateTarget,
				byState, named(agents), alerts, adherence, forecast);
	}

	/**
	 * The agents with their display names (the org module's; the agent id where none), by
	 * name (in pinyin order for Chinese names), then id.
	 */
	private List<Wallboard.Agent> named(List<AgentState> agents) {
		Map<String, String> names = this.accounts.displayNames(agents.stream().map(AgentState::agent).toList());
		Collator byName = Collator.getInstance(Locale.CHINA);
		return agents.stream()
			.map((agent) -> Wallboard.Agent.of(agent, names.get(agent.agent())))
			.sorted(Comparator.comparing(Wallboard.Agent::name, byName).thenComparing(Wallboard.Agent::agent))
			.toList();
	}

	/** An alert when the window's answer rate is below its target. */
	private void alert(List<Wallboard.Alert> alerts, int minutes, Figures figures) {
		if (figures.answerRate() != null && figures.answerRate() < this.settings.answerRateTarget) {
			alerts.add(new Wallboard.Alert("ANSWER_RATE_LOW", minutes, figures.answerRate(),
					this.settings.answerRateTarget));
		}
	}

}
