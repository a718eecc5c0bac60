package io.hotline.workforce.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hotline.support.StandaloneTaskRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code forecast-contacts} as the contract runs it, on the bank's call series where the
 * shared data is there: its first 16 weeks as history, the 17th held out.
 */
class ForecastContactsTaskTests {

	private static final Path CALLS = Path.of(ForecastBenchmark.SHARED_CALLS);

	@TempDir
	Path directory;

	@Test
	void forecastsAHeldOutWeekOfTheBankSeries() throws IOException {
		assumeTrue(Files.isRegularFile(CALLS), "the call series is not at " + CALLS.toAbsolutePath() + "; skipped");
		List<String> lines = Files.readAllLines(CALLS);
		LocalDate cut = LocalDate.of(2003, 6, 20);
		Path history = this.directory.resolve("history.csv");
		Files.write(history,
				lines.stream().filter((line) -> !line.startsWith("2") || !date(line).isAfter(cut)).toList());
		Path output = this.directory.resolve("forecast.csv");
		List<String> printed = new ArrayList<>();

		assertThat(run(printed, "forecast-contacts", "--history", history, "--from", "2003-06-21", "--to", "2003-06-27",
				"--output", output))
			.isEqualTo(0);

		assertThat(printed.get(0)).contains("method: day-profile").contains("backtest MAPE 0.0");
		List<String> forecast = Files.readAllLines(output);
		assertThat(forecast.get(0)).isEqualTo("interval_start,calls");
		// Monday to Friday, not the weekend the history lacks, 169 intervals each, 07:00
		// to 21:00
		assertThat(forecast).hasSize(1 + 5 * 169);
		assertThat(forecast.get(1)).startsWith("2003-06-23T07:00:00,");
		assertThat(forecast.get(5 * 169)).startsWith("2003-06-27T21:00:00,");
		Accuracy accuracy = new Accuracy();
		for (LocalDate day = LocalDate.of(2003, 6, 23); day
			.isBefore(LocalDate.of(2003, 6, 28)); day = day.plusDays(1)) {
			String prefix = day.toString();
			accuracy.add(calls(lines, prefix), calls(forecast, prefix));
		}
		assertThat(accuracy.intervals()).isEqualTo(5 * 169);
		assertThat(accuracy.mape()).isLessThan(0.09);
	}

	@Test
	void wrongArgumentsAndInputExitWith2NamingTheProblem() throws IOException {
		Path history = Files.write(this.directory.resolve("h.csv"),
				List.of("interval_start,calls", "2024-03-04T08:00:00,1", "2024-03-04T08:15:00,x"));
		Path output = this.directory.resolve("f.csv");
		List<String> errors = new ArrayList<>();
		assertThat(run(errors, "forecast-contacts", "--history", this.directory.resolve("none.csv"), "--from",
				"2024-03-11", "--to", "2024-03-12", "--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "forecast-contacts", "--history", history, "--from", "2024-03-11", "--to", "2024-03-12",
				"--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "forecast-contacts", "--history", history, "--from", "2024-03-12", "--to", "2024-03-11",
				"--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "forecast-contacts", "--history", history, "--from", "next monday", "--to", "2024-03-11",
				"--output", output))
			.isEqualTo(2);
		assertThat(run(errors, "forecast-contacts", "--history", history, "--from", "2024-03-11", "--to", "2024-03-12"))
			.isEqualTo(2);
		assertThat(errors.get(0)).startsWith("forecast-contacts: no history file at");
		assertThat(errors.get(1)).contains("h.csv line 3: calls 'x' is not a number");
		assertThat(errors.get(2)).contains("--to 2024-03-11 is before --from 2024-03-12");
		assertThat(errors.get(3)).contains("--from must be a date like");
		assertThat(errors.get(4)).contains("Missing option --output");
		assertThat(output).doesNotExist();
	}

	@Test
	void aCalendarFileMakesAMakeUpSundayAWorkingDayAndAHolidayARestDay() throws IOException {
		// weekdays only, Mondays 300 calls an interval, the other days 100
		ContactHistory weekdays = Series.weekdays(LocalDate.of(2023, 12, 4), LocalDate.of(2024, 2, 2),
				(day, slot) -> (day.getDayOfWeek() == DayOfWeek.MONDAY) ? 300.0 : 100.0);
		Path history = this.directory.resolve("history.csv");
		Map<LocalDate, double[]> days = new TreeMap<>();
		weekdays.days().forEach((day) -> days.put(day, weekdays.counts(day)));
		ContactCsv.write(history, weekdays.slots(), days);
		Path calendar = Files.write(this.directory.resolve("calendar.csv"),
				List.of("date,kind,name", "2024-02-04,WORKDAY,春节调休", "2024-02-12,holiday,春节", "2024-02-13,HOLIDAY,春节"));
		Path output = this.directory.resolve("forecast.csv");
		List<String> printed = new ArrayList<>();

		assertThat(run(printed, "forecast-contacts", "--history", history, "--from", "2024-02-03", "--to", "2024-02-13",
				"--output", output, "--calendar", calendar))
			.isEqualTo(0);

		List<String> forecast = Files.readAllLines(output);
		// Sunday 02-04 works like the Monday it pays back; 02-12 and 02-13 are off
		assertThat(forecast.stream().map((line) -> line.substring(0, 10)).distinct().toList()).containsExactly(
				"interval_s", "2024-02-04", "2024-02-05", "2024-02-06", "2024-02-07", "2024-02-08", "2024-02-09");
		assertThat(Double.parseDouble(forecast.get(1).substring(20))).isGreaterThan(280);
		assertThat(run(printed, "forecast-contacts", "--history", history, "--from", "2024-02-03", "--to", "2024-02-13",
				"--output", output, "--calendar", Files.write(calendar, List.of("2024-02-04,调休"))))
			.isEqualTo(2);
		assertThat(printed.get(1)).contains("calendar.csv line 1: kind '调休' is neither HOLIDAY nor WORKDAY");
	}

	@Test
	void theBenchmarkPrintsEveryMethodsBacktest() throws IOException {
		assumeTrue(Files.isRegularFile(CALLS), "the call series is not at " + CALLS.toAbsolutePath() + "; skipped");
		List<String> printed = new ArrayList<>();
		assertThat(
				run(printed, "benchmark-workforce", "--holdout-weeks", "2", "--agents", "12", "--roster-seconds", "2"))
			.isEqualTo(0);
		assertThat(printed.get(0)).contains("contact forecast")
			.contains("seasonal-naive")
			.contains("mean-last-4-same-weekdays")
			.contains("day-profile")
			.contains("intraday re-forecast")
			.contains("mean wait 26.56 s")
			.contains("roster · 12 agents")
			.containsPattern("roster · solved in \\d+\\.\\d s \\(limit 2 s")
			.contains("surge at 21×");
	}

	private static LocalDate date(String line) {
		return LocalDateTime.parse(line.substring(0, line.indexOf(','))).toLocalDate();
	}

	private static double[] calls(List<String> lines, String day) {
		return lines.stream()
			.filter((line) -> line.startsWith(day))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.indexOf(',') + 1)))
			.toArray();
	}

}
