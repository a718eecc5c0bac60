package io.hotline.workforce.roster;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.hotline.workforce.staffing.IntervalCalls;
import io.hotline.workforce.staffing.IntervalStaffing;
import io.hotline.workforce.staffing.ServiceLevel;
import io.hotline.workforce.staffing.Shrinkage;
import io.hotline.workforce.staffing.Staffing;
import io.hotline.workforce.staffing.StaffingMethod;

/**
 * A realistic month for the roster benchmark: 150 agents in five groups (all 普通话; some
 * 粤语, 英语, 企业专席, 知识库维护), some approved leave and preferences, eight 8-hour shift templates
 * and (unless left out) four shorter ones, October 2026 with the National Day holidays,
 * and the general queue's demand per 30 minutes staffed by Erlang A (80/20, 4 minutes'
 * handling, 2 minutes' patience, 15 % shrinkage) from a call centre's day, its volume set
 * so that the demand is about {@value #LOAD} of the agents' contracted hours. Seeded: the
 * same month every time.
 */
final class SampleMonth {

	static final double LOAD = 0.75;

	static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

	static final int DAYS = 31;

	static final int WEEKLY_MAX_MINUTES = 40 * 60;

	static final int MONTHLY_MAX_MINUTES = 176 * 60;

	private static final String[] GROUPS = { "一组", "二组", "三组", "四组", "五组" };

	private static final List<ShiftTemplate> EIGHT_HOURS = List.of(shift("E7", "早班", 7, 8, ShiftKind.EARLY, null),
			shift("D9", "白班", 9, 8, ShiftKind.DAY, null), shift("D11", "中班", 11, 8, ShiftKind.DAY, null),
			shift("L13", "午晚班", 13, 8, ShiftKind.LATE, null), shift("L15", "晚班", 15, 8, ShiftKind.LATE, null),
			shift("N23", "夜班", 23, 8, ShiftKind.NIGHT, null), shift("EN9", "英语专线", 9, 8, ShiftKind.DAY, "英语"),
			shift("ENT9", "企业专席", 9, 8, ShiftKind.DAY, "企业专席"));

	/**
	 * Shorter shifts for the edges of the day and its peaks: 6 hours from 07:00 and from
	 * 13:00, 4 hours over the morning peak and the evening.
	 */
	private static final List<ShiftTemplate> SHORT = List.of(shift("S7", "早短班", 7, 6, ShiftKind.EARLY, null),
			shift("S13", "午短班", 13, 6, ShiftKind.LATE, null), shift("P9", "早高峰班", 9, 4, ShiftKind.DAY, null),
			shift("P17", "晚高峰班", 17, 4, ShiftKind.LATE, null));

	private final List<ShiftTemplate> shifts;

	private final Set<LocalDate> holidays = new HashSet<>();

	private final List<Agent> agents;

	private final Staffing staffing = new Staffing(Duration.ofMinutes(30), Duration.ofMinutes(4),
			ServiceLevel.of(80, 20), StaffingMethod.ERLANG_A, Duration.ofMinutes(2), new Shrinkage(0.10, 0.05, 0));

	private final CallShape shape;

	private double dailyCalls;

	SampleMonth(int agents, Path history) {
		this(agents, history, true);
	}

	/**
	 * @param shortShifts whether the shorter templates are offered besides the 8-hour
	 * ones
	 */
	SampleMonth(int agents, Path history, boolean shortShifts) {
		this.shifts = shortShifts ? java.util.stream.Stream.concat(EIGHT_HOURS.stream(), SHORT.stream()).toList()
				: EIGHT_HOURS;
		for (int day = 0; day < 7; day++) {
			this.holidays.add(FIRST.plusDays(day));
		}
		this.agents = agents(agents);
		this.shape = CallShape.of(history);
	}

	List<ShiftTemplate> shifts() {
		return this.shifts;
	}

	List<Agent> agents() {
		return this.agents;
	}

	String shapeSource() {
		return this.shape.source();
	}

	double dailyCalls() {
		return this.dailyCalls;
	}

