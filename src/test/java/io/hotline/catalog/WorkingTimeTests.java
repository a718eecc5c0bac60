package io.hotline.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Working-time arithmetic on the official 2025–2026 schedule, read from the rows of the
 * migration that preloads it.
 */
class WorkingTimeTests {

	private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d\\d-\\d\\d)', '(\\w+)', '([^']+)'\\)");

	private final WorkingTime time = new WorkingTime(officialSchedule());

	@Test
	void skipsTheWeekendWhenCountingWorkingDays() {
		assertThat(this.time.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
		assertThat(this.time.addWorkingDays(at("2025-03-07T10:00"), 1)).isEqualTo(at("2025-03-10T18:00"));
	}

	@Test
	void countsTheMakeUpSaturdayBeforeSpringFestival2026AsAWorkingDay() {
		assertThat(this.time.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(this.time.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(this.time.addWorkingDays(at("2026-02-13T10:00"), 5)).isEqualTo(at("2026-02-27T18:00"));
	}

	@Test
	void jumpsOverTheNationalDayHolidays2025ToTheMakeUpSaturday() {
		assertThat(this.time.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
		assertThat(this.time.addWorkingDays(at("2025-09-30T16:00"), 3)).isEqualTo(at("2025-10-11T18:00"));
	}

	@Test
	void startsTheClockAfterTheHolidaysForAnOrderRegisteredOnAHoliday() {
		Instant registered = at("2025-10-03T10:00");
		assertThat(this.time.addWorkingHours(registered, 2)).isEqualTo(at("2025-10-09T11:00"));
		assertThat(this.time.addWorkingDays(registered, 5)).isEqualTo(at("2025-10-14T18:00"));
	}

	@Test
	void addsExtensionDaysToAnExistingDeadline() {
		Instant deadline = at("2026-02-13T18:00");
		assertThat(this.time.addWorkingDays(deadline, 3)).isEqualTo(at("2026-02-25T18:00"));
	}

	@Test
	void leavesOutTheLunchBreakWhenAddingWorkingHours() {
		assertThat(this.time.addWorkingHours(at("2025-03-05T11:00"), 2)).isEqualTo(at("2025-03-05T14:00"));
		assertThat(this.time.addWorkingHours(at("2025-03-05T12:30"), 1)).isEqualTo(at("2025-03-05T14:00"));
	}

	@Test
	void carriesWorkingHoursOverNightAndOverTheWeekend() {
		assertThat(this.time.addWorkingHours(at("2025-03-05T17:00"), 2)).isEqualTo(at("2025-03-06T10:00"));
		assertThat(this.time.addWorkingHours(at("2025-03-07T17:00"), 2)).isEqualTo(at("2025-03-10T10:00"));
		assertThat(this.time.addWorkingHours(at("2025-03-05T20:00"), 8)).isEqualTo(at("2025-03-06T18:00"));
	}

	@Test
	void measuresElapsedOfficeHoursInWorkingDays() {
		assertThat(this.time.workingDaysBetween(at("2025-03-03T09:00"), at("2025-03-04T18:00"))).isEqualTo(2.0);
		assertThat(this.time.workingDaysBetween(at("2025-03-07T12:00"), at("2025-03-10T10:00"))).isEqualTo(0.75);
		assertThat(this.time.workingDaysBetween(at("2025-09-30T09:00"), at("2025-10-09T09:00"))).isEqualTo(1.0);
		assertThat(this.time.workingDaysBetween(at("2025-03-04T18:00"), at("2025-03-03T09:00"))).isEqualTo(-2.0);
		assertThat(this.time.workingDaysBetween(at("2025-03-03T09:00"), at("2025-03-03T09:20"))).isCloseTo(1 / 24.0,
				within(1e-9));
	}

	@Test
	void addsNothingForZeroAndRefusesNegativeAmounts() {
		Instant now = at("2025-03-05T20:00");
		assertThat(this.time.addWorkingDays(now, 0)).isEqualTo(now);
		assertThat(this.time.addWorkingHours(now, 0)).isEqualTo(now);
		assertThatIllegalArgumentException().isThrownBy(() -> this.time.addWorkingDays(now, -1));
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingTime.ZONE).toInstant();
	}

	static List<SpecialDay> officialSchedule() {
		try (InputStream in = WorkingTimeTests.class.getResourceAsStream("/db/migration/V4__calendar_2025_2026.sql")) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return ROW.matcher(sql)
				.results()
				.map((row) -> new SpecialDay(LocalDate.parse(row.group(1)), DayKind.valueOf(row.group(2)),
						row.group(3)))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
