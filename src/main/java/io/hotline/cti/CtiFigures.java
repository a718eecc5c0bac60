package io.hotline.cti;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.workorder.CallerMask;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the calls per interval (offered, answered, abandoned, service level,
 * handling time, speed of answer, occupancy), and the calls behind each: for team
 * leaders, analysts and administrators (docs/cti.md).
 */
@Service
public class CtiFigures {

	/** A report covers at most this many days. */
	static final int MOST_DAYS = 92;

	/** The calls' list sorts by these (as asked: as SQL). */
	public static final Map<String, String> SORTS = Map.of("offeredAt", "o", "waitSeconds", "wait_seconds nulls last",
			"handlingSeconds", "talk_seconds + wrap_up_seconds nulls last", "agent", "agent nulls last", "queue",
			"queue nulls last", "outcome", "detail");

	/** The outcomes a list of calls asks for, and the calls' outcomes each takes in. */
	private static final Map<String, List<String>> OUTCOMES = Map.of("ANSWERED",
			List.of("ANSWERED_IN_TIME", "ANSWERED_LATE"), "ANSWERED_IN_TIME", List.of("ANSWERED_IN_TIME"),
			"ANSWERED_LATE", List.of("ANSWERED_LATE"), "ABANDONED", List.of("ABANDONED", "SHORT_ABANDONED"),
			"SHORT_ABANDONED", List.of("SHORT_ABANDONED"), "WAITING", List.of("WAITING"), "OFFERED",
			List.of("ANSWERED_IN_TIME", "ANSWERED_LATE", "ABANDONED", "SHORT_ABANDONED", "WAITING"));

	/** At most this many calls in one export. */
	public static final int MOST_EXPORTED = 10_000;

	private final CallFacts facts;

	private final AgentStates states;

	private final CtiSettings settings;

	private final Clock clock;

	CtiFigures(CallFacts facts, AgentStates states, CtiSettings settings, Clock clock) {
		this.facts = facts;
		this.states = states;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The figures per interval of the period and their totals: {@code from}, {@code to}
	 * (days or local date-times, Beijing time), {@code minutes} (5, 15 or 30),
	 * {@code queue} (all where absent), {@code serviceLevelSeconds} (the setting where
	 * absent).
	 */
	@Transactional(readOnly = true)
	public Report intervals(String from, String to, String minutes, String queue, String serviceLevelSeconds,
			Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		Period period = Period.of(from, to, minutes, this.clock.instant(), MOST_DAYS);
		CallFacts.Scope scope = scope(period.start(), period.end(), queue, serviceLevelSeconds);
		List<Tally> tallies = tallies(period, scope, true);
		Tally total = new Tally();
		List<Interval> intervals = new ArrayList<>();
		for (int i = 0; i < tallies.size(); i++) {
			LocalDateTime start = period.from().plusMinutes((long) i * period.minutes());
			LocalDateTime end = start.plusMinutes(period.minutes());
			intervals.add(new Interval(start, end.isAfter(period.to()) ? period.to() : end, tallies.get(i).figures()));
			total.add(tallies.get(i));
		}
		return new Report(period.from(), period.to(), period.minutes(), scope.queue(), scope.targetSeconds(),
				scope.shortAbandonSeconds(), total.figures(), intervals);
	}

	/**
	 * The calls offered in the period (of the queue) with the outcome asked
	 * ({@code ANSWERED}, {@code ANSWERED_IN_TIME}, {@code ANSWERED_LATE},
	 * {@code ABANDONED}, {@code SHORT_ABANDONED}, {@code WAITING}; all offered where
	 * absent), a page of them; the callers' numbers masked as on orders.
	 */
	@Transactional(readOnly = true)
	public CallPage calls(String from, String to, String queue, String outcome, String serviceLevelSeconds,
			ListParameters page, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		CallFacts.Scope scope = callScope(from, to, queue, serviceLevelSeconds);
		List<String> details = outcomes(outcome);
		List<CallLine> calls = new ArrayList<>();
		this.facts.each(scope, details, order(page), page.offset(), page.limit(),
				(call) -> calls.add(call.withCaller(CallerMask.phone(call.caller(), actor))));
		return new CallPage(calls, this.facts.count(scope, details), page.offset(), page.limit());
	}

	/**
	 * Every call the list selects (as {@link #calls}), at most {@link #MOST_EXPORTED}:
	 * more is refused, asking for a narrower period; answers how many.
	 */
	@Transactional(readOnly = true)
	public long eachCall(String from, String to, String queue, String outcome, String serviceLevelSeconds,
			ListParameters page, Actor actor, Consumer<CallLine> each) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		CallFacts.Scope scope = callScope(from, to, queue, serviceLevelSeconds);
		List<String> details = outcomes(outcome);
		long count = this.facts.count(scope, details);
		if (count > MOST_EXPORTED) {
			throw Problem.invalid("cti.export-too-many", MOST_EXPORTED, count);
		}
		List<CallLine> calls = new ArrayList<>();
		this.facts.each(scope, details, order(page), 0, MOST_EXPORTED,
				(call) -> calls.add(call.withCaller(CallerMask.phone(call.caller(), actor))));
		calls.forEach(each);
		return count;
	}

