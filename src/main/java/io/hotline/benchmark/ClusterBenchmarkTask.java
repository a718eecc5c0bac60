package io.hotline.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import io.hotline.platform.EmbeddedPostgresServer;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code benchmark-cluster [--instances 1,2,3] [--clients 32] [--orders 20000]
 * [--warmup 15000] [--nginx PATH] [--share-cores false]}: intake over HTTP through nginx
 * in front of 1, 2 and 3 instances of the platform (this jar, each its own process) on
 * one PostgreSQL (the embedded server, run by this task in a temporary directory, removed
 * afterwards): what the cluster's machinery costs on this machine, against
 * {@code benchmark}'s one instance without a proxy. For each size: the instances start
 * one after another, a warm-up, the reactions to it completed (no incomplete event
 * publication left), then the measured orders and their reactions. Exits 1 when a request
 * failed.
 */
public class ClusterBenchmarkTask implements StandaloneTask {

	@Override
	public String name() {
		return "benchmark-cluster";
	}

	@Override
	public String description() {
		return "measure intake through nginx in front of 1, 2 and 3 platform instances on one PostgreSQL";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		List<Integer> sizes = sizes(options.get("instances").orElse("1,2,3"));
		int clients = options.intValue("clients", 32);
		int orders = options.intValue("orders", 20_000);
		int warmup = options.intValue("warmup", 15_000);
		Path nginx = NginxProxy.find(options.get("nginx"));
		boolean shareCores = options.get("share-cores").map(Boolean::parseBoolean).orElse(false);
		Path jar = runningJar();
		String password = System.getenv().getOrDefault("HOTLINE_DEMO_PASSWORD", "demo");
		Path directory = Files.createTempDirectory("hotline-cluster-benchmark-");
		print("machine: %d cores, Java %s; %s; data in %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), nginx, directory);
		int failures = 0;
		try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(directory.resolve("database"))) {
			for (int size : sizes) {
				long started = System.nanoTime();
				int cores = shareCores ? Math.max(1, Runtime.getRuntime().availableProcessors() / size) : 0;
				try (Instances instances = Instances.start(jar, size, database.jdbcUrl(),
						directory.resolve(size + "-instances"), cores);
						NginxProxy proxy = NginxProxy.start(nginx, instances.ports(),
								directory.resolve(size + "-instances").resolve("nginx"))) {
					print("%d instance(s) behind nginx: started in %.0f s (ports %s%s)", size, seconds(started),
							instances.ports(), (cores > 0) ? ", " + cores + " processor(s) each" : "");
					settle("  start-up work:   ");
					IntakeLoad intake = new IntakeLoad(proxy.port(), "agent1", password, UUID.randomUUID().toString());
					print("  warm-up:          %s", intake.run(clients, warmup).describe("orders"));
					awaitReactions(database.jdbcUrl(), "  follow-up work:");
					settle("  settled:         ");
					intake = new IntakeLoad(proxy.port(), "agent1", password, UUID.randomUUID().toString());
					CpuUse cpu = CpuUse.of(instances, proxy, directory.resolve("database").resolve("postgres"));
					Map<String, Long> before = cpu.read();
					long measuring = System.nanoTime();
					Latencies measured = intake.run(clients, orders);
					Map<String, Long> during = cpu.read();
					double intakeSeconds = seconds(measuring);
					print("  intake over HTTP: %s (%d clients)", measured.describe("orders"), clients);
					print("  new orders stored: %,d", stored(database.jdbcUrl(), intake.runId()));
					awaitReactions(database.jdbcUrl(), "  follow-up work:");
					print("  CPU, intake:      %s", CpuUse.perOrder(before, during, orders, intakeSeconds));
					print("  CPU, with follow-up: %s", CpuUse.perOrder(before, cpu.read(), orders, seconds(measuring)));
					failures += measured.failures();
				}
			}
		}
		finally {
			delete(directory);
		}
		return failures == 0 ? 0 : 1;
	}

	static List<Integer> sizes(String given) {
		List<Integer> sizes = new ArrayList<>();
		for (String size : given.split(",")) {
			try {
				int n = Integer.parseInt(size.strip());
				if (n < 1 || n > 8) {
					throw new NumberFormatException();
				}
				sizes.add(n);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						"--instances takes instance counts from 1 to 8 separated by commas (e.g. 1,2,3), not " + given);
			}
		}
		return sizes;
	}

	/** The jar this task runs from: each instance is a process of the same jar. */
	static Path runningJar() {
		Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
		if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"this benchmark starts instances of its own jar: run it as java -jar target/hotline.jar");
		}
		return jar.toAbsolutePath();
	}

	/**
	 * Waits until every reaction to the orders so far is done (no incomplete event
	 * publication), 10 minutes at most, and prints how long that took.
	 */
	private static void awaitReactions(String url, String label) throws Exception {
		long started = System.nanoTime();
		long deadline = started + StartupWork.MOST.toNanos();
		long incomplete;
		while ((incomplete = count(url, "select count(*) from event_publication where completion_date is null")) > 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		print("%s %s in %.1f s", label, (incomplete == 0) ? "done" : "still running, measured anyway",
				seconds(started));
	}

	/**
	 * Waits until the instances and the database are quiet (their processes used less
	 * than a tenth of a core over 5 s: the start-up work and the catch-ups done), 10
	 * minutes at most, and prints how long that took.
	 */
	static void settle(String label) throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + StartupWork.MOST.toNanos();
		Map<Long, Long> before = childrenCpuNanos();
		boolean quiet = false;
		while (!quiet && System.nanoTime() < deadline) {
			Thread.sleep(5_000);
			Map<Long, Long> now = childrenCpuNanos();
			long used = 0;
			for (java.util.Map.Entry<Long, Long> process : now.entrySet()) {
				used += process.getValue() - before.getOrDefault(process.getKey(), 0L);
			}
			quiet = used < 500_000_000L;
			before = now;
		}
		print("%s %s in %.0f s", label, quiet ? "done" : "still running, measured anyway", seconds(started));
	}

	/**
	 * The CPU time of this process's children and theirs (instances, PostgreSQL, nginx),
	 * by process id.
	 */
	private static Map<Long, Long> childrenCpuNanos() {
		Map<Long, Long> used = new HashMap<>();
		ProcessHandle.current()
			.descendants()
			.forEach((process) -> process.info()
				.totalCpuDuration()
				.ifPresent((cpu) -> used.put(process.pid(), cpu.toNanos())));
		return used;
	}

	private static long stored(String url, String runId) throws Exception {
		return count(url, "select count(*) from work_order where request_id like '" + runId + "-%'");
	}

	static long count(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

	static void delete(Path directory) throws java.io.IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
