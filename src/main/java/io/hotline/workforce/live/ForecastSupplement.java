package io.hotline.workforce.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.cti.AgentState;
import io.hotline.cti.AgentStates;
import io.hotline.cti.ContactHistory;
import io.hotline.cti.Wallboard;
import io.hotline.cti.WallboardSupplement;
import io.hotline.workforce.forecast.DayForecast;
import io.hotline.workforce.roster.web.PublishedRoster;

import org.springframework.stereotype.Component;

/**
 * What the workforce module adds to the wallboard: today so far against its forecast (15
 * minute intervals, the interval under way counted by the share of it gone), an
 * {@code ABOVE_FORECAST} alert when the calls run above it by more than the setting, and
 * {@code UNDERSTAFFED} when fewer agents are ready, on a call or in after-call work than
 * the re-forecast of the interval under way needs; adherence: the agents on a published
 * shift now, and of them those signed in. The day's forecast is made once per day and
 * queue (it rests on the days before).
 */
@Component
class ForecastSupplement implements WallboardSupplement {

	static final int MINUTES = 15;

	private static final Set<AgentState.State> ANSWERING = Set.of(AgentState.State.READY, AgentState.State.ON_CALL,
			AgentState.State.AFTER_CALL_WORK);

	private final LiveForecast forecast;

	private final ContactHistory history;

	private final AgentStates states;

	private final PublishedRoster roster;

	private final Map<String, DayOutlook> days = new ConcurrentHashMap<>();

	ForecastSupplement(LiveForecast forecast, ContactHistory history, AgentStates states, PublishedRoster roster) {
		this.forecast = forecast;
		this.roster = roster;
		this.history = history;
		this.states = states;
	}

	/**
	 * Agents on a published shift now, and of them those signed in (in any state but
	 * signed out); null while nobody is rostered now.
	 */
	@Override
	public Wallboard.Adherence adherence(Instant now, List<AgentState> agents) {
		Set<String> rostered = this.roster.onShiftAt(LocalDateTime.ofInstant(now, WorkingCalendar.ZONE));
		if (rostered.isEmpty()) {
			return null;
		}
		int adherent = (int) agents.stream()
			.filter((agent) -> agent.state() != AgentState.State.SIGNED_OUT && rostered.contains(agent.agent()))
			.map(AgentState::agent)
			.distinct()
			.count();
		return new Wallboard.Adherence(rostered.size(), adherent, adherent / (double) rostered.size());
	}

	@Override
	public Wallboard.ForecastComparison forecast(Instant now, String queue) {
		Today today = today(now, queue);
		if (today == null) {
			return null;
		}
		return new Wallboard.ForecastComparison(Math.round(today.forecastSoFar * 10) / 10.0, today.offeredSoFar,
				(today.forecastSoFar > 0) ? today.offeredSoFar / today.forecastSoFar : null);
	}

	@Override
	public List<Wallboard.Alert> alerts(Instant now, String queue, Wallboard.Adherence adherence,
			Wallboard.ForecastComparison forecast) {
		List<Wallboard.Alert> alerts = new ArrayList<>();
		double limit = this.forecast.settings().aboveForecastRatio();
		if (forecast != null && forecast.ratio() != null && forecast.ratio() > limit) {
			alerts.add(new Wallboard.Alert("ABOVE_FORECAST", null, forecast.ratio(), limit));
		}
		Today today = today(now, queue);
		if (today != null) {
			long answering = this.states.now().stream().filter((agent) -> ANSWERING.contains(agent.state())).count();
			if (answering < today.agentsNeeded) {
				alerts
					.add(new Wallboard.Alert("UNDERSTAFFED", MINUTES, (double) answering, (double) today.agentsNeeded));
			}
		}
		return alerts;
	}

	/** Today so far, null where there is no forecast. */
	private Today today(Instant now, String queue) {
		LocalDateTime local = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		LocalDate date = local.toLocalDate();
		String key = date + "|" + ((queue != null) ? queue : "");
		this.days.keySet().removeIf((old) -> !old.startsWith(date.toString()));
		DayOutlook outlook = this.days.computeIfAbsent(key, (k) -> this.forecast.day(date, MINUTES, queue));
		if (outlook.explanation() != null) {
			return null;
		}
		double forecastSoFar = 0;
		double[] plan = new double[outlook.rows().size()];
		int current = 0;
		for (int i = 0; i < outlook.rows().size(); i++) {
			ForecastRow row = outlook.rows().get(i);
			plan[i] = row.forecast();
			if (!row.start().isAfter(local)) {
				double gone = Math.min(1, Duration.between(row.start(), local).toSeconds() / (MINUTES * 60.0));
				forecastSoFar += row.forecast() * gone;
				current = i;
			}
		}
		int offeredSoFar = 0;
		int[] offered = new int[plan.length];
		for (ContactHistory.Offered interval : this.history.offered(date, date, MINUTES, queue)) {
			if (!interval.start().isAfter(local)) {
				offeredSoFar += interval.calls();
				offered[Math.min(plan.length - 1,
						(int) (Duration.between(date.atStartOfDay(), interval.start()).toMinutes()
								/ MINUTES))] = interval.calls();
			}
		}
		double[] soFar = new double[current];
		for (int i = 0; i < current; i++) {
			soFar[i] = offered[i];
		}
		double[] rest = DayForecast.reforecast(plan, soFar);
		int needed = this.forecast
			.needed(outlook.rows().get(current).start(), MINUTES, rest[current], outlook.handlingSeconds())
			.agents();
		return new Today(forecastSoFar, offeredSoFar, needed);
	}

	private record Today(double forecastSoFar, int offeredSoFar, int agentsNeeded) {

	}

}
