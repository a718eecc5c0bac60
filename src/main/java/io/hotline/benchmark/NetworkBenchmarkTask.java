package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.platform.EmbeddedPostgresServer;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;
import io.hotline.province.NodeKeys;

import static io.hotline.benchmark.ClusterBenchmarkTask.count;
import static io.hotline.benchmark.ClusterBenchmarkTask.print;
import static io.hotline.benchmark.ClusterBenchmarkTask.seconds;

/**
 * {@code benchmark-network [--orders 20000] [--warmup 5000] [--clients 32]
 * [--city-history 20000] [--cut-minutes 10] [--cut-rate 50]}: a province (62) and one of
 * its cities (兰州, 6201), each a process of this jar on its own PostgreSQL (the province's
 * run by this task, so that it can read what arrived when), the city reaching the
 * province through a relay this task can cut (decision 0015). Measures how long the
 * city's history takes to reach the province; the lag from each event at the city to its
 * arrival at the province under the intake benchmark's load (32 clients at full speed);
 * and, after the city was cut off for some minutes of paced load, how long it takes to
 * catch up. Exits 1 when a request failed or the province does not hold every order of
 * the city in the end.
 */
public class NetworkBenchmarkTask implements StandaloneTask {

	private static final String CITY = "6201";

	@Override
	public String name() {
		return "benchmark-network";
	}

	@Override
	public String description() {
		return "measure how late a province sees a city's orders under load, and how fast a city cut off catches up";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int orders = options.intValue("orders", 20_000);
		int warmup = options.intValue("warmup", 5_000);
		int clients = options.intValue("clients", 32);
		int history = options.intValue("city-history", 20_000);
		int cutMinutes = options.intValue("cut-minutes", 10);
		int cutRate = options.intValue("cut-rate", 50);
		Path jar = ClusterBenchmarkTask.runningJar();
		String password = System.getenv().getOrDefault("HOTLINE_DEMO_PASSWORD", "demo");
		String secret = UUID.randomUUID().toString();
		Path directory = Files.createTempDirectory("hotline-network-benchmark-");
		print("machine: %d cores, Java %s; data in %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), directory);
		int failures = 0;
		boolean complete;
		try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(directory.resolve("province-database"))) {
			String url = database.jdbcUrl();
			long started = System.nanoTime();
			try (Instances province = Instances.node(jar, directory.resolve("province"),
					Map.of("HOTLINE_JURISDICTION", "62", "HOTLINE_NODE_MASTER_KEY", secret, "HOTLINE_DB_URL", url,
							"HOTLINE_DB_USER", "postgres", "HOTLINE_DB_PASSWORD", "postgres"),
					List.of("--hotline.demo.history-orders=0"));
					Relay link = new Relay(province.ports().get(0));
					Instances city = Instances.node(jar, directory.resolve("city"),
							Map.of("HOTLINE_JURISDICTION", CITY, "HOTLINE_PROVINCE_URL",
									"http://127.0.0.1:" + link.port(), "HOTLINE_NODE_KEY",
									NodeKeys.keyOf(secret, CITY)),
							List.of("--hotline.demo.history-orders=" + history))) {
				int cityPort = city.ports().get(0);
				print("province (62) and city (%s) up in %.0f s", CITY, seconds(started));
				long syncing = System.nanoTime();
				long total = awaitHeld(url, cityPort, password);
				print("  the city's orders at the province:  %,d in %.1f s after both were up", total,
						seconds(syncing));

				ClusterBenchmarkTask.settle("  start-up work:                     ");
				Latencies warm = new IntakeLoad(cityPort, "agent1", password, UUID.randomUUID().toString()).run(clients,
						warmup);
				failures += warm.failures();
				print("  warm-up at the city:                %s", warm.describe("orders"));
				awaitHeld(url, cityPort, password);
				ClusterBenchmarkTask.settle("  settled:                           ");
				Instant loadStart = Instant.now();
				IntakeLoad intake = new IntakeLoad(cityPort, "agent1", password, UUID.randomUUID().toString());
				Latencies measured = intake.run(clients, orders);
				failures += measured.failures();
				print("  intake at the city:                 %s (%d clients)", measured.describe("orders"), clients);
				long afterLoad = System.nanoTime();
				total = awaitHeld(url, cityPort, password);
				print("  all at the province:                %.1f s after the last answer", seconds(afterLoad));
				print("  lag, city's event to the province:  %s", lag(url, loadStart));

				link.cut();
				long heldAtCut = held(url);
				long cutAt = System.nanoTime();
				int registered = 0;
				while (seconds(cutAt) < cutMinutes * 60.0) {
					long second = System.nanoTime();
					Latencies paced = new IntakeLoad(cityPort, "agent1", password, UUID.randomUUID().toString())
						.run(Math.min(4, cutRate), cutRate);
					failures += paced.failures();
					registered += cutRate;
					long rest = 1_000 - (System.nanoTime() - second) / 1_000_000;
					if (rest > 0) {
						Thread.sleep(rest);
					}
				}
				print("  cut off for %d min: %,d orders registered at the city (%d a second); the province still "
						+ "holds %,d (%,d at the cut)", cutMinutes, registered, cutRate, held(url), heldAtCut);
				long back = System.nanoTime();
				link.restore();
				total = awaitHeld(url, cityPort, password);
				double catchUp = seconds(back);
				print("  caught up in %.1f s after the link came back: %,d orders, %.0f orders a second", catchUp,
						total - heldAtCut, (total - heldAtCut) / catchUp);
				long held = held(url);
				long own = cityOrders(cityPort, password);
				complete = held == own;
				print("  province holds %,d of the city's %,d orders%s", held, own, complete ? "" : ": NOT ALL");
			}
		}
		finally {
			ClusterBenchmarkTask.delete(directory);
		}
		return (failures == 0 && complete) ? 0 : 1;
	}

