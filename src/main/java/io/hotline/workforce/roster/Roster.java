package io.hotline.workforce.roster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * preferences, fairness. The previous month's last days, where carried over, are pinned
 * agent-days of their own: the rules across the month's start count them, the solver
 * never changes them.
 */
@PlanningSolution
public class Roster {

	/**
	 * The previous month's last days the rules can reach: 5 working days in a row, the
	 * week that straddles the month's start (at most 6 days before it) and 11 hours'
	 * rest.
	 */
	public static final int CARRIED_DAYS = 6;

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

	@PlanningEntityCollectionProperty
	private List<AgentDay> carriedDays = new ArrayList<>();

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

	/** The previous month's days carried over (pinned), each with its shift. */
	public List<AgentDay> getCarriedDays() {
		return this.carriedDays;
	}

	/**
	 * Carries over a shift of the previous month's published roster: a pinned day before
	 * the month, for an agent of this roster, within {@link #CARRIED_DAYS} of its start
	 * (others are ignored: no rule reaches them).
	 */
	public void carryOver(String agentId, LocalDate date, ShiftTemplate shift) {
		int day = (int) ChronoUnit.DAYS.between(this.month.first(), date);
		if (shift == null || day >= 0 || day < -CARRIED_DAYS) {
			return;
		}
		this.agents.stream().filter((agent) -> agent.id().equals(agentId)).findFirst().ifPresent((agent) -> {
			if (!this.shifts.contains(shift)) {
				// a template no longer offered: in the value range (a pinned value must
				// be),
				// the month's own days may not take it (rule "offered shift")
				List<ShiftTemplate> shifts = new ArrayList<>(this.shifts);
				shifts.add(shift);
				this.shifts = shifts;
			}
			AgentDay carried = new AgentDay(agent, day, this.month);
			carried.setShift(shift);
			carried.setPinned(true);
			this.carriedDays.add(carried);
		});
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
