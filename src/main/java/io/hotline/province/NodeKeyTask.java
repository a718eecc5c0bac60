package io.hotline.province;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code node-key --city 6201}: prints the key a city node of this province is given as
 * {@code HOTLINE_NODE_KEY}, derived from the province's {@code HOTLINE_NODE_MASTER_KEY}
 * (or {@code --master-key}). Exit 2 without a secret or with a code that is no city's.
 */
public class NodeKeyTask implements StandaloneTask {

	@Override
	public String name() {
		return "node-key";
	}

	@Override
	public String description() {
		return "print the key of a city node, derived from the province's HOTLINE_NODE_MASTER_KEY";
	}

	@Override
	public int run(TaskOptions options) {
		String city = options.get("city").map(String::strip).orElse("");
		String master = options.get("master-key").orElse(System.getenv("HOTLINE_NODE_MASTER_KEY"));
		if (!city.matches("\\d{4,6}")) {
			System.err.println("--city takes a city's division code of 4 to 6 digits (e.g. 6201), not '" + city + "'");
			return 2;
		}
		if (master == null || master.isBlank()) {
			System.err.println("set HOTLINE_NODE_MASTER_KEY (the province's secret) or give --master-key");
			return 2;
		}
		System.out.println(NodeKeys.keyOf(master.strip(), city));
		return 0;
	}

}
