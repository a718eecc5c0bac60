package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;
import io.hotline.province.NodeKeys;

import static io.hotline.benchmark.ClusterBenchmarkTask.print;

/**
 * {@code demo-province [--port 8080] [--data data-province] [--province 62]
 * [--cities 6201,6202,6205] [--city-history 20000]}: a province and its city hotlines on
 * this machine with one command (issue 21): the province on {@code --port}, each city on
 * the next ports, each a process of this jar with its own data directory (and embedded
 * database) under {@code --data}, the cities sending to the province with keys derived
 * from a secret kept in that directory, so that a second start finds them as they were.
 * Runs until stopped (Ctrl-C), then stops them all.
 */
public class DemoProvinceTask implements StandaloneTask {

	@Override
	public String name() {
		return "demo-province";
	}

	@Override
	public String description() {
		return "start a demo province and its city hotlines on this machine, each its own process, until Ctrl-C";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int port = options.intValue("port", 8080);
		Path data = Path.of(options.get("data").orElse("data-province")).toAbsolutePath();
		String province = options.get("province").orElse("62").strip();
		List<String> cities = List.of(options.get("cities").orElse("6201,6202,6205").split(","));
		int history = options.intValue("city-history", 20_000);
		for (String city : cities) {
			if (!city.strip().matches("\\d{4,6}") || !city.strip().startsWith(province)) {
				System.err.println("--cities takes codes of cities of province " + province + ", not " + city);
				return 2;
			}
		}
		Files.createDirectories(data);
		String secret = secret(data.resolve("node-master.key"));
		Path jar = ClusterBenchmarkTask.runningJar();
		List<Instances> nodes = new ArrayList<>();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			print("stopping the province and its cities …");
			for (Instances node : nodes) {
				try {
					node.close();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			stopped.countDown();
		}));
		print("starting province %s on port %d and cities %s on the next ports (data in %s) …", province, port,
				String.join(", ", cities), data);
		nodes
			.add(Instances.node(
					jar, data.resolve(province), Map.of("HOTLINE_JURISDICTION", province, "HOTLINE_NODE_MASTER_KEY",
							secret, "SERVER_PORT", Integer.toString(port)),
					List.of("--hotline.demo.history-orders=0")));
		print("  province %s: http://localhost:%d/ (admin, supervisor1, analyst1; password demo)", province, port);
		for (int i = 0; i < cities.size(); i++) {
			String city = cities.get(i).strip();
			int cityPort = port + 1 + i;
			nodes.add(Instances.node(jar, data.resolve(city),
					Map.of("HOTLINE_JURISDICTION", city, "HOTLINE_PROVINCE_URL", "http://127.0.0.1:" + port,
							"HOTLINE_NODE_KEY", NodeKeys.keyOf(secret, city), "SERVER_PORT", Integer.toString(cityPort),
							"HOTLINE_NODE_PUBLIC_URL", "http://localhost:" + cityPort),
					List.of("--hotline.demo.history-orders=" + history)));
			print("  city %s: http://localhost:%d/ (the demo users; password demo)", city, cityPort);
		}
		print("all up; Ctrl-C stops them");
		stopped.await();
		return 0;
	}

	/** The province's secret, made once and kept beside the nodes' data. */
	private static String secret(Path file) throws java.io.IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		String secret = UUID.randomUUID().toString() + UUID.randomUUID();
		Files.writeString(file, secret, StandardCharsets.UTF_8);
		return secret;
	}

}
