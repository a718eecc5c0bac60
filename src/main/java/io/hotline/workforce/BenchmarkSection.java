package io.hotline.workforce;

import java.io.PrintStream;

import io.hotline.platform.TaskOptions;

/**
 * One part of {@code benchmark-workforce}: the forecast backtest, the staffing check, the
 * roster solve, … Each prints its own lines under its title.
 */
public interface BenchmarkSection {

	String title();

	/**
	 * Measures and prints; a wrong option or input throws an IllegalArgumentException.
	 */
	void print(TaskOptions options, PrintStream out) throws Exception;

}
