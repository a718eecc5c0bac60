package io.hotline.workforce.roster;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A solved roster and what it achieved: how long it took, the hard rules broken (count of
 * matches), and the agent-hours under and over the demand (each agent missing from, or
 * beyond, an interval's requirement counts the interval's length).
 */
public record RosterResult(Roster roster, Duration took, long hardViolations, double hoursUnder, double hoursOver) {

	static RosterResult of(Roster roster, Duration took, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
		long hard = analysis.constraintMap()
			.values()
			.stream()
			.filter((constraint) -> constraint.score().hardScore() < 0)
			.mapToLong((constraint) -> constraint.matchCount())
			.sum();
		Map<DemandInterval, Integer> agents = new HashMap<>();
		// the previous month's last days carried over: a night shift covers the 1st's
		// first
		// hours
		for (List<AgentDay> days : List.of(roster.getAgentDays(), roster.getCarriedDays())) {
			for (AgentDay day : days) {
				for (DemandInterval interval : day.covered()) {
					agents.merge(interval, 1, Integer::sum);
				}
			}
		}
		double hours = roster.getMonth().intervalMinutes() / 60.0;
		long under = 0;
		long over = 0;
		for (DemandInterval interval : roster.getMonth().demand()) {
			int present = agents.getOrDefault(interval, 0);
			under += Math.max(0, interval.required() - present);
			over += Math.max(0, present - interval.required());
		}
		return new RosterResult(roster, took, hard, under * hours, over * hours);
	}

	public HardMediumSoftLongScore score() {
		return this.roster.getScore();
	}

}
