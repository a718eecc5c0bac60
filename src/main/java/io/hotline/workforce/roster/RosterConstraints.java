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
 * weekends and holidays (sum of squares).
 */
public class RosterConstraints implements ConstraintProvider {

	static final Duration REST = Duration.ofHours(11);

	static final int MAX_DAYS_IN_A_ROW = 5;

	static final int PREFERENCE_WEIGHT = 20;

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { skill(factory), leave(factory), overlap(factory), rest(factory), daysInARow(factory),
				weeklyHours(factory), monthlyHours(factory), underCover(factory), overCover(factory),
				avoidedDay(factory), avoidedKind(factory), fairNights(factory), fairRestDays(factory) };
	}

	Constraint skill(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.filter((day) -> !day.getAgent().canWork(day.getShift()))
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint("skill");
	}

	Constraint leave(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.filter((day) -> day.getAgent().leave().contains(day.getDate()))
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

	Constraint daysInARow(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.toConsecutiveSequences(AgentDay::getDay))
			.flattenLast(SequenceChain::getConsecutiveSequences)
			.filter((agent, run) -> run.getCount() > MAX_DAYS_IN_A_ROW)
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD, (agent, run) -> run.getCount() - MAX_DAYS_IN_A_ROW)
			.asConstraint("at most 5 days in a row");
	}

	Constraint weeklyHours(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.groupBy(AgentDay::getAgent, AgentDay::week, ConstraintCollectors.sum(AgentDay::minutes))
			.filter((agent, week, minutes) -> minutes > agent.weeklyMaxMinutes())
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD,
					(agent, week, minutes) -> hoursOver(minutes, agent.weeklyMaxMinutes()))
			.asConstraint("weekly hours");
	}

	Constraint monthlyHours(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.sum(AgentDay::minutes))
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
		return factory.forEach(AgentDay.class)
			.filter((day) -> day.getAgent().avoidedDays().contains(day.getDate().getDayOfWeek()))
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (day) -> PREFERENCE_WEIGHT)
			.asConstraint("avoided day");
	}

	Constraint avoidedKind(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.filter((day) -> day.getAgent().avoidedKinds().contains(day.getShift().kind()))
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (day) -> PREFERENCE_WEIGHT)
			.asConstraint("avoided shift kind");
	}

	Constraint fairNights(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.filter((day) -> day.getShift().kind() == ShiftKind.NIGHT)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.count())
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (agent, nights) -> nights * nights)
			.asConstraint("fair share of nights");
	}

	Constraint fairRestDays(ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.filter(AgentDay::restDay)
			.groupBy(AgentDay::getAgent, ConstraintCollectors.count())
			.penalize(HardMediumSoftLongScore.ONE_SOFT, (agent, days) -> days * days)
			.asConstraint("fair share of weekends and holidays");
	}

	/** Agents per demand interval, intervals nobody covers included (with 0). */
	private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<DemandInterval, Integer> coverage(
			ConstraintFactory factory) {
		return factory.forEach(AgentDay.class)
			.flattenLast(AgentDay::covered)
			.groupBy((interval) -> interval, ConstraintCollectors.count())
			.complement(DemandInterval.class, (interval) -> 0);
	}

	private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<AgentDay, AgentDay> nextDays(
			ConstraintFactory factory, int days) {
		return factory.forEach(AgentDay.class)
			.join(AgentDay.class, Joiners.equal(AgentDay::getAgent),
					Joiners.equal((day) -> day.getDay() + days, AgentDay::getDay));
	}

	private static long hoursOver(int minutes, int limit) {
		return (minutes - limit + 59) / 60;
	}

}
