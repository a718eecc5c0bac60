package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each method on synthetic series whose right forecast is known. */
class ForecastMethodsTests {

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	@Test
	void seasonalNaiveRepeatsTheLastSameWeekday() {
		ContactHistory history = Series.weekdays(START, START.plusWeeks(3),
				(day, slot) -> day.getDayOfMonth() * 10.0 + slot);
		LocalDate nextMonday = START.plusWeeks(4);
		double[] forecast = new SeasonalNaive().fit(history, DayCalendar.WEEKDAYS).day(nextMonday);
		assertThat(forecast[0]).isEqualTo(220.0);
		assertThat(forecast[5]).isEqualTo(225.0);
		assertThat(new SeasonalNaive().fit(history, DayCalendar.WEEKDAYS).day(nextMonday.minusDays(1))).isNull();
	}

	@Test
	void sameWeekdayMeanAveragesTheLastFour() {
		ContactHistory history = Series.weekdays(START, START.plusWeeks(5), (day, slot) -> (double) day.getDayOfYear());
		double[] forecast = new SameWeekdayMean(4).fit(history, DayCalendar.WEEKDAYS).day(START.plusWeeks(6));
		// the Mondays of weeks 3 to 6: days of the year 15, 22, 29, 36
		assertThat(forecast[3]).isEqualTo(25.5);
	}

	@Test
	void dayProfileFindsTheWeekdayLevelAndTheIntradayShape() {
		Random noise = new Random(7);
		ContactHistory history = Series.weekdays(START, START.plusWeeks(12).minusDays(1),
				(day, slot) -> Series.weekday(day) * Series.shape(slot) * (1 + 0.05 * noise.nextGaussian()));
		ForecastMethod.Fitted fitted = model().fit(history, DayCalendar.WEEKDAYS);
		for (LocalDate day = LocalDate.of(2024, 3, 26); day
			.isBefore(LocalDate.of(2024, 3, 30)); day = day.plusDays(1)) {
			double[] truth = Series.weekdays(day, day, (d, slot) -> Series.weekday(d) * Series.shape(slot)).counts(day);
			assertThat(Series.mape(truth, fitted.day(day))).as("%s", day).isLessThan(0.03);
		}
		double monday = Counts.sum(fitted.day(LocalDate.of(2024, 3, 25)));
		double tuesday = Counts.sum(fitted.day(LocalDate.of(2024, 3, 26)));
		assertThat(monday / tuesday).isCloseTo(1.5, within(0.05));
	}

	@Test
	void dayProfileKeepsTheEdgeOfTheDayAtLongerIntervals() {
		// 15-minute intervals, the last one open only a few minutes: no smoothing into
		// its neighbour
		ContactHistory history = Series.weekdays(START, START.plusWeeks(8),
				(day, slot) -> (slot == Series.SLOTS.size() - 1) ? 10.0 : 100.0);
		double[] forecast = model().fit(history, DayCalendar.WEEKDAYS).day(START.plusWeeks(9));
		assertThat(forecast[Series.SLOTS.size() - 1]).isCloseTo(10.0, within(0.5));
		assertThat(forecast[Series.SLOTS.size() - 2]).isCloseTo(100.0, within(5.0));
	}

	@Test
	void dayProfileLearnsTheTurnOfTheMonth() {
		DayCalendar calendar = DayCalendar.WEEKDAYS;
		ContactHistory history = Series.weekdays(START, LocalDate.of(2024, 12, 31), (day, slot) -> Series.shape(slot)
				* ((calendar.monthPosition(day, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) == 1) ? 1.3 : 1.0));
		ForecastMethod.Fitted fitted = model().fit(history, calendar);
		double first = Counts.sum(fitted.day(LocalDate.of(2025, 1, 1)));
		double plain = Counts.sum(fitted.day(LocalDate.of(2025, 1, 8)));
		assertThat(first / plain).isBetween(1.25, 1.3);
	}

	@Test
	void theDampedTrendFollowsAGrowingSeriesBetterThanTheLevelAlone() {
		ContactHistory history = Series.weekdays(START, START.plusWeeks(10).minusDays(1),
				(day, slot) -> Series.shape(slot) * (1 + 0.01 * (day.toEpochDay() - START.toEpochDay())));
		LocalDate day = START.plusWeeks(10).plusDays(2);
		double truth = Counts.sum(history.counts(START)) * (1 + 0.01 * (day.toEpochDay() - START.toEpochDay()));
		double level = Counts.sum(model().fit(history, DayCalendar.WEEKDAYS).day(day));
		double trend = Counts.sum(new DayProfileModel("t", 0.1, 0.05, 0.9).fit(history, DayCalendar.WEEKDAYS).day(day));
		assertThat(level).isLessThan(trend).isLessThan(truth);
		assertThat(Math.abs(trend - truth)).isLessThan(Math.abs(level - truth) * 0.8);
	}

	@Test
	void theBacktestChoosesTheMethodThatFitsTheSeries() {
		// every week the same, with a jagged intraday shape that smoothing would blur
		ContactHistory weekly = Series.weekdays(START, START.plusWeeks(8).minusDays(1),
				(day, slot) -> 50.0 + ((slot % 2 == 0) ? 40 : 0) + day.getDayOfWeek().getValue() * 7);
		List<ContactForecaster.Scored> ranked = ContactForecaster.ranked(weekly, DayCalendar.WEEKDAYS);
		assertThat(ranked.get(0).accuracy().mape()).isZero();
		assertThat(ranked.get(0).method().id()).isIn("seasonal-naive", "mean-last-4-same-weekdays");
		// a noisy series: one week's interval is a poor guess of the next, the profile
		// model is not
		Random noise = new Random(3);
		ContactHistory noisy = Series.weekdays(START, START.plusWeeks(10).minusDays(1),
				(day, slot) -> Series.shape(slot) * (1 + 0.15 * noise.nextGaussian()));
		ranked = ContactForecaster.ranked(noisy, DayCalendar.WEEKDAYS);
		assertThat(ranked.get(0).method().id()).startsWith("day-profile");
		assertThat(ranked.get(ranked.size() - 1).method().id()).isEqualTo("seasonal-naive");
	}

	@Test
	void aHistoryTooShortForABacktestGetsTheMeanOfItsSameWeekdays() {
		ContactHistory twoWeeks = Series.weekdays(START, START.plusWeeks(2), (day, slot) -> 100.0);
		List<ContactForecaster.Scored> ranked = ContactForecaster.ranked(twoWeeks, DayCalendar.WEEKDAYS);
		assertThat(ranked.get(0).method().id()).isEqualTo("mean-last-4-same-weekdays");
		assertThat(ranked.get(0).accuracy().intervals()).isZero();
	}

	private static ForecastMethod model() {
		return new DayProfileModel("day-profile", 0.1, 0, 1);
	}

}
