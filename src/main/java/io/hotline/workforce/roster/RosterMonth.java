package io.hotline.workforce.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The days a roster spans, its holidays and the demand per interval and queue, with each
 * shift's covered intervals worked out once (a shift covers the intervals it spans in
 * full; a night shift runs into the next day's intervals).
 */
public final class RosterMonth {

	private final LocalDate first;

	private final int days;

	private final int intervalMinutes;

	private final boolean[] restDays;

	private final List<DemandInterval> demand;

	private final Map<ShiftTemplate, List<List<DemandInterval>>> covered = new HashMap<>();

	private final Map<String, DemandInterval[]> byQueue = new HashMap<>();

	/** Rest days are Saturdays, Sundays and the holidays. */
	public RosterMonth(LocalDate first, int days, int intervalMinutes, Set<LocalDate> holidays,
			List<DemandInterval> demand, List<ShiftTemplate> shifts) {
		this(first, days, intervalMinutes, (date) -> date.getDayOfWeek() == DayOfWeek.SATURDAY
				|| date.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(date), demand, shifts);
	}

	/**
	 * @param restDay the days off in the working-day calendar (weekends, holidays; not
	 * the weekend days worked in their place, 调休), for the fair share of them
	 */
	public RosterMonth(LocalDate first, int days, int intervalMinutes, Predicate<LocalDate> restDay,
			List<DemandInterval> demand, List<ShiftTemplate> shifts) {
		if (days < 1 || intervalMinutes < 1 || 1440 % intervalMinutes != 0) {
			throw new IllegalArgumentException("a roster spans at least a day in intervals that divide a day");
		}
		this.first = first;
		this.days = days;
		this.intervalMinutes = intervalMinutes;
		this.restDays = new boolean[days];
		for (int day = 0; day < days; day++) {
			this.restDays[day] = restDay.test(first.plusDays(day));
		}
		this.demand = List.copyOf(demand);
		for (DemandInterval interval : demand) {
			this.byQueue.computeIfAbsent(interval.queue(),
					(queue) -> new DemandInterval[days * intervalsPerDay()])[interval.index()] = interval;
		}
		for (ShiftTemplate shift : shifts) {
			DemandInterval[] queue = queue(shift);
			List<List<DemandInterval>> perDay = new ArrayList<>(days);
			for (int day = 0; day < days; day++) {
				perDay.add(coveredBy(shift, day, queue));
			}
			this.covered.put(shift, perDay);
		}
	}

	public LocalDate first() {
		return this.first;
	}

	public int days() {
		return this.days;
	}

	public int intervalMinutes() {
		return this.intervalMinutes;
	}

	public int intervalsPerDay() {
		return 1440 / this.intervalMinutes;
	}

	public List<DemandInterval> demand() {
		return this.demand;
	}

	public LocalDate date(int day) {
		return this.first.plusDays(day);
	}

	public LocalDateTime intervalStart(int index) {
		return this.first.atStartOfDay().plusMinutes((long) index * this.intervalMinutes);
	}

	/**
	 * The week of the roster (weeks start on Monday; the first may be short). Days before
	 * the month in its first week are in week 0, earlier ones in negative weeks.
	 */
	public int week(int day) {
		return Math.floorDiv(day + this.first.getDayOfWeek().getValue() - 1, 7);
	}

	/** Saturdays, Sundays and holidays (as the calendar says). */
	public boolean restDay(int day) {
		return this.restDays[day];
	}

	/** A shift template the month's days may take (not one only carried over). */
	boolean offers(ShiftTemplate shift) {
		return this.covered.containsKey(shift);
	}

	/**
	 * The intervals a shift on the day covers; a day before the month (carried over, e.g.
	 * a night shift on its last day) covers the month's first intervals it runs into.
	 */
	List<DemandInterval> covered(ShiftTemplate shift, int day) {
		if (day < 0) {
			return coveredBy(shift, day, queue(shift));
		}
		List<List<DemandInterval>> perDay = this.covered.get(shift);
		return (perDay != null) ? perDay.get(day) : List.of();
	}

	private List<DemandInterval> coveredBy(ShiftTemplate shift, int day, DemandInterval[] queue) {
		int startMinute = day * 1440 + shift.start().toSecondOfDay() / 60;
		int from = (startMinute + this.intervalMinutes - 1) / this.intervalMinutes;
		int to = (startMinute + shift.minutes()) / this.intervalMinutes; // exclusive
		List<DemandInterval> intervals = new ArrayList<>();
		for (int index = Math.max(from, 0); index < Math.min(to, queue.length); index++) {
			if (queue[index] != null) {
				intervals.add(queue[index]);
			}
		}
		return List.copyOf(intervals);
	}

	private DemandInterval[] queue(ShiftTemplate shift) {
		return this.byQueue.getOrDefault(shift.queue(), new DemandInterval[0]);
	}

}
