package io.hotline.benchmark;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code benchmark [--clients 32] [--orders 20000] [--warmup 15000] [--inbox-orders 1000000]
 * [--inbox-queries 1000]}: the figures of {@code docs/performance.md}.
 */
@Component
class BenchmarkTask implements HotlineTask {

	private final Environment environment;

	private final DataSource dataSource;

	private final HotlineProperties properties;

	BenchmarkTask(Environment environment, DataSource dataSource, HotlineProperties properties) {
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
		String password = this.properties.demo().password();
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		print("machine: %d cores, Java %s, max heap %d MiB; data in %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
				this.properties.dataDir().toAbsolutePath());

		if (System.getenv("HOTLINE_BENCHMARK_DATA_DIR") == null) {
			removeOnExit(this.properties.dataDir());
		}
		IntakeLoad intake = new IntakeLoad(port, "agent1", password, UUID.randomUUID().toString());
		print("warm-up:           %s", intake.run(clients, warmup).describe("orders"));
		Latencies api = intake.run(clients, orders);
		print("intake over HTTP:  %s (%d clients)", api.describe("orders"), clients);
		Latencies raw = new RawInserts(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()).run(clients, orders);
		print("raw INSERT:        %s (%d connections, one row per commit)", raw.describe("rows"), clients);

		InboxLoad inbox = new InboxLoad(new JdbcTemplate(this.dataSource));
		long started = System.nanoTime();
		long stored = inbox.fill(inboxOrders, (n) -> print("  ... %,d orders stored", n));
		print("filled to %,d orders in %.0f s", stored, (System.nanoTime() - started) / 1e9);
		inbox.query(port, "unit1", password, 1, 100);
		print("inbox (1 client):  %s", inbox.query(port, "unit1", password, 1, inboxQueries).describe("queries"));
		print("inbox (8 clients): %s", inbox.query(port, "unit1", password, 8, inboxQueries).describe("queries"));
		return api.failures() == 0 ? 0 : 1;
	}

	/**
	 * The task's own temporary cluster is removed when the process exits, after the
	 * application context (and with it PostgreSQL) has closed.
	 */
	private static void removeOnExit(Path dataDir) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dataDir.toFile())));
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(format, args));
	}

}
