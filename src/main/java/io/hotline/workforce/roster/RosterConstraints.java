package io.hotline.workforce.roster;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;

/**
 * The roster's rules as constraint streams. Hard: skills, approved leave, no overlapping
 * shifts, 11 hours' rest, at most 5 working days in a row, weekly and monthly hours.
 * Medium: agents missing from the demand, weighted by interval. Soft: agents beyond the
 * demand (lightly), avoided days and shift kinds, and fair shares of nights and of
 * weekends and holidays (sum of squares). Days carried over from the previous month
 * (pinned, before day 0) count only where a rule spans the month's start: rest and
 * overlap before the first days, days in a row, the week that straddles it (and the cover
 * of a night shift running into the 1st).
 */
public class RosterConstraints implements ConstraintProvider {

	static final Duration REST = Duration.ofHours(11);

	static final int MAX_DAYS_IN_A_ROW = 5;

	static final int PREFERENCE_WEIGHT = 20;

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { offered(factory), skill(factory), leave(factory), overlap(factory), rest(factory),
				daysInARow(factory), weeklyHours(factory), monthlyHours(factory), underCover(factory),
				overCover(factory), avoidedDay(factory), avoidedKind(factory), fairNights(factory),
				fairRestDays(factory) };
	}

	/**
	 * Only the month's templates: one that the previous month's carried-over days used
	 * and is no longer offered is in the value range for them alone.
	 */
	Constraint offered(ConstraintFactory factory) {
		return days(factory).filter((day) -> !day.offered())
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint("offered shift");
	}

	Constraint skill(ConstraintFactory factory) {
		return days(factory).filter((day) -> !day.getAgent().canWork(day.getShift()))
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint("skill");
	}

	Constraint leave(ConstraintFactory factory) {
		return days(factory).filter((day) -> day.getAgent().leave().contains(day.getDate()))
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint("approved leave");
	}

	/**
	 * Shifts are one a day; only a shift running past midnight can meet the next day's.
	 */
	Constraint overlap(ConstraintFactory factory) {
		return nextDays(factory, 1).filter((today, tomorrow) -> today.end().isAfter(tomorrow.start()))
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint("overlapping shifts");
	}

	/**
	 * Shifts last at most 16 hours: only the next day's shift and the one after can come
	 * too soon.
	 */
	Constraint rest(ConstraintFactory factory) {
		return nextDays(factory, 1).concat(nextDays(factory, 2))
			.filter((earlier, later) -> earlier.end().plus(REST).isAfter(later.start()))
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint("11 hours rest");
	}

	/**
	 * Runs of more than 5 working days, the previous month's last days included; a run
	 * within those alone is that month's, and the days over count only the month's own.
	 */
	Constraint daysInARow(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.toConsecutiveSequences(AgentDay::getDay))
			.flattenLast(SequenceChain::getConsecutiveSequences)
			.filter((agent, run) -> run.getCount() > MAX_DAYS_IN_A_ROW && run.getLastItem().inMonth())
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD,
					(agent, run) -> Math.min(run.getCount() - MAX_DAYS_IN_A_ROW,
							run.getLastItem().getDay() - Math.max(run.getFirstItem().getDay(), 0) + 1))
			.asConstraint("at most 5 days in a row");
	}

	/**
	 * Weeks from Monday; the one the month starts in counts the previous month's days.
	 */
	Constraint weeklyHours(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.filter((day) -> day.week() >= 0)
			.groupBy(AgentDay::getAgent, AgentDay::week, ConstraintCollectors.sum(AgentDay::minutes))
			.filter((agent, week, minutes) -> minutes > agent.weeklyMaxMinutes())
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD,
					(agent, week, minutes) -> hoursOver(minutes, agent.weeklyMaxMinutes()))
			.asConstraint("weekly hours");
	}

	Constraint monthlyHours(ConstraintFactory factory) {
		return days(factory).groupBy(AgentDay::getAgent, ConstraintCollectors.sum(AgentDay::minutes))
			.filter((agent, minutes) -> minutes > agent.monthlyMaxMinutes())
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD,
					(agent, minutes) -> hoursOver(minutes, agent.monthlyMaxMinutes()))
			.asConstraint("monthly hours");
	}

	Constraint underCover(ConstraintFactory factory) {
		return coverage(factory).filter((interval, agents) -> agents < interval.required())
			.penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
					(interval, agents) -> (long) (interval.required() - agents) * interval.weight())
			.asConstraint("under-cover");
	}

	Constraint overCover(ConstraintFactory factory) {
		return coverage(factory).filter((interval, agents) -> agents > interval.required())
			.penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (interval, agents) -> agents - interval.required())
			.asConstraint("over-cover");
	}

	Constraint avoidedDay(ConstraintFactory factory) {
		return days(factory).filter((day) -> day.getAgent().avoidedDays().contains(day.getDate().getDayOfWeek()))
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (day) -> PREFERENCE_WEIGHT)
			.asConstraint("avoided day");
	}

	Constraint avoidedKind(ConstraintFactory factory) {
		return days(factory).filter((day) -> day.getAgent().avoidedKinds().contains(day.getShift().kind()))
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (day) -> PREFERENCE_WEIGHT)
			.asConstraint("avoided shift kind");
	}

	Constraint fairNights(ConstraintFactory factory) {
		return days(factory).filter((day) -> day.getShift().kind() == ShiftKind.NIGHT)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.count())
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (agent, nights) -> nights * nights)
			.asConstraint("fair share of nights");
	}

	Constraint fairRestDays(ConstraintFactory factory) {
		return days(factory).filter(AgentDay::restDay)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.count())
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (agent, days) -> days * days)
			.asConstraint("fair share of weekends and holidays");
	}

	/** The month's own days (not those carried over). */
	private static ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream<AgentDay> days(
			ConstraintFactory factory) {
		return factory.forEach(AgentDay.class).filter(AgentDay::inMonth);
	}

	/** Agents per demand interval, intervals nobody covers included (with 0). */
	private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<DemandInterval, Integer> coverage(
			ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.flattenLast(AgentDay::covered)
			.groupBy((interval) -> interval, ConstraintCollectors.count())
			.complement(DemandInterval.class, (interval) -> 0);
	}

	/**
	 * Each shift with the agent's shift {@code days} later, the later in the month (the
	 * earlier may be carried over).
	 */
	private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<AgentDay, AgentDay> nextDays(
			ConstraintFactory factory, int days) {
		return factory.forEach(AgentDay.class)
			.join(days(factory), Joiners.equal(AgentDay::getAgent),
					Joiners.equal((day) -> day.getDay() + days, AgentDay::getDay));
	}

	private static long hoursOver(int minutes, int limit) {
		return (minutes - limit + 59) / 60;
	}

}
