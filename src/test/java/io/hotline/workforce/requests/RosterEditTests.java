package io.hotline.workforce.requests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.AgentDay;
import io.hotline.workforce.roster.DemandInterval;
import io.hotline.workforce.roster.RosterSolver;
import io.hotline.workforce.roster.ShiftKind;
import io.hotline.workforce.roster.ShiftTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published roster rebuilt and changed: the cover kept as the demand, what a leave
 * unpins, the shifts a swap exchanges, and a swap that breaks the 11 hours' rest.
 */
class RosterEditTests {

	static final ShiftTemplate D9 = new ShiftTemplate("D9", "白班", LocalTime.of(9, 0), Duration.ofHours(8),
			ShiftKind.DAY, null);

	static final ShiftTemplate L15 = new ShiftTemplate("L15", "晚班", LocalTime.of(15, 0), Duration.ofHours(8),
			ShiftKind.LATE, null);

	static final ShiftTemplate E7 = new ShiftTemplate("E7", "早班", LocalTime.of(7, 0), Duration.ofHours(8),
			ShiftKind.EARLY, null);

	static final YearMonth MONTH = YearMonth.of(2034, 3);

	@Test
	void theCoverOfTheTouchedDaysIsTheDemand() {
		PublishedMonth roster = roster(Map.of("a", Map.of(day(2), "D9"), "b", Map.of(day(2), "D9", day(3), "L15")));
		List<DemandInterval> demand = RosterEdit.cover(roster, Map.of("D9", D9, "L15", L15), MONTH.atDay(1),
				MONTH.lengthOfMonth(), Set.of(day(2)));
		assertThat(demand).hasSize(48);
		assertThat(demand).filteredOn((interval) -> interval.required() == 2)
			.extracting((interval) -> interval.start().toLocalTime())
			.hasSize(16)
			.startsWith(LocalTime.of(9, 0))
			.endsWith(LocalTime.of(16, 30));
		assertThat(demand).allMatch((interval) -> interval.start().toLocalDate().equals(day(2)));
	}

	@Test
	void leaveUnpinsOnlyTheOthersSameDays() {
		RosterEdit edit = edit(Map.of("a", Map.of(day(2), "D9", day(5), "D9"), "b", Map.of(day(2), "L15")),
				Set.of(day(2)));
		edit.leave("a", day(2), day(3));
		for (AgentDay agentDay : edit.roster().getAgentDays()) {
			boolean free = agentDay.getAgent().id().equals("b")
					&& (agentDay.getDate().equals(day(2)) || agentDay.getDate().equals(day(3)));
			assertThat(agentDay.isPinned()).as(agentDay.toString()).isEqualTo(!free);
		}
		assertThat(shift(edit, "a", day(2))).isNull();
		assertThat(shift(edit, "a", day(5))).isEqualTo(D9);
	}

	@Test
	void aSwapExchangesTheShiftsAndTheRulesSeeIt() {
		RosterEdit edit = edit(
				Map.of("a", Map.of(day(2), "L15", day(3), "L15"), "b", Map.of(day(3), "E7"), "c", Map.of(day(1), "D9")),
				Set.of());
		RosterSolver solver = new RosterSolver(Duration.ofSeconds(1));
		assertThat(solver.brokenRules(edit.roster())).isEmpty();
		edit.swap("a", day(3), "b", day(3));
		assertThat(shift(edit, "a", day(3))).isEqualTo(E7);
		assertThat(shift(edit, "b", day(3))).isEqualTo(L15);
		assertThat(solver.brokenRules(edit.roster())).containsKey("11 hours rest");

		edit.swap("c", day(1), "b", day(3));
		assertThat(shift(edit, "c", day(1))).isNull();
		assertThat(shift(edit, "c", day(3))).isEqualTo(L15);
		assertThat(shift(edit, "b", day(1))).isEqualTo(D9);
		assertThat(shift(edit, "b", day(3))).isNull();
	}

	private static ShiftTemplate shift(RosterEdit edit, String agent, LocalDate date) {
		return edit.roster().agentDay(agent, date.getDayOfMonth() - 1).getShift();
	}

	private static RosterEdit edit(Map<String, Map<LocalDate, String>> shifts, Set<LocalDate> touched) {
		List<Agent> agents = shifts.keySet()
			.stream()
			.sorted()
			.map((id) -> new Agent(id, id, "一组", Set.of(), 2400, 10560, Set.of(), Set.<DayOfWeek>of(),
					Set.<ShiftKind>of()))
			.toList();
		return RosterEdit.of(roster(shifts), agents, List.of(E7, D9, L15), (date) -> date.getDayOfWeek().getValue() > 5,
				touched);
	}

	private static PublishedMonth roster(Map<String, Map<LocalDate, String>> shifts) {
		return new PublishedMonth(1, MONTH, new java.util.TreeSet<>(shifts.keySet()), new TreeMap<>(shifts));
	}

	private static LocalDate day(int day) {
		return MONTH.atDay(day);
	}

}
