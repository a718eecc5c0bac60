package io.hotline.workforce.surge;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code simulate-surge [--calls ../shared/data/callcenter/bank_calls_5min.csv]
 * [--sandy ../shared/data/311/sandy_311_daily.csv] [--peak 21] [--minutes-per-day 15]
 * [--agents N] [--patience 180] [--promise 240] [--deflection 0.25] [--cloud-seats 120]
 * [--cloud-after 30] [--partner-agents 84] [--partner-share 0.3] [--seed 19]}: simulates
 * a normal day and a surge day without and with the surge measures
 * (docs/workforce-surge.md).
 */
public class SurgeSimulationTask implements StandaloneTask {

	@Override
	public String name() {
		return "simulate-surge";
	}

	@Override
	public String description() {
		return "simulate a day with Sandy's surge at 21× normal, without and with the surge measures";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		SurgeFigures.of(options).print(System.out, true);
		return 0;
	}

}
