package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.AgentDay;
import io.hotline.workforce.roster.DemandInterval;
import io.hotline.workforce.roster.Roster;
import io.hotline.workforce.roster.RosterMonth;
import io.hotline.workforce.roster.ShiftTemplate;

/**
 * A published roster rebuilt for the solver and changed by a request. The demand of a
 * re-solve is the cover the published roster gave on the days the change touches (agents
 * per 30 minutes and queue), so the solver is asked to keep that cover with the agents
 * whose same days are left free; every other agent-day is pinned.
 */
final class RosterEdit {

	static final int INTERVAL_MINUTES = 30;

	private final Roster roster;

	private RosterEdit(Roster roster) {
		this.roster = roster;
	}

	/**
	 * @param touched the days whose cover is kept as the demand (none: no demand, for a
	 * change checked against the rules only)
	 */
	static RosterEdit of(PublishedMonth published, List<Agent> agents, List<ShiftTemplate> shifts,
			Predicate<LocalDate> restDay, Set<LocalDate> touched) {
		LocalDate first = published.month().atDay(1);
		int days = published.month().lengthOfMonth();
		Map<String, ShiftTemplate> byCode = new HashMap<>();
		shifts.forEach((shift) -> byCode.put(shift.code(), shift));
		List<DemandInterval> demand = cover(published, byCode, first, days, touched);
		Roster roster = new Roster(new RosterMonth(first, days, INTERVAL_MINUTES, restDay, demand, shifts), agents,
				shifts);
		for (AgentDay day : roster.getAgentDays()) {
			published.shift(day.getAgent().id(), day.getDate()).map(byCode::get).ifPresent(day::setShift);
		}
		roster.pinAllExcept((day) -> false);
		return new RosterEdit(roster);
	}

	Roster roster() {
		return this.roster;
	}

	/**
	 * Leave: the agent's days become days off (pinned); the other agents' same days are
	 * left to the solver, every other day pinned.
	 */
	void leave(String agent, LocalDate from, LocalDate to) {
		this.roster.pinAllExcept((day) -> !day.getAgent().id().equals(agent) && !day.getDate().isBefore(from)
				&& !day.getDate().isAfter(to));
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			day(agent, date).setShift(null);
		}
	}

	/** Overtime: the shift offered, pinned like every day. */
	void work(String agent, LocalDate date, ShiftTemplate shift) {
		day(agent, date).setShift(shift);
	}

	/**
	 * A swap: the requester works the partner's shift on the partner's day, the partner
	 * the requester's on the requester's day (and the same day's shifts change hands).
	 */
	void swap(String requester, LocalDate day, String partner, LocalDate partnerDay) {
		AgentDay mine = day(requester, day);
		AgentDay theirs = day(partner, partnerDay);
		ShiftTemplate given = mine.getShift();
		ShiftTemplate taken = theirs.getShift();
		if (day.equals(partnerDay)) {
			mine.setShift(taken);
			theirs.setShift(given);
			return;
		}
		mine.setShift(null);
		theirs.setShift(null);
		day(requester, partnerDay).setShift(taken);
		day(partner, day).setShift(given);
	}

	private AgentDay day(String agent, LocalDate date) {
		return this.roster.agentDay(agent, (int) ChronoUnit.DAYS.between(this.roster.getMonth().first(), date));
	}

	/**
	 * The agents per interval and queue the published roster puts on the touched days (a
	 * shift covers the intervals it spans in full).
	 */
	static List<DemandInterval> cover(PublishedMonth published, Map<String, ShiftTemplate> shifts, LocalDate first,
			int days, Set<LocalDate> touched) {
		int perDay = 1440 / INTERVAL_MINUTES;
		Set<String> queues = new LinkedHashSet<>();
		shifts.values().forEach((shift) -> queues.add(shift.queue()));
		Map<String, int[]> agents = new HashMap<>();
		queues.forEach((queue) -> agents.put(queue, new int[days * perDay]));
		published.shifts().values().forEach((byDay) -> byDay.forEach((date, code) -> {
			ShiftTemplate shift = shifts.get(code);
			int day = (int) ChronoUnit.DAYS.between(first, date);
			if (shift == null || day < 0 || day >= days) {
				return;
			}
			int start = day * 1440 + shift.start().toSecondOfDay() / 60;
			int[] queue = agents.get(shift.queue());
			for (int index = (start + INTERVAL_MINUTES - 1) / INTERVAL_MINUTES; index < Math
				.min((start + shift.minutes()) / INTERVAL_MINUTES, queue.length); index++) {
				queue[index]++;
			}
		}));
		List<DemandInterval> demand = new ArrayList<>();
		for (LocalDate date : touched) {
			int day = (int) ChronoUnit.DAYS.between(first, date);
			if (day < 0 || day >= days) {
				continue;
			}
			for (String queue : queues) {
				for (int index = day * perDay; index < (day + 1) * perDay; index++) {
					demand.add(new DemandInterval(queue, index,
							first.atStartOfDay().plusMinutes((long) index * INTERVAL_MINUTES), agents.get(queue)[index],
							1));
				}
			}
		}
		return demand;
	}

}
