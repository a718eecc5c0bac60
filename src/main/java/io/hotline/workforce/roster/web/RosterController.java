package io.hotline.workforce.roster.web;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.DemandInterval;
import io.hotline.workforce.roster.Roster;
import io.hotline.workforce.roster.RosterMonth;
import io.hotline.workforce.roster.ShiftTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rosters: team leaders (SUPERVISOR, ADMIN) solve a month's roster in the background from
 * the demand per 30 minutes (given, or the contact forecast's) and publish it; every
 * agent reads their own shifts in the published roster.
 */
@RestController
class RosterController {

	private static final int INTERVAL_MINUTES = 30;

	private static final int MAX_SECONDS = 120;

	private final RosterStore store;

	private final WorkingCalendar calendar;

	private final RosterSolves solves;

	private final ObjectProvider<ForecastDemand> forecast;

	RosterController(RosterStore store, WorkingCalendar calendar, RosterSolves solves,
			ObjectProvider<ForecastDemand> forecast) {
		this.store = store;
		this.calendar = calendar;
		this.solves = solves;
		this.forecast = forecast;
	}

	/**
	 * Starts a solve in the background: 202 with the job (state QUEUED), its address in
	 * {@code Location}; 409 while the month has a solve open. The demand is the body's,
	 * or with {@code demandFrom: "forecast"} the contact forecast's staffing.
	 */
	@PostMapping("/api/workforce/rosters")
	ResponseEntity<Map<String, Object>> solve(@RequestBody(required = false) SolveBody body, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (body == null) {
			throw Problem.invalid("workforce.month-required");
		}
		YearMonth month = month(body.month());
		int seconds = (body.seconds() != null) ? body.seconds() : 30;
		if (seconds < 1 || seconds > MAX_SECONDS) {
			throw Problem.invalid("workforce.bad-seconds", 1, MAX_SECONDS);
		}
		boolean fromForecast = "forecast".equalsIgnoreCase(body.demandFrom());
		if (body.demandFrom() != null && !fromForecast && !"body".equalsIgnoreCase(body.demandFrom())) {
			throw Problem.invalid("workforce.roster.bad-demand-from", body.demandFrom());
		}
		List<ShiftTemplate> shifts = this.store.shifts();
		List<Agent> agents = this.store.agents(month);
		if (agents.isEmpty()) {
			throw Problem.invalid("workforce.no-agents");
		}
		List<DemandInterval> demand = fromForecast ? forecastDemand(month) : demand(month, body.demand());
		RosterMonth rosterMonth = new RosterMonth(month.atDay(1), month.lengthOfMonth(), INTERVAL_MINUTES,
				(date) -> !this.calendar.isWorkingDay(date), demand, shifts);
		Map<String, Object> job = this.solves.start(month, seconds, fromForecast ? "FORECAST" : "BODY",
				this.store.carryOver(new Roster(rosterMonth, agents, shifts)), actor);
		return ResponseEntity.accepted()
			.location(URI.create("/api/workforce/roster-solves/" + job.get("id")))
			.body(job);
	}

	/**
	 * A solve's state: QUEUED, RUNNING (progress, best score so far), SOLVED (its roster)
	 * or FAILED.
	 */
	@GetMapping("/api/workforce/roster-solves/{id}")
	Map<String, Object> solveJob(@PathVariable long id, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.solves.job(id);
	}

	/** The month's latest solve, empty where none was started. */
	@GetMapping("/api/workforce/roster-solves")
	Map<String, Object> latestSolve(@RequestParam(required = false) String month, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.solves.latest(month(month));
	}

	@GetMapping("/api/workforce/rosters/{id}")
	Map<String, Object> roster(@PathVariable long id, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.store.roster(id);
	}

	/** The month's latest roster (draft or published), empty where none was solved. */
	@GetMapping("/api/workforce/rosters")
	Map<String, Object> latest(@RequestParam(required = false) String month, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.store.latest(month(month));
	}

	@PostMapping("/api/workforce/rosters/{id}/publish")
	Map<String, Object> publish(@PathVariable long id, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		this.store.publish(id, actor);
		return this.store.roster(id);
	}

	/** The signed-in agent's own shifts: nobody reads another's schedule here. */
	@GetMapping("/api/workforce/my-schedule")
	List<Map<String, Object>> mySchedule(@RequestParam(required = false) String month, Actor actor) {
		return this.store.schedule(actor.username(), month(month));
	}

	private static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			throw Problem.invalid("workforce.month-required");
		}
		try {
			return YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("workforce.bad-month", month);
		}
	}

	/** The contact forecast's agents per half hour; 400 where there is no forecast. */
	private List<DemandInterval> forecastDemand(YearMonth month) {
		ForecastDemand source = this.forecast.getIfAvailable();
		List<ForecastDemand.Need> needs = (source != null) ? source.month(month, INTERVAL_MINUTES) : List.of();
		if (needs.isEmpty()) {
			throw Problem.invalid("workforce.roster.no-forecast", month);
		}
		LocalDateTime first = month.atDay(1).atStartOfDay();
		List<DemandInterval> intervals = new ArrayList<>(needs.size());
		for (ForecastDemand.Need need : needs) {
			int index = (int) (Duration.between(first, need.start()).toMinutes() / INTERVAL_MINUTES);
			intervals.add(new DemandInterval(DemandInterval.GENERAL, index, need.start(), need.agents(), 1));
		}
		return intervals;
	}

	private static List<DemandInterval> demand(YearMonth month, List<DemandBody> demand) {
		if (demand == null || demand.isEmpty()) {
			throw Problem.invalid("workforce.demand-required");
		}
		LocalDateTime first = month.atDay(1).atStartOfDay();
		LocalDateTime end = month.plusMonths(1).atDay(1).atStartOfDay();
		List<DemandInterval> intervals = new ArrayList<>(demand.size());
		Set<String> seen = new java.util.HashSet<>();
		for (DemandBody interval : demand) {
			if (interval == null || interval.start() == null || interval.start().isBefore(first)
					|| !interval.start().isBefore(end) || interval.start().getMinute() % INTERVAL_MINUTES != 0
					|| interval.start().getSecond() != 0) {
				throw Problem.invalid("workforce.bad-interval", (interval != null) ? interval.start() : null, month);
			}
			if (interval.required() < 0 || interval.required() > 10_000) {
				throw Problem.invalid("workforce.bad-required", interval.start(), interval.required());
			}
			String queue = (interval.queue() != null) ? interval.queue() : DemandInterval.GENERAL;
			int index = (int) (Duration.between(first, interval.start()).toMinutes() / INTERVAL_MINUTES);
			if (!seen.add(queue + "@" + index)) {
				throw Problem.invalid("workforce.duplicate-interval", interval.start());
			}
			int weight = (interval.weight() != null) ? interval.weight() : 1;
			if (weight < 1 || weight > 100) {
				throw Problem.invalid("workforce.bad-weight", interval.start(), weight);
			}
			intervals.add(new DemandInterval(queue, index, interval.start(), interval.required(), weight));
		}
		return intervals;
	}

	record SolveBody(String month, Integer seconds, List<DemandBody> demand, String demandFrom) {
	}

	record DemandBody(LocalDateTime start, int required, String queue, Integer weight) {
	}

}
