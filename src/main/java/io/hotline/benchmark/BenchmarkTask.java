package io.hotline.benchmark;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;
import io.hotline.platform.Workers;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code benchmark [--clients 32] [--orders 20000] [--warmup 15000] [--inbox-orders 1000000]
 * [--inbox-queries 1000] [--open311-requests 5000] [--open311-queries 1000]}: the figures
 * of {@code docs/performance.md}. A count of 0 skips its part: {@code --orders 0} intake
 * and raw inserts, {@code --inbox-orders 0} the fill, {@code --inbox-queries 0} the inbox
 * queries, {@code --open311-requests 0} and {@code --open311-queries 0} Open311.
 */
@Component
class BenchmarkTask implements HotlineTask {

	private final Environment environment;

	private final DataSource dataSource;

	private final HotlineProperties properties;

	private final Workers workers;

	BenchmarkTask(Environment environment, DataSource dataSource, HotlineProperties properties, Workers workers) {
		this.workers = workers;
		this.environment = environment;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public String description() {
		return "measure order intake over HTTP, raw INSERT rate and a unit's inbox query at scale";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int clients = options.intValue("clients", 32);
		int orders = options.intValue("orders", 20_000);
		int warmup = options.intValue("warmup", 15_000);
		int inboxOrders = options.intValue("inbox-orders", 1_000_000);
		int inboxQueries = options.intValue("inbox-queries", 1_000);
		int open311Requests = options.intValue("open311-requests", 5_000);
		int open311Queries = options.intValue("open311-queries", 1_000);
		String password = this.properties.demo().password();
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		print("machine: %d cores, Java %s, max heap %d MiB; data in %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
				this.properties.dataDir().toAbsolutePath());
		StartupWork.awaitDone(this.workers);

		if (System.getenv("HOTLINE_BENCHMARK_DATA_DIR") == null) {
			removeOnExit(this.properties.dataDir());
		}
		int failures = 0;
		if (orders > 0) {
			// each run its own request ids: a request id seen before is a replay,
			// answered
			// from the order it made, not a registration
			IntakeLoad intake = new IntakeLoad(port, "agent1", password, UUID.randomUUID().toString());
			print("warm-up:           %s", intake.run(clients, warmup).describe("orders"));
			intake = new IntakeLoad(port, "agent1", password, UUID.randomUUID().toString());
			// the warm-up's checks and indexes are not charged to the orders measured
			StartupWork.awaitDone(this.workers, "  follow-up work:");
			Latencies api = intake.run(clients, orders);
			print("intake over HTTP:  %s (%d clients)", api.describe("orders"), clients);
			print("  new orders stored: %,d", new JdbcTemplate(this.dataSource).queryForObject(
					"select count(*) from work_order where request_id like ?", Long.class, intake.runId() + "-%"));
			StartupWork.awaitDone(this.workers, "  follow-up work:");
			failures += api.failures();
			Latencies raw = new RawInserts(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()).run(clients,
					orders);
			print("raw INSERT:        %s (%d connections, one row per commit)", raw.describe("rows"), clients);
		}

		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		if (open311Requests > 0 || open311Queries > 0) {
			failures += open311(new Open311Load(port, UUID.randomUUID().toString()), jdbc, clients, open311Requests,
					open311Queries);
		}

		InboxLoad inbox = new InboxLoad(jdbc);
		if (inboxOrders > 0) {
			long started = System.nanoTime();
			long stored = inbox.fill(inboxOrders, (n) -> print("  ... %,d orders stored", n));
			print("filled to %,d orders in %.0f s", stored, (System.nanoTime() - started) / 1e9);
		}
		if (inboxQueries > 0) {
			inbox.query(port, "unit1", password, 1, 100);
			print("inbox (1 client):  %s", inbox.query(port, "unit1", password, 1, inboxQueries).describe("queries"));
			print("inbox (8 clients): %s", inbox.query(port, "unit1", password, 8, inboxQueries).describe("queries"));
			failures += lists(new ListLoad(port, password), Math.max(10, inboxQueries / 10));
		}
		return failures == 0 ? 0 : 1;
	}

	/**
	 * The lists' pages with filters applied, and exports, one client each; returns the
	 * failures.
	 */
	static int lists(ListLoad lists, int queries) throws Exception {
		int failures = 0;
		for (Map.Entry<String, String[]> page : lists.pages().entrySet()) {
			String[] asked = page.getValue();
			boolean export = asked[1].contains("/export");
			int times = export ? 5 : queries;
			lists.measure(asked[0], asked[1], 1);
			Latencies latencies = lists.measure(asked[0], asked[1], times);
			failures += latencies.failures();
			print("list %s: %s", page.getKey(), latencies.describe(export ? "exports" : "pages"));
		}
		return failures;
	}

	/**
	 * Open311 over HTTP: creating requests, then searching the open ones (up to 1,000
	 * each) and by a list of 10 numbers; returns the failures of the runs measured.
	 */
	private static int open311(Open311Load open311, JdbcTemplate jdbc, int clients, int requests, int queries)
			throws Exception {
		int failures = 0;
		print("open311 service:   %s, %,d orders stored", open311.serviceCode(),
				jdbc.queryForObject("select count(*) from work_order", Long.class));
		if (requests > 0) {
			print("open311 warm-up:   %s",
					open311.create(clients, Math.max(1, requests / 4), "warmup").describe("orders"));
			Latencies created = open311.create(clients, requests, "run");
			print("open311 create:    %s (%d clients)", created.describe("orders"), clients);
			failures += created.failures();
		}
		if (queries > 0) {
			String open = "requests.json?status=open";
			String listed = Open311Load.byNumbers(jdbc, 10);
			open311.search(clients, Math.max(1, queries / 10), open);
			Latencies openSearch = open311.search(clients, queries, open);
			print("open311 search open (up to 1,000 each): %s (%d clients)", openSearch.describe("queries"), clients);
			Latencies byNumber = open311.search(clients, queries, listed);
			print("open311 search by 10 ids: %s (%d clients)", byNumber.describe("queries"), clients);
			failures += openSearch.failures() + byNumber.failures();
		}
		return failures;
	}

	/**
	 * The task's own temporary cluster is removed when the process exits, after the
	 * application context (and with it PostgreSQL) has closed.
	 */
	static void removeOnExit(Path dataDir) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dataDir.toFile())));
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(format, args));
	}

}
