package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.hotline.platform.EmbeddedPostgresServer;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

import static io.hotline.benchmark.ClusterBenchmarkTask.count;
import static io.hotline.benchmark.ClusterBenchmarkTask.print;
import static io.hotline.benchmark.ClusterBenchmarkTask.seconds;

/**
 * {@code benchmark-inspection-lag [--calls 300] [--minutes 3]}: issue 20's "every call
 * inspected within 5 minutes of its end", on a running instance: one platform process of
 * this jar on an embedded PostgreSQL of its own, its inspection job on its own schedule
 * (every 30 s, a grace of 60 s for late transcripts), calls sent as the phone system
 * sends them (ringing, answered, the utterances, hung up) at a steady rate for the
 * minutes given, then the time from each call's end to its inspection (p50, p99, the
 * longest). Exit 1 when a call was not inspected within 5 minutes, or a request failed.
 */
public class InspectionLagBenchmarkTask implements StandaloneTask {

	static final Duration GOAL = Duration.ofMinutes(5);

	private static final String[][] REQUESTS = { { "我家楼下的路灯坏了一个多月，晚上一片漆黑", "好的，我们会转给城管部门尽快维修" },
			{ "小区旁边的工地每天晚上施工到凌晨，噪音太大了", "夜间施工需要许可，我们会转给住建部门核查" }, { "我想问一下社保卡丢了怎么补办", "您可以带身份证到就近的社保服务网点补办，也可以在线上申请" },
			{ "公交车司机态度很差，还没等我下车就关门", "非常抱歉，我们会转交公交集团调查处理" }, { "楼上漏水把我家天花板泡坏了，物业不管", "我们会联系所在街道协调物业处理" } };

	@Override
	public String name() {
		return "benchmark-inspection-lag";
	}

	@Override
	public String description() {
		return "time from a call's end to its quality inspection on a running instance: --calls 300 --minutes 3";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int calls = options.intValue("calls", 300);
		int minutes = options.intValue("minutes", 3);
		if (calls < 1 || minutes < 1) {
			throw new IllegalArgumentException("--calls and --minutes take whole numbers of at least 1");
		}
		Path jar = ClusterBenchmarkTask.runningJar();
		String password = System.getenv().getOrDefault("HOTLINE_DEMO_PASSWORD", "demo");
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("agent1:" + password).getBytes(StandardCharsets.UTF_8));
		Path directory = Files.createTempDirectory("hotline-inspection-lag-");
		print("machine: %d cores, Java %s; data in %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), directory);
		String run = "lag-" + UUID.randomUUID().toString().substring(0, 8);
		try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(directory.resolve("database"))) {
			long started = System.nanoTime();
			try (Instances instance = Instances.start(jar, 1, database.jdbcUrl(), directory.resolve("instance"))) {
				print("one instance started in %.0f s; %,d calls over %d minute(s), the inspection job on its schedule",
						seconds(started), calls, minutes);
				int failed = 0;
				long sending = System.nanoTime();
				long every = Duration.ofMinutes(minutes).toNanos() / calls;
				try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", instance.ports().get(0))) {
					for (int i = 0; i < calls; i++) {
						long due = sending + i * every;
						long wait = due - System.nanoTime();
						if (wait > 0) {
							Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
						}
						failed += call(http, authorization, run + "-" + i, i) ? 0 : 1;
					}
				}
				print("calls sent in %.0f s, %d failed request(s)", seconds(sending), failed);
				long waiting = System.nanoTime();
				String inspected = "select count(*) from quality_inspection where call_id like '" + run + "-%'";
				while (count(database.jdbcUrl(), inspected) < calls
						&& System.nanoTime() - waiting < GOAL.plusMinutes(2).toNanos()) {
					Thread.sleep(1_000);
				}
				List<Long> lags = lags(database.jdbcUrl(), run);
				int late = (int) lags.stream().filter((lag) -> lag > GOAL.toMillis()).count() + (calls - lags.size());
				print("inspected: %,d of %,d calls; end → inspection p50 %.1f s, p99 %.1f s, longest %.1f s "
						+ "(goal: within %d minutes; %d late or never)", lags.size(), calls, quantile(lags, 0.5),
						quantile(lags, 0.99), quantile(lags, 1), GOAL.toMinutes(), late);
				return (failed == 0 && late == 0) ? 0 : 1;
			}
		}
		finally {
			ClusterBenchmarkTask.delete(directory);
		}
	}

	/** One call as the phone system reports it; false where a request failed. */
	private static boolean call(LoopbackHttp http, String authorization, String callId, int i) throws Exception {
		String[] said = REQUESTS[i % REQUESTS.length];
		String caller = "139" + String.format("%08d", 10_000_000 + i);
		String utterances = "[" + utterance("AGENT", "您好，12345热线，请问有什么可以帮您？", 0, 3) + ","
				+ utterance("CALLER", said[0], 3, 9) + ","
				+ utterance("AGENT", "跟您确认一下，您反映的是" + said[0] + "，对吗？", 9, 14) + "," + utterance("CALLER", "对的", 14, 15)
				+ "," + utterance("AGENT", said[1], 15, 21) + "," + utterance("AGENT", "感谢您的来电，再见", 21, 23) + "]";
		return send(http, authorization, callId, "RINGING",
				",\"caller\":\"" + caller + "\",\"callee\":\"12345\",\"agent\":\"agent1\"")
				&& send(http, authorization, callId, "ANSWERED", "")
				&& send(http, authorization, callId, "TRANSCRIPT", ",\"utterances\":" + utterances)
				&& send(http, authorization, callId, "HUNG_UP", "");
	}

	private static String utterance(String speaker, String text, int start, int end) {
		return "{\"speaker\":\"" + speaker + "\",\"text\":\"" + text + "\",\"start\":" + start + ",\"end\":" + end
				+ "}";
	}

	private static boolean send(LoopbackHttp http, String authorization, String callId, String event, String more)
			throws Exception {
		String body = "{\"callId\":\"" + callId + "\",\"event\":\"" + event + "\"" + more + "}";
		return http
			.send("POST", "/api/cti/events", authorization, "application/json", body.getBytes(StandardCharsets.UTF_8))
			.status() == 200;
	}

	private static List<Long> lags(String url, String run) throws Exception {
		List<Long> lags = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select lag_ms from quality_inspection where call_id like '" + run + "-%' order by lag_ms")) {
			while (rows.next()) {
				lags.add(rows.getLong(1));
			}
		}
		return lags;
	}

	/** The lag at this share of the sorted lags, in seconds. */
	private static double quantile(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int at = Math.max(0, (int) Math.ceil(q * sorted.size()) - 1);
		return sorted.get(at) / 1000.0;
	}

}