	/** The roster to solve, its demand scaled to {@link #LOAD} of the agents' hours. */
	Roster roster() {
		double capacityHours = 0;
		for (Agent agent : this.agents) {
			capacityHours += Math.min(agent.monthlyMaxMinutes() / 60.0, (DAYS - agent.leave().size()) * 8.0 * 5 / 7);
		}
		double low = 100;
		double high = 1_000_000;
		for (int i = 0; i < 30 && high / low > 1.01; i++) {
			double middle = Math.sqrt(low * high);
			if (demandHours(demand(middle)) > LOAD * capacityHours) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		this.dailyCalls = low;
		RosterMonth month = new RosterMonth(FIRST, DAYS, 30, this.holidays, demand(low), this.shifts);
		return new Roster(month, this.agents, this.shifts);
	}

	private List<DemandInterval> demand(double dailyCalls) {
		List<DemandInterval> demand = new ArrayList<>();
		java.util.Map<String, List<IntervalStaffing>> needs = new java.util.HashMap<>();
		for (int day = 0; day < DAYS; day++) {
			LocalDate date = FIRST.plusDays(day);
			double[] calls = this.shape.calls(date.getDayOfWeek(), this.holidays.contains(date), dailyCalls);
			List<IntervalCalls> intervals = new ArrayList<>();
			for (int slot = 0; slot < CallShape.SLOTS; slot++) {
				intervals.add(new IntervalCalls(date.atStartOfDay().plusMinutes(30L * slot), calls[slot]));
			}
			List<IntervalStaffing> need = needs.computeIfAbsent(
					date.getDayOfWeek() + (this.holidays.contains(date) ? "/holiday" : ""),
					(kind) -> this.staffing.forDay(intervals));
			int peak = need.stream().mapToInt(IntervalStaffing::scheduled).max().orElse(0);
			for (int slot = 0; slot < CallShape.SLOTS; slot++) {
				int required = need.get(slot).scheduled();
				int weight = (required * 10 >= peak * 8) ? 2 : 1;
				demand.add(new DemandInterval(DemandInterval.GENERAL, day * CallShape.SLOTS + slot,
						intervals.get(slot).start(), required, weight));
			}
			boolean workingDay = !this.holidays.contains(date) && date.getDayOfWeek().getValue() <= 5;
			for (int slot = 18; slot < 34; slot++) { // 09:00–17:00
				demand.add(new DemandInterval("英语", day * CallShape.SLOTS + slot, intervals.get(slot).start(),
						workingDay ? 1 : 0, 2));
				demand.add(new DemandInterval("企业专席", day * CallShape.SLOTS + slot, intervals.get(slot).start(),
						workingDay ? 2 : 0, 2));
			}
		}
		return demand;
	}

	private static double demandHours(List<DemandInterval> demand) {
		return demand.stream().mapToInt(DemandInterval::required).sum() * 0.5;
	}

	private static List<Agent> agents(int count) {
		Random random = new Random(19);
		List<Agent> agents = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Set<String> skills = new HashSet<>(Set.of("普通话"));
			addSometimes(skills, "粤语", 0.2, random);
			addSometimes(skills, "英语", 0.15, random);
			addSometimes(skills, "企业专席", 0.12, random);
			addSometimes(skills, "知识库维护", 0.05, random);
			Set<LocalDate> leave = new HashSet<>();
			if (random.nextDouble() < 0.12) {
				LocalDate from = FIRST.plusDays(7 + random.nextInt(DAYS - 12));
				int length = 1 + random.nextInt(5);
				for (int day = 0; day < length; day++) {
					leave.add(from.plusDays(day));
				}
			}
			Set<DayOfWeek> avoidedDays = (random.nextDouble() < 0.1) ? Set.of(DayOfWeek.SUNDAY) : Set.of();
			Set<ShiftKind> avoidedKinds = (random.nextDouble() < 0.2) ? Set.of(ShiftKind.NIGHT) : Set.of();
			agents.add(new Agent(String.format("A%03d", i + 1), "坐席" + (i + 1), GROUPS[i % GROUPS.length], skills,
					WEEKLY_MAX_MINUTES, MONTHLY_MAX_MINUTES, leave, avoidedDays, avoidedKinds));
		}
		return agents;
	}

	private static void addSometimes(Set<String> skills, String skill, double chance, Random random) {
		if (random.nextDouble() < chance) {
			skills.add(skill);
		}
	}

	private static ShiftTemplate shift(String code, String name, int hour, int hours, ShiftKind kind, String skill) {
		return new ShiftTemplate(code, name, LocalTime.of(hour, 0), Duration.ofHours(hours), kind, skill);
	}

}
