package io.hotline.benchmark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;
import io.hotline.platform.Workers;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-province [--orders 10000000] [--checkpoints 1000000,10000000]
 * [--clients 32] [--intake 3000] [--queries 200] [--cockpit-repeats 10]}: a province's
 * year of orders with their timelines ({@link ProvinceYear}) on a fresh platform, and at
 * each checkpoint the figures of {@code docs/performance.md}: intake over HTTP, a unit's
 * inbox, order search, every cockpit query, one supervision run, hotspots, the open-data
 * export, backup and restore, and the database's size. Exit 0 only when no request
 * failed.
 */
@Component
class ProvinceBenchmarkTask implements HotlineTask {

	private final Environment environment;

	private final DataSource dataSource;

	private final HotlineProperties properties;

	private final Workers workers;

	ProvinceBenchmarkTask(Environment environment, DataSource dataSource, HotlineProperties properties,
			Workers workers) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.properties = properties;
		this.workers = workers;
	}

	@Override
	public String name() {
		return "benchmark-province";
	}

	@Override
	public String description() {
		return "a province's year (--orders 10000000) and, at each of --checkpoints, intake, inbox, search, cockpit, "
				+ "supervision, hotspots, open data, backup, restore and size";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int orders = options.intValue("orders", 10_000_000);
		List<Long> checkpoints = checkpoints(options.get("checkpoints").orElse("1000000," + orders), orders);
		Load load = new Load(options.intValue("clients", 32), options.intValue("intake", 3_000),
				options.intValue("queries", 200), options.intValue("cockpit-repeats", 10));
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB; data in %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, this.properties.dataDir().toAbsolutePath());
		if (System.getenv("HOTLINE_BENCHMARK_DATA_DIR") == null) {
			BenchmarkTask.removeOnExit(this.properties.dataDir());
		}
		StartupWork.awaitDone(this.workers);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		ProvinceYear year = new ProvinceYear(jdbc);
		int failures = 0;
		for (long checkpoint : checkpoints) {
			long started = System.nanoTime();
			long stored = year.grow(checkpoint, (n) -> {
				if (n % 1_000_000 < 100_000) {
					System.out.printf("  ... %,d orders stored%n", n);
				}
			});
			System.out.printf("generated to %,d orders (%,d timeline entries) in %.0f s%n", stored,
					jdbc.queryForObject("select count(*) from work_order_event", Long.class),
					(System.nanoTime() - started) / 1e9);
			StartupWork.awaitDone(this.workers, "  follow-up work:");
			System.out.printf("== at %,d orders ==%n", checkpoint);
			failures += measure(jdbc, load);
		}
		year.dropWorkingTables();
		System.out.println(failures == 0 ? "no request failed" : failures + " requests failed");
		return failures == 0 ? 0 : 1;
	}

	/** The checkpoints in increasing order, each a count of orders up to the total. */
	static List<Long> checkpoints(String text, long orders) {
		try {
			List<Long> checkpoints = Arrays.stream(text.split(","))
				.map(String::strip)
				.map(Long::parseLong)
				.filter((n) -> n <= orders)
				.sorted()
				.distinct()
				.toList();
			if (checkpoints.isEmpty() || checkpoints.get(0) < 1) {
				throw new IllegalArgumentException(
						"--checkpoints must name counts from 1 to --orders (" + orders + "), not '" + text + "'");
			}
			return checkpoints;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"--checkpoints must be whole numbers separated by commas, not '" + text + "'");
		}
	}

	/** Every figure at the count of orders stored now; returns the failed requests. */
	private int measure(JdbcTemplate jdbc, Load load) throws Exception {
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		String password = this.properties.demo().password();
		int failures = 0;

		IntakeLoad intake = new IntakeLoad(port, "agent1", password, UUID.randomUUID().toString());
		intake.run(load.clients(), Math.max(1, load.intake() / 4));
		intake = new IntakeLoad(port, "agent1", password, UUID.randomUUID().toString());
		Latencies created = intake.run(load.clients(), load.intake());
		System.out.printf("intake over HTTP: %s (%d clients)%n", created.describe("orders"), load.clients());
		failures += created.failures();
		StartupWork.awaitDone(this.workers, "  follow-up work:");

		InboxLoad inbox = new InboxLoad(jdbc);
		inbox.query(port, "unit1", password, 1, Math.max(1, load.queries() / 10));
		Latencies inboxed = inbox.query(port, "unit1", password, 1, load.queries());
		System.out.printf("unit inbox (1 client): %s%n", inboxed.describe("queries"));
		failures += inboxed.failures();

		ListLoad lists = new ListLoad(port, password);
		int searches = Math.max(5, load.queries() / 10);
		for (Map.Entry<String, String> search : searches(jdbc).entrySet()) {
			lists.measure("admin", search.getValue(), 1);
			Latencies found = lists.measure("admin", search.getValue(), searches);
			System.out.printf("search %s: %s%n", search.getKey(), found.percentiles());
			failures += found.failures();
		}
		failures += BenchmarkTask.lists(lists, searches);

		failures += cockpit(lists, port, password, load.cockpitRepeats());
		failures += once(lists, "monitor run (all detectors, the quarter-hourly job)", "POST",
				"/api/analytics/monitor");
		failures += once(lists, "supervision run", "POST", "/api/supervision/run");
		failures += once(lists, "hotspots (found again)", "POST", "/api/analytics/hotspots/refresh");
		YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
		failures += once(lists, "open-data export (" + lastMonth + ", CSV)", "GET",
				"/api/open-data/orders?format=csv&month=" + lastMonth);

		DatabaseBackup.Times backup = new DatabaseBackup(this.dataSource)
			.run(this.properties.dataDir().toAbsolutePath().resolve("province-backup"));
		System.out.printf("backup: %.1f s, %,d MiB (%s)%n", backup.backupSeconds(), backup.bytes() >> 20, backup.how());
		System.out.printf("restore: %.1f s, %,d orders restored%n", backup.restoreSeconds(), backup.restoredOrders());
		System.out.printf("database size: %,d MiB; %s%n",
				jdbc.queryForObject("select pg_database_size(current_database())", Long.class) >> 20,
				String.join(", ", jdbc.queryForList(
						"""
								select relname || ' ' || (pg_total_relation_size(relid) >> 20) || ' MiB'
								from pg_stat_user_tables where relname not like 'benchmark_province_%' order by pg_total_relation_size(relid) desc limit 6""",
						String.class)));
		return failures;
	}

	/** Order search: by words found often, by a number, and by words found nowhere. */
	private static Map<String, String> searches(JdbcTemplate jdbc) {
		String number = jdbc.queryForObject("select number from work_order order by id desc limit 1", String.class);
		Map<String, String> searches = new LinkedHashMap<>();
		searches.put("q=油烟 (common words, newest 20)", "/api/orders?q=%E6%B2%B9%E7%83%9F&size=20");
		searches.put("q=an order number", "/api/orders?q=" + number + "&size=20");
		searches.put("q=words found nowhere (reads every order)",
				"/api/orders?q=%E6%97%A0%E6%AD%A4%E5%86%85%E5%AE%B9&size=20");
		searches.put("type+channel+30 days, newest", "/api/orders?type=COMPLAINT&channel=PHONE&from="
				+ LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30) + "&size=20");
		return searches;
	}

	/** Every cockpit query, each so many times; prints the slowest p95. */
	private static int cockpit(ListLoad lists, int port, String password, int repeats) throws Exception {
		int failures = 0;
		double slowest = 0;
		String slowestQuery = "";
		for (String[] query : CockpitQueries.all(port, password)) {
			lists.measure(CockpitQueries.USER, query[0], query[1], 1);
			Latencies latencies = lists.measure(CockpitQueries.USER, query[0], query[1], repeats);
			System.out.printf("cockpit %s %s: %s%n", query[0], query[1], latencies.percentiles());
			failures += latencies.failures();
			if (latencies.percentileMillis(95) > slowest) {
				slowest = latencies.percentileMillis(95);
				slowestQuery = query[0] + " " + query[1];
			}
		}
		System.out.printf("cockpit slowest p95: %,.1f ms (%s)%n", slowest, slowestQuery);
		return failures;
	}

	private static int once(ListLoad lists, String what, String method, String path) throws Exception {
		Latencies latencies = lists.measure(CockpitQueries.USER, method, path, 1);
		System.out.printf("%s: %,.0f ms, %d failed%n", what, latencies.percentileMillis(100), latencies.failures());
		return latencies.failures();
	}

	/** How much load each measurement makes. */
	private record Load(int clients, int intake, int queries, int cockpitRepeats) {

	}

}
