package io.hotline.workforce.surge;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import io.hotline.platform.TaskOptions;
import io.hotline.workforce.BenchmarkSection;

/**
 * {@code benchmark-workforce}'s surge simulation: {@code simulate-surge} with its
 * defaults (the series of {@code --calls} and {@code --sandy} where given; its other
 * options, such as {@code --agents}, would clash with the roster section's: run
 * {@code simulate-surge} for them).
 */
public final class SurgeBenchmark implements BenchmarkSection {

	@Override
	public String title() {
		return "surge at 21× with and without the measures (simulate-surge)";
	}

	@Override
	public void print(TaskOptions options, PrintStream out) throws Exception {
		List<String> args = new ArrayList<>();
		for (String name : List.of("calls", "sandy")) {
			options.get(name).ifPresent((value) -> args.addAll(List.of("--" + name, value)));
		}
		SurgeFigures.of(TaskOptions.of(args.toArray(String[]::new))).print(out, true);
	}

}
