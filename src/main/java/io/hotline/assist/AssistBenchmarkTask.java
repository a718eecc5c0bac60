package io.hotline.assist;

import java.nio.file.Path;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code benchmark-assist [--shared ../shared] [--calls 400] [--dialogues 1246] [--seed 20]}:
 * form filling field by field on calls made from held-out Teddy messages and on the CSDS
 * dialogues, beside the agent's baseline ({@link FormBenchmark}). No database.
 */
public class AssistBenchmarkTask implements StandaloneTask {

	@Override
	public String name() {
		return "benchmark-assist";
	}

	@Override
	public String description() {
		return "form filling from conversations, field by field, on Teddy messages as calls and CSDS dialogues";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path shared = Path.of(options.get("shared").orElse("../shared"));
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		return FormBenchmark.measure(shared, options.intValue("calls", 400), options.intValue("dialogues", 1246),
				options.intValue("seed", 20), System.out) ? 0 : 1;
	}

}
