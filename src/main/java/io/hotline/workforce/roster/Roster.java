package io.hotline.workforce.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A month's roster (排班): every agent on every day, the shift templates and the demand.
 * Hard: the rules of work; medium: agents missing from the demand; soft: over-cover,
 * preferences, fairness.
 */
@PlanningSolution
public class Roster {

	private RosterMonth month;

	@ProblemFactCollectionProperty
	private List<Agent> agents;

	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<ShiftTemplate> shifts;

	@ProblemFactCollectionProperty
	private List<DemandInterval> demand;

	@PlanningEntityCollectionProperty
	private List<AgentDay> agentDays;

	@PlanningScore
	private HardMediumSoftLongScore score;

	Roster() {
	}

	public Roster(RosterMonth month, List<Agent> agents, List<ShiftTemplate> shifts) {
		this.month = month;
		this.agents = List.copyOf(agents);
		this.shifts = List.copyOf(shifts);
		this.demand = month.demand();
		this.agentDays = new ArrayList<>(agents.size() * month.days());
		for (Agent agent : agents) {
			for (int day = 0; day < month.days(); day++) {
				this.agentDays.add(new AgentDay(agent, day, month));
			}
		}
	}

	public RosterMonth getMonth() {
		return this.month;
	}

	public List<Agent> getAgents() {
		return this.agents;
	}

	public List<ShiftTemplate> getShifts() {
		return this.shifts;
	}

	public List<AgentDay> getAgentDays() {
		return this.agentDays;
	}

	public HardMediumSoftLongScore getScore() {
		return this.score;
	}

	public AgentDay agentDay(String agentId, int day) {
		return this.agentDays.stream()
			.filter((agentDay) -> agentDay.getAgent().id().equals(agentId) && agentDay.getDay() == day)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no such agent day: " + agentId + "@" + day));
	}

	/**
	 * Pins every agent-day except those a change touches, so that solving again changes
	 * only those (e.g. an approved leave: the agent's days around it and the others' same
	 * days).
	 */
	public void pinAllExcept(Predicate<AgentDay> touched) {
		for (AgentDay agentDay : this.agentDays) {
			agentDay.setPinned(!touched.test(agentDay));
		}
	}

}
