package io.hotline.workforce.forecast;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.platform.TaskOptions;
import io.hotline.workforce.BenchmarkSection;

/**
 * The forecast's backtest on a call series: the last weeks held out, every method fitted
 * on the days before and forecasting the held-out days once (MAPE, RMSE); the method that
 * the rolling-origin backtest on the days before the cut chooses; and the intraday
 * re-forecast of each held-out afternoon from its morning.
 */
public class ForecastBenchmark implements BenchmarkSection {

	static final String SHARED_CALLS = "../shared/data/callcenter/bank_calls_5min.csv";

	@Override
	public String title() {
		return "contact forecast (话务预测): backtest";
	}

	@Override
	public void print(TaskOptions options, PrintStream out) {
		Path file = options.file("calls", SHARED_CALLS, "call series (interval_start,calls)");
		int weeks = options.intValue("holdout-weeks", 4);
		ContactHistory history = ContactCsv.read(file);
		DayCalendar calendar = DayCalendar.WEEKDAYS.withGapsOf(history);
		LocalDate cut = history.last().minusWeeks(weeks);
		ContactHistory before = history.until(cut);
		if (weeks < 1 || before.isEmpty() || before.last().minusWeeks(2).isBefore(history.first())) {
			throw new IllegalArgumentException("--holdout-weeks " + weeks + " leaves too little history before it");
		}
		print(out, "%s: %d days of %d intervals of %d minutes, %s to %s", file, history.days().size(),
				history.slots().size(), history.minutes(), history.first(), history.last());
		print(out, "hold-out: the %d days after %s, forecast once from the cut (MAPE skips intervals without calls)",
				history.after(cut).days().size(), cut);
		print(out, "%-28s %8s %8s %14s", "method", "MAPE", "RMSE", "rolling MAPE*");
		List<ContactForecaster.Scored> ranked = ContactForecaster.ranked(before, calendar);
		for (ForecastMethod method : ContactForecaster.METHODS) {
			Accuracy held = Backtest.holdOut(method, history, calendar, cut);
			Accuracy rolling = ranked.stream().filter((s) -> s.method() == method).findFirst().orElseThrow().accuracy();
			print(out, "%-28s %8.4f %8.2f %14.4f", method.id(), held.mape(), held.rmse(), rolling.mape());
		}
		ForecastMethod chosen = ranked.get(0).method();
		print(out, "* rolling origins over the last %d weeks before the cut; they choose %s: hold-out MAPE %.4f",
				ContactForecaster.BACKTEST_WEEKS, chosen.id(), Backtest.holdOut(chosen, history, calendar, cut).mape());
		intraday(out, chosen, history, calendar, cut);
	}

	/** The afternoons (from the middle interval on) before and after the re-forecast. */
	private static void intraday(PrintStream out, ForecastMethod method, ContactHistory history, DayCalendar calendar,
			LocalDate cut) {
		ForecastMethod.Fitted fitted = method.fit(history.until(cut), calendar);
		Accuracy plain = new Accuracy();
		Accuracy rescaled = new Accuracy();
		int noon = history.slots().size() / 2;
		for (LocalDate day : history.after(cut).days()) {
			double[] forecast = fitted.day(day);
			double[] actual = history.counts(day);
			double[] again = IntradayReforecast.rest(forecast, Arrays.copyOf(actual, noon));
			plain.add(afternoon(actual, noon), afternoon(forecast, noon));
			rescaled.add(afternoon(actual, noon), afternoon(again, noon));
		}
		print(out, "intraday re-forecast from %s on: MAPE %.4f → %.4f, RMSE %.2f → %.2f", history.slots().get(noon),
				plain.mape(), rescaled.mape(), plain.rmse(), rescaled.rmse());
	}

	private static double[] afternoon(double[] day, int from) {
		return Arrays.copyOfRange(day, from, day.length);
	}

	private static void print(PrintStream out, String format, Object... args) {
		out.println(String.format(Locale.ROOT, format, args));
	}

}
