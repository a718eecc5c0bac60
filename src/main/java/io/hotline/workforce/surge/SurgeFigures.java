package io.hotline.workforce.surge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.hotline.platform.TaskOptions;

/**
 * The surge simulation's figures: a normal day of the bank series with Sandy's shape laid
 * over it at its peak factor, simulated without the measures, with each measure alone and
 * with all of them (docs/workforce-surge.md). {@link #print(PrintStream)} prints them
 * with the defaults, for {@code benchmark-workforce}.
 */
final class SurgeFigures {

	static final String CALLS = "../shared/data/callcenter/bank_calls_5min.csv";

	static final String SANDY = "../shared/data/311/sandy_311_daily.csv";

	/**
	 * The measures simulated unless told otherwise; also the administrator's first
	 * settings.
	 */
	static final SurgeMeasures MEASURES = new SurgeMeasures(new SurgeMeasures.Trigger(1.5, 15),
			new SurgeMeasures.CallbackQueue(true, 240, 30, 3), new SurgeMeasures.Deflection(true, "热点问题", 0.25),
			new SurgeMeasures.CloudSeats(true, 180, 30, 10),
			new SurgeMeasures.Overflow(true, "多援一 partner hotlines", 84, 0.3), null, null);

	private final Path calls;

	private final Path sandy;

	private final double peak;

	private final int minutesPerDay;

	private final int fixedAgents;

	private final SurgeMeasures measures;

	private final Callers callers;

	SurgeFigures(Path calls, Path sandy, double peak, int minutesPerDay, int fixedAgents, SurgeMeasures measures,
			Callers callers) {
		this.calls = calls;
		this.sandy = sandy;
		this.peak = peak;
		this.minutesPerDay = minutesPerDay;
		this.fixedAgents = fixedAgents;
		this.measures = measures;
		this.callers = callers;
	}

	static SurgeFigures of(TaskOptions options) {
		Path calls = options.file("calls", CALLS, "call series (interval_start,calls)");
		Path sandy = options.file("sandy", SANDY, "Sandy's 311 calls a day (date,…,total)");
		double peak = number(options, "peak", 21);
		int minutesPerDay = options.intValue("minutes-per-day", 15);
		int agents = options.intValue("agents", 0);
		SurgeMeasures m = MEASURES;
		SurgeMeasures measures = new SurgeMeasures(m.trigger(),
				new SurgeMeasures.CallbackQueue(true, options.intValue("promise", 240),
						m.callbackQueue().retryMinutes(), m.callbackQueue().maxTries()),
				new SurgeMeasures.Deflection(true, m.deflection().topic(),
						number(options, "deflection", m.deflection().share())),
				new SurgeMeasures.CloudSeats(true, options.intValue("cloud-seats", m.cloudSeats().seats()),
						options.intValue("cloud-after", m.cloudSeats().afterMinutes()),
						options.intValue("cloud-hours", m.cloudSeats().hours())),
				new SurgeMeasures.Overflow(true, m.overflow().partners(),
						options.intValue("partner-agents", m.overflow().agents()),
						number(options, "partner-share", m.overflow().share())),
				null, null);
		Callers callers = Callers.defaults(options.intValue("seed", 19))
			.withPatience(number(options, "patience", Callers.defaults(0).patienceSeconds()))
			.withLeaveNumberShare(number(options, "leave-number", Callers.defaults(0).leaveNumberShare()));
		if (peak < 1 || minutesPerDay < 1 || agents < 0) {
			throw new IllegalArgumentException(
					"--peak must be at least 1, --minutes-per-day at least 1, --agents >= 0");
		}
		return new SurgeFigures(calls, sandy, peak, minutesPerDay, agents, measures, callers);
	}