	/**
	 * The figures of the calls offered from {@code from} to {@code to} (of one queue, or
	 * all: null): no interval. No role is checked: the calling module answers for who
	 * sees them.
	 */
	public Figures window(Instant from, Instant to, String queue) {
		CallFacts.Scope scope = scope(from, to, queue, null);
		Tally tally = this.facts.tallies(scope, (int) Duration.between(from, to).toSeconds() + 1)
			.getOrDefault(0, new Tally());
		for (AgentStates.Span span : this.states.spans(from, to)) {
			double seconds = span.secondsWithin(from, to);
			tally.staffedSeconds += span.state().staffed() ? seconds : 0;
			tally.busySeconds += span.state().busy() ? seconds : 0;
		}
		return tally.figures();
	}

	/**
	 * The figures of each interval of the period, for the module's API; the agents'
	 * occupancy only where {@code withAgents}.
	 */
	List<Interval> intervals(Period period, String queue, boolean withAgents) {
		List<Tally> tallies = tallies(period, scope(period.start(), period.end(), queue, null), withAgents);
		List<Interval> intervals = new ArrayList<>();
		for (int i = 0; i < tallies.size(); i++) {
			LocalDateTime start = period.from().plusMinutes((long) i * period.minutes());
			LocalDateTime end = start.plusMinutes(period.minutes());
			intervals.add(new Interval(start, end.isAfter(period.to()) ? period.to() : end, tallies.get(i).figures()));
		}
		return intervals;
	}

	/** The tallies of each interval, the agents' time in them included. */
	private List<Tally> tallies(Period period, CallFacts.Scope scope, boolean withAgents) {
		int size = period.minutes() * 60;
		Map<Integer, Tally> counted = this.facts.tallies(scope, size);
		List<Tally> tallies = new ArrayList<>();
		for (int i = 0; i < period.intervals(); i++) {
			tallies.add(counted.getOrDefault(i, new Tally()));
		}
		if (!withAgents) {
			return tallies;
		}
		Instant start = period.start();
		for (AgentStates.Span span : this.states.spans(start, period.end())) {
			if (!span.state().staffed()) {
				continue;
			}
			int first = (int) (Duration.between(start, span.start()).toSeconds() / size);
			int last = (int) ((Duration.between(start, span.end()).toMillis() - 1) / 1000 / size);
			for (int i = Math.max(0, first); i <= last && i < tallies.size(); i++) {
				Instant from = start.plusSeconds((long) i * size);
				double seconds = span.secondsWithin(from, from.plusSeconds(size));
				tallies.get(i).staffedSeconds += seconds;
				tallies.get(i).busySeconds += span.state().busy() ? seconds : 0;
			}
		}
		return tallies;
	}

	private CallFacts.Scope callScope(String from, String to, String queue, String serviceLevelSeconds) {
		if (Calls.blankToNull(from) == null) {
			throw Problem.invalid("request.required", "from");
		}
		Period period = Period.exact(from, to, null, this.clock.instant(), MOST_DAYS);
		return scope(period.start(), period.end(), queue, serviceLevelSeconds);
	}

	private CallFacts.Scope scope(Instant from, Instant to, String queue, String serviceLevelSeconds) {
		int target = this.settings.serviceLevelSeconds;
		if (Calls.blankToNull(serviceLevelSeconds) != null) {
			try {
				target = Integer.parseInt(serviceLevelSeconds.strip());
			}
			catch (NumberFormatException ex) {
				target = -1;
			}
			if (target < 1 || target > 3600) {
				throw Problem.invalid("cti.bad-service-level", serviceLevelSeconds);
			}
		}
		return new CallFacts.Scope(from, to, InputText.limited(Calls.blankToNull(queue), "queue", 64), target,
				this.settings.shortAbandonSeconds);
	}

	private static List<String> outcomes(String outcome) {
		String asked = Calls.blankToNull(outcome);
		if (asked == null) {
			return OUTCOMES.get("OFFERED");
		}
		List<String> details = OUTCOMES.get(asked.toUpperCase(Locale.ROOT));
		if (details == null) {
			throw Problem.invalid("cti.bad-outcome", asked);
		}
		return details;
	}

	private static String order(ListParameters page) {
		String column = SORTS.get(page.sort());
		if (column.endsWith(" nulls last")) {
			return column.replace(" nulls last", " " + page.direction() + " nulls last");
		}
		return column + " " + page.direction();
	}

	/** The figures per interval of a period, and of the whole period. */
	public record Report(LocalDateTime from, LocalDateTime to, int minutes, String queue, int serviceLevelSeconds,
			int shortAbandonSeconds, Figures totals, List<Interval> intervals) {

	}

	/** A page of the calls behind a figure, and how many in all. */
	public record CallPage(List<CallLine> calls, long total, int offset, int limit) {

	}

}
