package io.hotline.workforce.roster;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.hotline.platform.TaskOptions;
import io.hotline.workforce.BenchmarkSection;

/**
 * {@code benchmark-workforce}'s staffing check and roster solve:
 * {@code [--agents 150] [--roster-seconds 55] [--calls FILE] [--short-shifts false]} (the
 * day's shape from the call series where it is there, else the built-in one; the 8-hour
 * templates alone with {@code --short-shifts false}).
 */
public final class RosterBenchmark implements BenchmarkSection {

	@Override
	public String title() {
		return "staffing check and monthly roster (Erlang C/A, Timefold Solver)";
	}

	@Override
	public void print(TaskOptions options, PrintStream out) {
		int agents = options.intValue("agents", 150);
		int seconds = options.intValue("roster-seconds", 55);
		if (agents < 1 || seconds < 1) {
			throw new IllegalArgumentException("--agents and --roster-seconds must be at least 1");
		}
		Path calls = options.get("calls").map(Path::of).orElse(RosterFigures.BANK_CALLS);
		if (options.get("calls").isPresent() && !Files.isRegularFile(calls)) {
			throw new IllegalArgumentException("no call series at " + calls.toAbsolutePath().normalize());
		}
		boolean shortShifts = !"false".equalsIgnoreCase(options.get("short-shifts").orElse("true"));
		new RosterFigures(agents, Duration.ofSeconds(seconds), calls, shortShifts).print(out);
	}

}
