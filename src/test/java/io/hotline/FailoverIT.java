package io.hotline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.PlatformProcess;
import io.hotline.support.ReplicatedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform on a primary PostgreSQL and its synchronous standby, through a multi-host
 * URL: the primary is stopped as by a crash while clients register orders, the standby is
 * promoted, and intake carries on. Every order acknowledged with 201 is stored (RPO 0),
 * intake succeeds again within 30 s of its first failure (RTO), and a client that retries
 * a request id gets the order it was first given.
 */
class FailoverIT {

	private static final int CLIENTS = 4;

	/** Orders acknowledged before the primary stops, and again after the failover. */
	private static final int ORDERS_EACH_SIDE = 60;

	/**
	 * How long the operator (or Patroni) takes to notice the dead primary and promote.
	 */
	private static final long DETECTION_MILLIS = 2_000;

	private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

	private final Set<String> failed = ConcurrentHashMap.newKeySet();

	/** Failed requests by what the client saw: an HTTP status, or the exception. */
	private final Map<String, Integer> failures = new ConcurrentHashMap<>();

	private final AtomicLong firstFailure = new AtomicLong();

	private final AtomicLong firstSuccessAfterFailure = new AtomicLong();

	@Test
	void carriesOnOnThePromotedStandbyWithoutLosingAnAcknowledgedOrder() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "failover-");
		Process platform = null;
		boolean passed = false;
		try (ReplicatedPostgres database = ReplicatedPostgres.start(dataDir.resolve("db"))) {
			int port = PlatformProcess.freePort();
			long starting = System.nanoTime();
			platform = PlatformProcess.start(dataDir.resolve("platform"), port,
					Map.of("HOTLINE_DB_URL", database.jdbcUrl(), "HOTLINE_DB_USER", "postgres", "HOTLINE_DEMO", "true"),
					"--hotline.demo.history-orders=0");
			System.out.printf("Failover: the platform started on the primary in %d s%n",
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - starting));
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int c = 0; c < CLIENTS; c++) {
				clients.submit(() -> register(port, running));
			}
			awaitAcknowledged(ORDERS_EACH_SIDE, 60);
			assertThat(database.standbyInSync()).as("standby synchronous before the failover").isTrue();
			int beforeFailover = this.acknowledged.size();
			System.out.printf("Failover: %d orders acknowledged %d s after the start%n", beforeFailover,
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - starting));
			database.stopPrimary();
			long stopped = System.nanoTime();
			Thread.sleep(DETECTION_MILLIS);
			database.promoteStandby();
			long promoted = System.nanoTime();
			awaitAcknowledged(this.acknowledged.size() + ORDERS_EACH_SIDE, 60);
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			System.out.printf("Failover: load ended %d s after the start%n",
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - starting));

			Map<String, Long> stored = stored(database.standbyPort(), this.acknowledged.keySet());
			int unansweredButStored = stored(database.standbyPort(), this.failed).size();
			long window = this.firstFailure.get() == 0 ? 0
					: this.firstSuccessAfterFailure.get() - this.firstFailure.get();
			System.out.printf(
					"Failover: %d orders acknowledged (%d before the primary stopped), %d of them stored, %d requests failed %s"
							+ " (%d of them stored nonetheless); failure window %d ms (first failure to first success),"
							+ " promotion %d ms after the stop%n",
					this.acknowledged.size(), beforeFailover, stored.size(), this.failed.size(), this.failures,
					unansweredButStored, TimeUnit.NANOSECONDS.toMillis(window),
					TimeUnit.NANOSECONDS.toMillis(promoted - stopped));
			assertThat(stored).as("RPO: every acknowledged order stored, with the id it was acknowledged with")
				.isEqualTo(this.acknowledged);
			assertThat(TimeUnit.NANOSECONDS.toSeconds(window)).as("RTO: seconds without intake").isLessThan(30);

			Api agent = Api.as(port, "agent1");
			String before = this.acknowledged.keySet().iterator().next();
			Response retried = agent.post("/api/orders", order(before));
			assertThat(retried.id()).as("a retry after the failover gets the first order")
				.isEqualTo(this.acknowledged.get(before));
			for (String unanswered : this.failed.stream().limit(20).toList()) {
				Response again = agent.post("/api/orders", order(unanswered));
				assertThat(again.status()).as("retry of " + unanswered).isBetween(200, 201);
				assertThat(agent.post("/api/orders", order(unanswered)).id()).isEqualTo(again.id());
			}
			assertThat(duplicates(database.standbyPort())).as("request ids stored twice").isZero();
			assertThat(Api.anonymous(port).get("/actuator/health").text("status")).isEqualTo("UP");
			List<String> errors = Files.readAllLines(PlatformProcess.log(dataDir.resolve("platform")))
				.stream()
				.filter((line) -> line.contains(" ERROR "))
				.toList();
			System.out.printf("Failover: %d lines logged at ERROR, the first: %s%n", errors.size(),
					errors.stream().limit(3).map((line) -> line.substring(Math.min(line.length(), 60))).toList());
			passed = true;
		}
		finally {
			if (platform != null) {
				// what is checked is in the database: no need to wait for a graceful end
				platform.destroyForcibly();
				platform.waitFor(30, TimeUnit.SECONDS);
			}
			if (passed) {
				FileSystemUtils.deleteRecursively(dataDir);
			}
			else {
				System.out.println("Failover: the platform's log is kept in " + dataDir);
			}
		}
	}

	private void register(int port, AtomicBoolean running) {
		Api agent = Api.as(port, "agent1");
		while (running.get()) {
			String requestId = UUID.randomUUID().toString();
			long sent = System.nanoTime();
			boolean created;
			Long id = null;
			String failure = null;
			try {
				Response response = agent.post("/api/orders", order(requestId));
				created = response.status() == 201;
				id = created ? response.id() : null;
				failure = "HTTP " + response.status();
			}
			catch (RuntimeException ex) {
				created = false;
				failure = (ex.getCause() != null ? ex.getCause() : ex).getClass().getSimpleName();
			}
			long now = System.nanoTime();
			if (created) {
				this.acknowledged.put(requestId, id);
				// a request sent before the first failure may still have been answered
				// by the old primary
				long first = this.firstFailure.get();
				if (first != 0 && sent > first) {
					this.firstSuccessAfterFailure.compareAndSet(0, now);
				}
			}
			else {
				this.failed.add(requestId);
				this.failures.merge(failure, 1, Integer::sum);
				this.firstFailure.compareAndSet(0, now);
			}
		}
	}

	private void awaitAcknowledged(int count, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (this.acknowledged.size() < count) {
			assertThat(System.nanoTime()).as("%d orders acknowledged within %d s", count, seconds).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/** The orders stored on the promoted standby, by request id. */
	private static Map<String, Long> stored(int port, Set<String> requestIds) throws Exception {
		Map<String, Long> stored = new HashMap<>();
		try (Connection connection = connect(port);
				PreparedStatement query = connection
					.prepareStatement("select request_id, id from work_order where request_id = any (?)")) {
			query.setArray(1, connection.createArrayOf("varchar", requestIds.toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					stored.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return stored;
	}

	private static long duplicates(int port) throws Exception {
		try (Connection connection = connect(port);
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from (select request_id from work_order where request_id is not null"
							+ " group by request_id having count(*) > 1) twice")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static Connection connect(int port) throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
	}

	private static Map<String, Object> order(String requestId) {
		return Map.of("channel", "WEB", "type", "HELP", "content", "小区路灯不亮已经一周，请尽快维修", "requestId", requestId);
	}

}
