package io.hotline.workforce.roster;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the roster broken on a small problem (and kept, where keeping it is not
 * obvious).
 */
class RosterRulesTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

	static final ShiftTemplate EARLY = shift("E7", 7, 8, ShiftKind.EARLY, null);

	static final ShiftTemplate EARLY_SIX = shift("E6", 6, 8, ShiftKind.EARLY, null);

	static final ShiftTemplate LATE = shift("L15", 15, 8, ShiftKind.LATE, null);

	static final ShiftTemplate NIGHT = shift("N22", 22, 9, ShiftKind.NIGHT, null);

	static final ShiftTemplate ENGLISH = shift("EN9", 9, 8, ShiftKind.DAY, "英语");

	static final List<ShiftTemplate> SHIFTS = List.of(EARLY, EARLY_SIX, LATE, NIGHT, ENGLISH);

	private final ConstraintVerifier<RosterConstraints, Roster> verifier = ConstraintVerifier
		.build(new RosterConstraints(), Roster.class, AgentDay.class);

	private final RosterMonth month = month(List.of());

	@Test
	void skills() {
		Agent speaksEnglish = agent("A1", Set.of("普通话", "英语"));
		this.verifier.verifyThat(RosterConstraints::skill)
			.given(day(agent("A2", Set.of("普通话")), 0, ENGLISH), day(speaksEnglish, 1, ENGLISH))
			.penalizesBy(1);
	}

	@Test
	void approvedLeave() {
		Agent onLeave = new Agent("A1", "坐席1", "一组", Set.of("普通话"), 40 * 60, 176 * 60, Set.of(MONDAY.plusDays(2)),
				Set.of(), Set.of());
		this.verifier.verifyThat(RosterConstraints::leave)
			.given(day(onLeave, 1, EARLY), day(onLeave, 2, EARLY), day(onLeave, 3, null))
			.penalizesBy(1);
	}

	@Test
	void noOverlappingShifts() {
		Agent agent = agent("A1", Set.of("普通话"));
		// 22:00–07:00, then 06:00 the next morning
		this.verifier.verifyThat(RosterConstraints::overlap)
			.given(day(agent, 0, NIGHT), day(agent, 1, EARLY_SIX))
			.penalizesBy(1);
		this.verifier.verifyThat(RosterConstraints::overlap)
			.given(day(agent, 0, LATE), day(agent, 1, EARLY))
			.penalizesBy(0);
	}

	@Test
	void elevenHoursRest() {
		Agent agent = agent("A1", Set.of("普通话"));
		// 15:00–23:00, then 07:00: 8 hours' rest
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(day(agent, 0, LATE), day(agent, 1, EARLY))
			.penalizesBy(1);
		// 16:00 for 16 hours (to 08:00 the day after), a day off, then 06:00 the day
		// after that: 22 hours
		ShiftTemplate longLate = shift("X16", 16, 16, ShiftKind.LATE, null);
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(day(agent, 0, longLate), day(agent, 2, EARLY_SIX))
			.penalizesBy(0);
		// 23:00 for 16 hours ends 15:00 the next day; 01:00 two days on comes 10 hours
		// later
		ShiftTemplate longNight = shift("X23", 23, 16, ShiftKind.NIGHT, null);
		ShiftTemplate veryEarly = shift("X1", 1, 8, ShiftKind.EARLY, null);
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(day(agent, 0, longNight), day(agent, 2, veryEarly))
			.penalizesBy(1);
		// 07:00–15:00, then 15:00 the next day: 24 hours
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(day(agent, 0, EARLY), day(agent, 1, LATE))
			.penalizesBy(0);
	}

	@Test
	void atMostFiveDaysInARow() {
		Agent agent = agent("A1", Set.of("普通话"));
		List<Object> sixDays = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			sixDays.add(day(agent, day, EARLY));
		}
		this.verifier.verifyThat(RosterConstraints::daysInARow).given(sixDays.toArray()).penalizesBy(1);
		sixDays.set(2, day(agent, 2, null));
		this.verifier.verifyThat(RosterConstraints::daysInARow).given(sixDays.toArray()).penalizesBy(0);
	}

	@Test
	void weeklyHours() {
		Agent partTime = new Agent("A1", "坐席1", "一组", Set.of("普通话"), 24 * 60, 176 * 60, Set.of(), Set.of(), Set.of());
		// four 8-hour shifts in a week of 24 hours: 8 hours over; the next week's shift
		// counts there
		this.verifier.verifyThat(RosterConstraints::weeklyHours)
			.given(day(partTime, 0, EARLY), day(partTime, 2, EARLY), day(partTime, 4, EARLY), day(partTime, 6, EARLY),
					day(partTime, 7, EARLY))
			.penalizesBy(8);
	}

	@Test
	void monthlyHours() {
		Agent agent = new Agent("A1", "坐席1", "一组", Set.of("普通话"), 40 * 60, 40 * 60, Set.of(), Set.of(), Set.of());
		// 3 + 3 shifts in two weeks: 48 hours of 40
		this.verifier.verifyThat(RosterConstraints::monthlyHours)
			.given(day(agent, 0, EARLY), day(agent, 2, EARLY), day(agent, 4, EARLY), day(agent, 7, EARLY),
					day(agent, 9, EARLY), day(agent, 11, EARLY))
			.penalizesBy(8);
	}

	@Test
	void everyIntervalCoveredWeightedAndOverCoverLightly() {
		// 07:00–07:30 and 07:30–08:00 on day 0 need 2 agents each (weight 3); 22:00 needs
		// 1 (weight 1)
		List<DemandInterval> demand = List.of(demand(14, 2, 3), demand(15, 2, 3), demand(44, 1, 1));
		RosterMonth withDemand = month(demand);
		Agent a = agent("A1", Set.of("普通话"));
		Agent b = agent("A2", Set.of("普通话"));
		Agent c = agent("A3", Set.of("普通话"));
		AgentDay early = new AgentDay(a, 0, withDemand);
		early.setShift(EARLY);
		AgentDay alsoEarly = new AgentDay(b, 0, withDemand);
		alsoEarly.setShift(EARLY);
		AgentDay thirdEarly = new AgentDay(c, 0, withDemand);
		thirdEarly.setShift(EARLY);
		// one early agent: 1 missing in each of the two morning intervals (×3), nobody at
		// 22:00 (×1)
		this.verifier.verifyThat(RosterConstraints::underCover)
			.given(demand.get(0), demand.get(1), demand.get(2), early)
			.penalizesBy(3 + 3 + 1);
		// three early agents: one too many in each morning interval
		this.verifier.verifyThat(RosterConstraints::underCover)
			.given(demand.get(0), demand.get(1), demand.get(2), early, alsoEarly, thirdEarly)
			.penalizesBy(1);
		this.verifier.verifyThat(RosterConstraints::overCover)
			.given(demand.get(0), demand.get(1), demand.get(2), early, alsoEarly, thirdEarly)
			.penalizesBy(2);
	}

	@Test
	void preferencesAndFairShares() {
		Agent avoidsNights = new Agent("A1", "坐席1", "一组", Set.of("普通话"), 40 * 60, 176 * 60, Set.of(),
				Set.of(DayOfWeek.SUNDAY), Set.of(ShiftKind.NIGHT));
		this.verifier.verifyThat(RosterConstraints::avoidedKind)
			.given(day(avoidsNights, 0, NIGHT), day(avoidsNights, 1, null))
			.penalizesBy(RosterConstraints.PREFERENCE_WEIGHT);
		// day 6 is a Sunday
		this.verifier.verifyThat(RosterConstraints::avoidedDay)
			.given(day(avoidsNights, 6, EARLY))
			.penalizesBy(RosterConstraints.PREFERENCE_WEIGHT);
		Agent a = agent("A2", Set.of("普通话"));
		Agent b = agent("A3", Set.of("普通话"));
		// three nights for one agent weigh 9, one each for three agents would weigh 3
		this.verifier.verifyThat(RosterConstraints::fairNights)
			.given(day(a, 0, NIGHT), day(a, 1, NIGHT), day(a, 2, NIGHT), day(b, 3, NIGHT))
			.penalizesBy(9 + 1);
		this.verifier.verifyThat(RosterConstraints::fairRestDays)
			.given(day(a, 5, EARLY), day(a, 6, EARLY), day(b, 6, EARLY), day(b, 4, EARLY))
			.penalizesBy(4 + 1);
	}

	@Test
	void atMostFiveDaysInARowCountsThePreviousMonthsLastDays() {
		Agent agent = agent("A1", Set.of("普通话"));
		List<Object> lastFive = new ArrayList<>();
		for (int day = -5; day < 0; day++) {
			lastFive.add(carried(agent, day, EARLY));
		}
		// the last 5 days of the month before, then the 1st: 6 in a row
		this.verifier.verifyThat(RosterConstraints::daysInARow)
			.given(concat(lastFive, day(agent, 0, EARLY)))
			.penalizesBy(1);
		this.verifier.verifyThat(RosterConstraints::daysInARow)
			.given(concat(lastFive, day(agent, 0, null), day(agent, 1, EARLY)))
			.penalizesBy(0);
		// a run within the month before alone is that month's
		this.verifier.verifyThat(RosterConstraints::daysInARow)
			.given(concat(lastFive, carried(agent, -6, EARLY)))
			.penalizesBy(0);
	}

	@Test
	void elevenHoursRestAfterThePreviousMonthsLastShift() {
		Agent agent = agent("A1", Set.of("普通话"));
		// the night of the 31st (22:00–07:00 on the 1st), then 07:00 or 15:00 on the 1st
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(carried(agent, -1, NIGHT), day(agent, 0, EARLY))
			.penalizesBy(1);
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(carried(agent, -1, NIGHT), day(agent, 0, LATE))
			.penalizesBy(1);
		this.verifier.verifyThat(RosterConstraints::overlap)
			.given(carried(agent, -1, NIGHT), day(agent, 0, EARLY_SIX))
			.penalizesBy(1);
		// 15:00–23:00 on the 30th, then 06:00 on the 1st: 31 hours
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(carried(agent, -2, LATE), day(agent, 0, EARLY_SIX), day(agent, 1, EARLY_SIX))
			.penalizesBy(0);
		// the previous month's own shifts are not judged again
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(carried(agent, -2, NIGHT), carried(agent, -1, EARLY))
			.penalizesBy(0);
	}

	@Test
	void weeklyHoursOfTheWeekThatStraddlesTheMonthsStart() {
		Agent partTime = new Agent("A1", "坐席1", "一组", Set.of("普通话"), 24 * 60, 24 * 60, Set.of(), Set.of(), Set.of());
		// the month starts on Thursday 1 October: Monday to Wednesday (24 hours) are in
		// its
		// first week, Sunday the 27th is not
		RosterMonth october = new RosterMonth(LocalDate.of(2026, 10, 1), 31, 30, Set.of(), List.of(), SHIFTS);
		this.verifier.verifyThat(RosterConstraints::weeklyHours)
			.given(carried(partTime, -4, EARLY, october), carried(partTime, -3, EARLY, october),
					carried(partTime, -2, EARLY, october), carried(partTime, -1, EARLY, october),
					day(partTime, 0, EARLY, october))
			.penalizesBy(8);
		// the week before (Thursday to Sunday, 32 hours) is not this month's
		this.verifier.verifyThat(RosterConstraints::weeklyHours)
			.given(carried(partTime, -7, EARLY, october), carried(partTime, -6, EARLY, october),
					carried(partTime, -5, EARLY, october), carried(partTime, -4, EARLY, october))
			.penalizesBy(0);
		// the month's hours are its own
		this.verifier.verifyThat(RosterConstraints::monthlyHours)
			.given(carried(partTime, -1, EARLY, october), day(partTime, 5, EARLY, october),
					day(partTime, 6, EARLY, october), day(partTime, 7, EARLY, october))
			.penalizesBy(0);
	}

	@Test
	void aTemplateNoLongerOfferedOnlyOnTheDaysCarriedOver() {
		Agent agent = agent("A1", Set.of("普通话"));
		ShiftTemplate retired = shift("OLD", 8, 8, ShiftKind.DAY, null);
		this.verifier.verifyThat(RosterConstraints::offered)
			.given(carried(agent, -1, retired), day(agent, 0, retired), day(agent, 1, EARLY))
			.penalizesBy(1);
	}

	private static Object[] concat(List<Object> days, Object... more) {
		List<Object> all = new ArrayList<>(days);
		all.addAll(List.of(more));
		return all.toArray();
	}

	private AgentDay carried(Agent agent, int day, ShiftTemplate shift) {
		return carried(agent, day, shift, this.month);
	}

	private static AgentDay carried(Agent agent, int day, ShiftTemplate shift, RosterMonth month) {
		AgentDay carried = day(agent, day, shift, month);
		carried.setPinned(true);
		return carried;
	}

	private static AgentDay day(Agent agent, int day, ShiftTemplate shift, RosterMonth month) {
		AgentDay agentDay = new AgentDay(agent, day, month);
		agentDay.setShift(shift);
		return agentDay;
	}

	static Agent agent(String id, Set<String> skills) {
		return new Agent(id, "坐席" + id, "一组", skills, 40 * 60, 176 * 60, Set.of(), Set.of(), Set.of());
	}

	private AgentDay day(Agent agent, int day, ShiftTemplate shift) {
		return day(agent, day, shift, this.month);
	}

	static RosterMonth month(List<DemandInterval> demand) {
		return new RosterMonth(MONDAY, 14, 30, Set.of(), demand, SHIFTS);
	}

	private static DemandInterval demand(int index, int required, int weight) {
		return new DemandInterval(DemandInterval.GENERAL, index, MONDAY.atStartOfDay().plusMinutes(30L * index),
				required, weight);
	}

	static ShiftTemplate shift(String code, int hour, int hours, ShiftKind kind, String skill) {
		return new ShiftTemplate(code, code, LocalTime.of(hour, 0), Duration.ofHours(hours), kind, skill);
	}

}
