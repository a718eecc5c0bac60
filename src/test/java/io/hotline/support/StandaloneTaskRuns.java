package io.hotline.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.hotline.platform.StandaloneTasks;

/** Runs a standalone command-line task in the test's JVM, as the jar would. */
public final class StandaloneTaskRuns {

	private StandaloneTaskRuns() {
	}

	/**
	 * Runs the task, adding what it printed (out and err together) as one string.
	 * @return its exit code
	 */
	public static int run(List<String> printed, Object... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try {
			return StandaloneTasks.run(Arrays.stream(args).map(String::valueOf).toArray(String[]::new)).orElseThrow();
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			printed.add(captured.toString(StandardCharsets.UTF_8));
		}
	}

}
