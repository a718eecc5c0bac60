package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.hotline.catalog.DayKind;
import io.hotline.catalog.SpecialDay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holidays and 调休: the 2024 Spring Festival, 2024-02-10 to 02-17 off, the Sunday 02-04
 * and the Sunday 02-18 worked instead.
 */
class DayCalendarTests {

	private static final DayCalendar SPRING_FESTIVAL = new DayCalendar(springFestival(), Set.of());

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	@Test
	void holidaysRestLikeSundaysAndMakeUpDaysWorkLikeTheWeekdayTheyPayBack() {
		assertThat(SPRING_FESTIVAL.behavesLike(LocalDate.of(2024, 2, 14))).isEqualTo(DayOfWeek.SUNDAY);
		// the nearest holiday on a weekday to Sunday 02-04 is Monday 02-12; to Sunday
		// 02-18, Friday 02-16
		assertThat(SPRING_FESTIVAL.behavesLike(LocalDate.of(2024, 2, 4))).isEqualTo(DayOfWeek.MONDAY);
		assertThat(SPRING_FESTIVAL.behavesLike(LocalDate.of(2024, 2, 18))).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(SPRING_FESTIVAL.behavesLike(LocalDate.of(2024, 2, 3))).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(SPRING_FESTIVAL.behavesLike(LocalDate.of(2024, 2, 7))).isEqualTo(DayOfWeek.WEDNESDAY);
	}

	@Test
	void theFirstWorkingDayAfterAHolidayIsLikeAMonday() {
		// Labor Day 2003 (Monday 09-01) missing from a history of weekdays: the Tuesday
		// after it
		ContactHistory history = Series.days(LocalDate.of(2003, 8, 25), LocalDate.of(2003, 9, 5),
				(day) -> day.getDayOfWeek().getValue() <= 5 && day.getDayOfMonth() != 1, (day, slot) -> 1.0);
		DayCalendar calendar = DayCalendar.WEEKDAYS.withGapsOf(history);
		assertThat(calendar.isHoliday(LocalDate.of(2003, 9, 1))).isTrue();
		assertThat(calendar.behavesLike(LocalDate.of(2003, 9, 2))).isEqualTo(DayOfWeek.MONDAY);
		assertThat(calendar.behavesLike(LocalDate.of(2003, 9, 3))).isEqualTo(DayOfWeek.WEDNESDAY);
		// and the first working day of September is then the 2nd
		assertThat(calendar.monthPosition(LocalDate.of(2003, 9, 2), WEEKDAYS)).isEqualTo(1);
		assertThat(calendar.monthPosition(LocalDate.of(2003, 8, 29), WEEKDAYS)).isEqualTo(-1);
		assertThat(calendar.monthPosition(LocalDate.of(2003, 9, 4), WEEKDAYS)).isEqualTo(3);
		assertThat(calendar.monthPosition(LocalDate.of(2003, 9, 5), WEEKDAYS)).isZero();
	}

	@Test
	void aMakeUpSundayIsForecastLikeAWeekdayAndAHolidayNotAtAll() {
		// weekdays only: Mondays 300 calls an interval, the other weekdays 100
		ContactHistory history = Series.weekdays(LocalDate.of(2023, 11, 6), LocalDate.of(2024, 2, 2),
				(day, slot) -> (day.getDayOfWeek() == DayOfWeek.MONDAY) ? 300.0 : 100.0);
		for (ForecastMethod method : ContactForecaster.METHODS) {
			ForecastMethod.Fitted fitted = method.fit(history, SPRING_FESTIVAL);
			assertThat(fitted.day(LocalDate.of(2024, 2, 4))[5]).as(method.id())
				.isCloseTo(300.0, org.assertj.core.data.Percentage.withPercentage(3));
			assertThat(fitted.day(LocalDate.of(2024, 2, 3))).as(method.id()).isNull();
			assertThat(fitted.day(LocalDate.of(2024, 2, 13))).as(method.id()).isNull();
			// the first working day after the festival, a Monday anyway
			assertThat(fitted.day(LocalDate.of(2024, 2, 19))[5]).as(method.id()).isGreaterThan(280.0);
		}
	}

	private static List<SpecialDay> springFestival() {
		List<SpecialDay> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2024, 2, 10); day
			.isBefore(LocalDate.of(2024, 2, 18)); day = day.plusDays(1)) {
			days.add(new SpecialDay(day, DayKind.HOLIDAY, "春节"));
		}
		days.add(new SpecialDay(LocalDate.of(2024, 2, 4), DayKind.WORKDAY, "春节调休"));
		days.add(new SpecialDay(LocalDate.of(2024, 2, 18), DayKind.WORKDAY, "春节调休"));
		return days;
	}

}