	/** Waits until the province holds as many of the city's orders as the city has. */
	private static long awaitHeld(String url, int cityPort, String password) throws Exception {
		long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
		while (System.nanoTime() < deadline) {
			long city = cityOrders(cityPort, password);
			if (held(url) >= city) {
				return city;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the province did not get all of the city's orders within 30 minutes");
	}

	private static long held(String url) throws Exception {
		return count(url, "select count(*) from city_order where city = '" + CITY + "'");
	}

	private static final Pattern TOTAL = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)");

	private static long cityOrders(int port, String password) throws Exception {
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("supervisor1:" + password).getBytes(StandardCharsets.UTF_8));
		try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", port)) {
			LoopbackHttp.Answer answer = http.send("GET", "/api/orders?size=1", authorization, null, null);
			Matcher total = TOTAL.matcher(answer.text());
			if (answer.status() != 200 || !total.find()) {
				throw new IllegalStateException("the city answered " + answer.status() + ": " + answer.text());
			}
			return Long.parseLong(total.group(1));
		}
	}

	/**
	 * The lag of the events since then, from the city's time to the province's arrival.
	 */
	private static String lag(String url, Instant since) throws Exception {
		try (Connection connection = DriverManager.getConnection(url);
				PreparedStatement query = connection.prepareStatement("""
						select count(*), percentile_cont(0.5) within group (order by s), percentile_cont(0.99)
						    within group (order by s), max(s)
						from (select extract(epoch from received_at - at) as s from city_order_event
						      where city = ? and at >= ?) e""")) {
			query.setString(1, CITY);
			query.setTimestamp(2, Timestamp.from(since));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return String.format(java.util.Locale.ROOT, "%,d events: p50 %.2f s, p99 %.2f s, max %.2f s",
						rows.getLong(1), rows.getDouble(2), rows.getDouble(3), rows.getDouble(4));
			}
		}
	}

}
