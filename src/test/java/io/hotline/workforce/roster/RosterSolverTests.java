package io.hotline.workforce.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small rosters solved for real: no hard rule broken, the demand covered where the agents
 * allow it, and a re-solve after a change touches only the days left unpinned.
 */
class RosterSolverTests {

	private static final List<ShiftTemplate> SHIFTS = List.of(RosterRulesTests.EARLY, RosterRulesTests.LATE,
			RosterRulesTests.NIGHT, RosterRulesTests.ENGLISH);

	private final RosterSolver solver = new RosterSolver(Duration.ofSeconds(2));

	@Test
	void solvesAWeekWithoutBreakingARule() {
		RosterResult result = this.solver.solve(twoWeeks());
		assertThat(result.hardViolations()).isZero();
		assertThat(result.score().hardScore()).isZero();
		assertThat(result.hoursUnder()).isZero();
		// the agent without English never works the English line
		assertThat(result.roster().getAgentDays())
			.filteredOn((day) -> day.getAgent().id().equals("A1") && day.getShift() != null)
			.allSatisfy((day) -> assertThat(day.getShift()).isNotEqualTo(RosterRulesTests.ENGLISH));
	}

	@Test
	void aResolveChangesOnlyWhatIsUnpinned() {
		Roster roster = this.solver.solve(twoWeeks()).roster();
		Map<String, ShiftTemplate> before = new HashMap<>();
		roster.getAgentDays().forEach((day) -> before.put(day.getId(), day.getShift()));
		AgentDay working = roster.getAgentDays()
			.stream()
			.filter((day) -> day.getShift() != null && day.getDay() == 3)
			.findFirst()
			.orElseThrow();
		// the agent's leave approved for that day: the other agents' same day may move,
		// nothing else
		Agent onLeave = working.getAgent();
		Agent withLeave = new Agent(onLeave.id(), onLeave.name(), onLeave.group(), onLeave.skills(),
				onLeave.weeklyMaxMinutes(), onLeave.monthlyMaxMinutes(), Set.of(working.getDate()),
				onLeave.avoidedDays(), onLeave.avoidedKinds());
		Roster changed = new Roster(roster.getMonth(),
				roster.getAgents()
					.stream()
					.map((agent) -> agent.id().equals(onLeave.id()) ? withLeave : agent)
					.toList(),
				roster.getShifts());
		changed.getAgentDays().forEach((day) -> day.setShift(before.get(day.getId())));
		changed.pinAllExcept((day) -> day.getDay() == 3);
		RosterResult result = this.solver.solve(changed);
		assertThat(result.hardViolations()).isZero();
		assertThat(result.roster().agentDay(onLeave.id(), 3).getShift()).isNull();
		for (AgentDay day : result.roster().getAgentDays()) {
			if (day.getDay() != 3) {
				assertThat(day.getShift()).as(day.getId()).isEqualTo(before.get(day.getId()));
			}
		}
	}

	/** Ten agents, two weeks, two agents wanted 07:00–23:00 and one at night. */
	private static Roster twoWeeks() {
		List<DemandInterval> demand = new ArrayList<>();
		RosterMonth empty = RosterRulesTests.month(List.of());
		for (int day = 0; day < 14; day++) {
			for (int slot = 0; slot < 48; slot++) {
				int index = day * 48 + slot;
				// nobody before the first morning: no night shift ran into it
				int required = (slot >= 14 && slot < 46) ? 2 : (day == 0 && slot < 14) ? 0 : 1;
				demand.add(new DemandInterval(DemandInterval.GENERAL, index, empty.intervalStart(index), required, 1));
			}
		}
		RosterMonth month = new RosterMonth(RosterRulesTests.MONDAY, 14, 30, Set.of(), demand, SHIFTS);
		List<Agent> agents = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			agents.add(RosterRulesTests.agent("A" + i, (i % 2 == 0) ? Set.of("普通话", "英语") : Set.of("普通话")));
		}
		return new Roster(month, agents, SHIFTS);
	}

}
