package io.hotline.workforce;

import java.io.PrintStream;
import java.util.List;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;
import io.hotline.workforce.forecast.ForecastBenchmark;
import io.hotline.workforce.roster.RosterBenchmark;
import io.hotline.workforce.surge.SurgeBenchmark;

/**
 * {@code benchmark-workforce [--calls ../shared/data/callcenter/bank_calls_5min.csv]
 * [--holdout-weeks 4]}: the figures of workforce management, one section after another,
 * with no database: the contact forecast's backtest (MAPE and RMSE per method), the
 * staffing check and the roster solve ({@code [--agents 150] [--roster-seconds 55]}), the
 * surge simulation ({@code [--sandy FILE]}).
 */
public class WorkforceBenchmarkTask implements StandaloneTask {

	/** The sections in the order they print; a new one is added here. */
	static final List<BenchmarkSection> SECTIONS = List.of(new ForecastBenchmark(), new RosterBenchmark(),
			new SurgeBenchmark());

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "benchmark-workforce";
	}

	@Override
	public String description() {
		return "workforce management's figures: the contact forecast's backtest (MAPE, RMSE per method), "
				+ "the staffing check, the monthly roster's solve and the surge simulation";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		for (BenchmarkSection section : SECTIONS) {
			this.out.println("== " + section.title());
			section.print(options, this.out);
		}
		return 0;
	}

}
