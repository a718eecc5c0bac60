package io.hotline.workforce.roster;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import io.hotline.workforce.staffing.ErlangA;
import io.hotline.workforce.staffing.ErlangC;

/**
 * The workforce benchmark's staffing check and roster solve: Erlang C and A on the known
 * example, then a realistic 150-agent month solved, with the time, hard rules broken and
 * the agent-hours under and over the demand. Runs alone with
 * {@code java -cp target/hotline.jar -Dloader.main=io.hotline.workforce.roster.RosterFigures
 * org.springframework.boot.loader.launch.PropertiesLauncher [agents] [seconds] [history.csv] [short-shifts]}.
 */
public final class RosterFigures {

	public static final Path BANK_CALLS = Path.of("..", "shared", "data", "callcenter", "bank_calls_5min.csv");

	private final int agents;

	private final Duration limit;

	private final Path history;

	private final boolean shortShifts;

	/**
	 * @param agents agents in the month (150 for the goal)
	 * @param limit the solver's time limit
	 * @param history calls per interval to shape the day (the built-in shape when
	 * missing)
	 */
	public RosterFigures(int agents, Duration limit, Path history) {
		this(agents, limit, history, true);
	}

	/**
	 * @param shortShifts whether the month offers the 6- and 4-hour templates besides the
	 * 8-hour ones (false: the 8-hour ones alone, as before)
	 */
	public RosterFigures(int agents, Duration limit, Path history, boolean shortShifts) {
		this.agents = agents;
		this.limit = limit;
		this.history = history;
		this.shortShifts = shortShifts;
	}

	public static RosterFigures standard() {
		return new RosterFigures(150, Duration.ofSeconds(55), BANK_CALLS);
	}

	public void print(PrintStream out) {
		printStaffingCheck(out);
		SampleMonth sample = new SampleMonth(this.agents, this.history, this.shortShifts);
		Roster roster = sample.roster();
		double demandHours = roster.getMonth().demand().stream().mapToInt(DemandInterval::required).sum() * 0.5;
		out.println(String.format(Locale.ROOT,
				"roster · %d agents × %d days from %s, 30-minute intervals, %d shift templates, demand %.0f agent-hours "
						+ "(Erlang A 80/20, %.0f calls on a weekday, shape: %s)",
				this.agents, roster.getMonth().days(), roster.getMonth().first(), roster.getShifts().size(),
				demandHours, sample.dailyCalls(), sample.shapeSource()));
		RosterResult result = new RosterSolver(this.limit).solve(roster);
		long shifts = result.roster().getAgentDays().stream().filter((day) -> day.getShift() != null).count();
		out.println(String.format(Locale.ROOT,
				"roster · solved in %.1f s (limit %d s, %d processors), score %s, hard violations %d, "
						+ "under the demand %.1f agent-hours (%.1f %%), over %.1f agent-hours (%.1f %%), %d shifts",
				result.took().toMillis() / 1000.0, this.limit.toSeconds(), Runtime.getRuntime().availableProcessors(),
				result.score(), result.hardViolations(), result.hoursUnder(), 100 * result.hoursUnder() / demandHours,
				result.hoursOver(), 100 * result.hoursOver() / demandHours, shifts));
	}

	static void printStaffingCheck(PrintStream out) {
		double erlangs = 3.5 * 3;
		out.println(String.format(Locale.ROOT,
				"staffing · Erlang C, 3.5 calls/min, 3-minute handling, 13 agents: mean wait %.2f s (known 26.56 s), "
						+ "waiting %.1f %%, answered within 15 s %.1f %%, within 20 s %.1f %%",
				ErlangC.meanWaitSeconds(erlangs, 13, 180), 100 * ErlangC.probabilityOfWaiting(erlangs, 13),
				100 * ErlangC.serviceLevel(erlangs, 13, 180, 15), 100 * ErlangC.serviceLevel(erlangs, 13, 180, 20)));
		ErlangA.Outcome outcome = ErlangA.outcome(3.5 / 60, 180, 120, 13, 15);
		out.println(String.format(Locale.ROOT,
				"staffing · Erlang A, the same with 2 minutes' mean patience: answered within 15 s %.1f %%, "
						+ "abandoned %.1f %%, waiting %.1f %%",
				100 * outcome.serviceLevel(), 100 * outcome.abandonment(), 100 * outcome.probabilityOfWaiting()));
	}

	public static void main(String[] args) {
		int agents = (args.length > 0) ? Integer.parseInt(args[0]) : 150;
		Duration limit = Duration.ofSeconds((args.length > 1) ? Long.parseLong(args[1]) : 55);
		Path history = (args.length > 2) ? Path.of(args[2]) : BANK_CALLS;
		boolean shortShifts = (args.length <= 3) || Boolean.parseBoolean(args[3]);
		new RosterFigures(agents, limit, history, shortShifts).print(System.out);
	}

}
