package io.hotline.workforce.roster;

import java.time.Duration;
import java.time.LocalDate;
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

	@Test
	void thePreviousMonthsLastDaysBindTheFirstDays() {
		// 1 November 2026; two agents wanted 07:00–15:00 on the 1st, one before 07:00
		RosterMonth empty = new RosterMonth(LocalDate.of(2026, 11, 1), 3, 30, Set.of(), List.of(), SHIFTS);
		List<DemandInterval> demand = new ArrayList<>();
		for (int slot = 0; slot < 30; slot++) {
			demand.add(new DemandInterval(DemandInterval.GENERAL, slot, empty.intervalStart(slot), (slot < 14) ? 1 : 2,
					1));
		}
		RosterMonth month = new RosterMonth(empty.first(), 3, 30, Set.of(), demand, SHIFTS);
		List<Agent> agents = List.of(RosterRulesTests.agent("A1", Set.of("普通话")),
				RosterRulesTests.agent("A2", Set.of("普通话")), RosterRulesTests.agent("A3", Set.of("普通话")));
		Roster roster = new Roster(month, agents, SHIFTS);
		// A1 worked the last five days of October; A2 the night of the 31st, on a
		// template
		// no longer offered (22:00–07:00)
		for (int day = 26; day <= 31; day++) {
			roster.carryOver("A1", LocalDate.of(2026, 10, day), (day > 26) ? RosterRulesTests.EARLY : null);
		}
		ShiftTemplate oldNight = RosterRulesTests.shift("N22-OLD", 22, 9, ShiftKind.NIGHT, null);
		roster.carryOver("A2", LocalDate.of(2026, 10, 31), oldNight);
		roster.carryOver("A3", LocalDate.of(2026, 10, 1), RosterRulesTests.EARLY);
		assertThat(roster.getCarriedDays()).hasSize(6);
		RosterResult result = new RosterSolver(Duration.ofSeconds(1)).solve(roster);
		assertThat(result.hardViolations()).isZero();
		// A1 is off on the 1st; A2 has no early or day shift; A3 alone takes the early
		assertThat(result.roster().agentDay("A1", 0).getShift()).isNull();
		assertThat(result.roster().agentDay("A2", 0).getShift()).isNotIn(RosterRulesTests.EARLY, RosterRulesTests.LATE,
				RosterRulesTests.ENGLISH);
		assertThat(result.roster().agentDay("A3", 0).getShift()).isEqualTo(RosterRulesTests.EARLY);
		// the night before the 1st covers its first hours: 8 agent-hours missing only
		assertThat(result.hoursUnder()).isEqualTo(8.0);
		assertThat(result.roster().getCarriedDays()).allSatisfy((day) -> assertThat(day.getDay()).isNegative())
			.extracting(AgentDay::getShift)
			.containsOnly(RosterRulesTests.EARLY, oldNight);
		assertThat(result.roster().getAgentDays()).allSatisfy((day) -> assertThat(day.getDay()).isNotNegative());
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