	void print(PrintStream out, boolean eachMeasure) throws IOException {
		NormalDay normal = NormalDay.read(this.calls);
		double[] factors = SandyShape.read(this.sandy)
			.factors(normal.intervals(), normal.intervalMinutes(), this.minutesPerDay, this.peak);
		double[] surge = new double[normal.intervals()];
		for (int i = 0; i < surge.length; i++) {
			surge[i] = normal.calls()[i] * factors[i];
		}
		int[] agents = this.fixedAgents > 0 ? constant(normal.intervals(), this.fixedAgents)
				: normal.staffed(this.callers.handlingSeconds(), 0.8, 20);
		DayPlan normalDay = new DayPlan(normal.opens(), normal.intervalMinutes(), normal.calls(), normal.calls(),
				agents);
		DayPlan surgeDay = new DayPlan(normal.opens(), normal.intervalMinutes(), surge, normal.calls(), agents);
		double agentHours = Arrays.stream(agents).sum() * normal.intervalMinutes() / 60.0;
		line(out, "surge simulation (docs/workforce-surge.md): normal day = the mean of each %d-minute interval of %s,"
				+ " %,.0f calls from %s; Sandy's days from 2012-10-27 laid over it, one per %d minutes, peak %.0f× → %,.0f"
				+ " calls expected (%.1f× the normal day)", normal.intervalMinutes(), this.calls.getFileName(),
				normal.total(), normal.opens(), this.minutesPerDay, this.peak, surgeDay.totalExpected(),
				surgeDay.totalExpected() / normal.total());
		line(out,
				"staff: %s, peak %d agents, %,.0f agent-hours; callers: handling exp. mean %.0f s, patience exp. mean"
						+ " %.0f s, %.0f %% take each offer to leave a number, %.0f %% of callbacks reach the caller;"
						+ " seed %d",
				this.fixedAgents > 0 ? "fixed" : "roster by Erlang C 80/20 per half hour", surgeDay.peakAgents(),
				agentHours, this.callers.handlingSeconds(), this.callers.patienceSeconds(),
				100 * this.callers.leaveNumberShare(), 100 * this.callers.reachShare(), this.callers.seed());
		SurgeMeasures m = this.measures;
		line(out,
				"measures: trigger > %.1f× forecast over %d min; callbacks promised within %d min (retry after %d min,"
						+ " %d tries); self-service serves %.0f %%; %d cloud seats after %d min for %d h; %d partner agents, at most %.0f %%"
						+ " of the calls answered",
				m.trigger().factor(), m.trigger().minutes(), m.callbackQueue().promiseMinutes(),
				m.callbackQueue().retryMinutes(), m.callbackQueue().maxTries(), 100 * m.deflection().share(),
				m.cloudSeats().seats(), m.cloudSeats().afterMinutes(), m.cloudSeats().hours(), m.overflow().agents(),
				100 * m.overflow().share());
		line(out, "%-28s %8s %6s %7s %6s %7s %7s %7s %6s %6s %8s %8s", "day, measures", "callers", "surge", "answer",
				"≤20 s", "abandon", "cb left", "cb ≤4h", "late", "none", "ans|cb4h", "+self");
		row(out, "normal, none", QueueSimulation.run(normalDay, m.none(), this.callers));
		row(out, "surge, none", QueueSimulation.run(surgeDay, m.none(), this.callers));
		if (eachMeasure) {
			for (String measure : new String[] { "callback", "deflection", "cloud", "overflow" }) {
				row(out, "surge, " + measure + " only", QueueSimulation.run(surgeDay, m.only(measure), this.callers));
			}
		}
		row(out, "surge, all measures", QueueSimulation.run(surgeDay, m, this.callers));
	}

	private static void row(PrintStream out, String name, DayOutcome day) {
		line(out, "%-28s %,8d %6s %6.1f%% %5.1f%% %6.1f%% %,7d %,7d %,6d %,6d %7.1f%% %7.1f%%", name, day.offered(),
				day.surgeSince() < 0 ? "-" : clock(day.surgeSince()), 100 * day.answerRate(),
				100.0 * day.answeredWithinTarget() / Math.max(1, day.wantedAgent()), 100 * day.abandonment(),
				day.callbacksLeft(), day.calledBackInTime(), day.calledBackLate(),
				day.callbacksNotMade() + day.unreached(), 100 * day.answeredOrCalledBack(), 100 * day.served());
	}

	private static String clock(double secondsAfterOpening) {
		long minutes = 7 * 60 + (long) (secondsAfterOpening / 60);
		return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
	}

	private static int[] constant(int intervals, int agents) {
		int[] staff = new int[intervals];
		Arrays.fill(staff, agents);
		return staff;
	}

	private static double number(TaskOptions options, String name, double fallback) {
		String value = options.get(name).orElse(null);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " must be a number, not '" + value + "'");
		}
	}

	private static void line(PrintStream out, String format, Object... args) {
		out.println(String.format(Locale.ROOT, format, args));
	}

}
