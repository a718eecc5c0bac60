package io.hotline.workforce.roster.web;

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
import io.hotline.workforce.roster.RosterResult;
import io.hotline.workforce.roster.RosterSolver;
import io.hotline.workforce.roster.ShiftTemplate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rosters: team leaders (SUPERVISOR, ADMIN) solve a month's roster from the demand per 30
 * minutes and publish it; every agent reads their own shifts in the published roster.
 */
@RestController
class RosterController {

	private static final int INTERVAL_MINUTES = 30;

	private static final int MAX_SECONDS = 120;

	private final RosterStore store;

	private final WorkingCalendar calendar;

	RosterController(RosterStore store, WorkingCalendar calendar) {
		this.store = store;
		this.calendar = calendar;
	}

	@PostMapping("/api/workforce/rosters")
	Map<String, Object> solve(@RequestBody(required = false) SolveBody body, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (body == null) {
			throw Problem.invalid("workforce.month-required");
		}
		YearMonth month = month(body.month());
		int seconds = (body.seconds() != null) ? body.seconds() : 30;
		if (seconds < 1 || seconds > MAX_SECONDS) {
			throw Problem.invalid("workforce.bad-seconds", 1, MAX_SECONDS);
		}
		List<ShiftTemplate> shifts = this.store.shifts();
		List<Agent> agents = this.store.agents(month);
		if (agents.isEmpty()) {
			throw Problem.invalid("workforce.no-agents");
		}
		RosterMonth rosterMonth = new RosterMonth(month.atDay(1), month.lengthOfMonth(), INTERVAL_MINUTES,
				(date) -> !this.calendar.isWorkingDay(date), demand(month, body.demand()), shifts);
		RosterResult result = new RosterSolver(Duration.ofSeconds(seconds))
			.solve(new Roster(rosterMonth, agents, shifts));
		long id = this.store.saveDraft(month, result, actor);
		Map<String, Object> solved = new LinkedHashMap<>(this.store.roster(id));
		solved.put("seconds", result.took().toMillis() / 1000.0);
		return solved;
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

	record SolveBody(String month, Integer seconds, List<DemandBody> demand) {
	}

	record DemandBody(LocalDateTime start, int required, String queue, Integer weight) {
	}

}
