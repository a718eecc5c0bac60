package io.hotline.workforce.forecast;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code forecast-contacts --history HISTORY.csv --from DATE --to DATE --output
 * FORECAST.csv [--calendar DAYS.csv]}: contacts per interval
 * ({@code interval_start,calls}) for every day of the range whose weekday the history
 * has, every interval of the day the history has, by the method that a rolling-origin
 * backtest over the history's last weeks chooses. No database: every day behaves like its
 * weekday, a weekday missing inside the history counts as a holiday, and the holidays and
 * 调休 days of {@code --calendar}, where given, behave like the days they replace (see
 * {@link DayCalendar}).
 */
public class ForecastContactsTask implements StandaloneTask {

	/** The longest range forecast at once. */
	static final int MAX_DAYS = 366;

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "forecast-contacts";
	}

	@Override
	public String description() {
		return "forecast contacts per interval from a history of interval_start,calls (no database)";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path historyFile = Path.of(options.required("history"));
		LocalDate from = date(options, "from");
		LocalDate to = date(options, "to");
		Path output = Path.of(options.required("output"));
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("--from " + from + " to --to " + to + " is more than " + MAX_DAYS
					+ " days; forecast a shorter range");
		}
		Path folder = output.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new IllegalArgumentException("--output " + output + ": there is no folder " + folder);
		}
		ContactHistory history = ContactCsv.read(historyFile);
		DayCalendar calendar = calendar(options).withGapsOf(history);
		List<ContactForecaster.Scored> ranked = ContactForecaster.ranked(history, calendar);
		print("history %s: %d days, %d intervals of %d minutes a day (%s–%s)", historyFile, history.days().size(),
				history.slots().size(), history.minutes(), history.slots().get(0),
				history.slots().get(history.slots().size() - 1));
		for (ContactForecaster.Scored scored : ranked) {
			if (scored.accuracy().intervals() == 0) {
				break;
			}
			print("  %-28s backtest MAPE %.4f RMSE %.2f", scored.method().id(), scored.accuracy().mape(),
					scored.accuracy().rmse());
		}
		ContactForecaster.Scored chosen = ranked.get(0);
		if (chosen.accuracy().intervals() > 0) {
			print("method: %s, backtest MAPE %.4f (rolling origins over the last %d weeks)", chosen.method().id(),
					chosen.accuracy().mape(), ContactForecaster.BACKTEST_WEEKS);
		}
		else {
			print("method: %s, no backtest (the history is shorter than three weeks)", chosen.method().id());
		}
		Map<LocalDate, double[]> forecast = ContactForecaster.forecast(chosen.method(), history, calendar, from, to);
		ContactCsv.write(output, history.slots(), forecast);
		print("wrote %d days × %d intervals to %s%s", forecast.size(), history.slots().size(), output,
				forecast.isEmpty() ? " (no day of the range has a weekday that the history has)" : "");
		return 0;
	}

	/** The special days of {@code --calendar}, or none: every day by its weekday. */
	private static DayCalendar calendar(TaskOptions options) {
		return options.get("calendar")
			.map(Path::of)
			.map((file) -> new DayCalendar(CalendarCsv.read(file), Set.of()))
			.orElse(DayCalendar.WEEKDAYS);
	}

	private static LocalDate date(TaskOptions options, String name) {
		String value = options.required(name);
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--" + name + " must be a date like 2003-09-19, not '" + value + "'");
		}
	}

	private void print(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

}
