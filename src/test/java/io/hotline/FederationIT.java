package io.hotline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import io.hotline.benchmark.Relay;
import io.hotline.province.NodeKeys;
import io.hotline.support.Api;
import io.hotline.support.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province and three of its city hotlines as operators run them (issue 21, decision
 * 0015): 甘肃省 (62) and 兰州 (6201), 嘉峪关 (6202), 天水 (6205), each the packaged platform in its
 * own process on its own embedded PostgreSQL, each city linked to the province through a
 * link the test can cut. The cities' demo histories (written without events) and the
 * orders registered over HTTP reach the province; 天水 is cut off while it goes on
 * registering and comes back; afterwards the province holds every order of every city
 * once, with its whole timeline, and each city's figures at the province equal the city's
 * own, the province's total their sum. Not part of {@code verify}:
 * {@code ./mvnw -B -Pcluster failsafe:integration-test failsafe:verify} after a build
 * (.ci/run).
 */
class FederationIT {

	private static final String SECRET = "federation-it-secret";

	private static final List<String> CITIES = List.of("6201", "6202", "6205");

	private static final String CUT = "6205";

	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	@TempDir
	Path directory;

	@Test
	void aProvinceHoldsEveryCitysOrdersOnceAndTheirFiguresAddUp() throws Exception {
		int provincePort = PlatformProcess.freePort();
		Map<String, Relay> links = new LinkedHashMap<>();
		for (String city : CITIES) {
			links.put(city, new Relay(provincePort));
		}
		Map<String, Integer> ports = new LinkedHashMap<>();
		List<Process> processes = new ArrayList<>();
		ExecutorService starting = Executors.newFixedThreadPool(CITIES.size() + 1);
		long started = System.nanoTime();
		try {
			List<Future<Process>> starts = new ArrayList<>();
			starts.add(starting.submit(() -> PlatformProcess.start(this.directory.resolve("62"), provincePort,
					Map.of("HOTLINE_JURISDICTION", "62", "HOTLINE_NODE_MASTER_KEY", SECRET),
					"--hotline.demo.history-orders=0")));
			for (String city : CITIES) {
				int port = PlatformProcess.freePort();
				ports.put(city, port);
				starts.add(starting.submit(() -> PlatformProcess.start(this.directory.resolve(city), port,
						Map.of("HOTLINE_JURISDICTION", city, "HOTLINE_PROVINCE_URL",
								"http://127.0.0.1:" + links.get(city).port(), "HOTLINE_NODE_KEY",
								NodeKeys.keyOf(SECRET, city), "HOTLINE_NODE_SEND_MS", "500", "HOTLINE_NODE_PUBLIC_URL",
								"http://127.0.0.1:" + port),
						"--hotline.demo.history-orders=300")));
			}
			for (Future<Process> start : starts) {
				processes.add(start.get());
			}
			System.out.printf("FederationIT: province and %d cities up in %.0f s%n", CITIES.size(),
					(System.nanoTime() - started) / 1e9);
			Api province = Api.as(provincePort, "supervisor1");

			Map<String, Integer> registered = new HashMap<>();
			for (String city : CITIES) {
				registered.put(city, register(ports.get(city), city, 20));
			}
			awaitHeld(province, ports, "every city's history and first orders");

			links.get(CUT).cut();
			long heldBeforeCut = held(province).get(CUT);
			registered.merge(CUT, register(ports.get(CUT), CUT, 20), Integer::sum);
			registered.merge("6201", register(ports.get("6201"), "6201", 10), Integer::sum);
			Thread.sleep(5_000);
			assertThat(held(province).get(CUT)).as("nothing of the city cut off reaches the province")
				.isEqualTo(heldBeforeCut);
			assertThat(held(province).get("6201")).as("the other cities go on").isEqualTo(total(ports.get("6201")));
			long restored = System.nanoTime();
			links.get(CUT).restore();
			awaitHeld(province, ports, "the city cut off, back");
			System.out.printf("FederationIT: %s caught up %.1f s after its link came back%n", CUT,
					(System.nanoTime() - restored) / 1e9);

			await(Duration.ofSeconds(40), "every city's surge report at the province (多援一)", () -> {
				int fresh = 0;
				for (JsonNode city : province.get("/api/province/surges").body().get("cities")) {
					if (CITIES.contains(city.get("code").asString()) && city.get("fresh").asBoolean()) {
						fresh++;
					}
				}
				return fresh == CITIES.size();
			});
			superviseFromTheProvince(province, ports.get("6202"));
			helpInASurge(province, ports);
			transferAcrossCities(province, provincePort, ports);
			awaitHeld(province, ports, "the orders transferred, at the province");

			LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
			String period = "from=" + today.minusDays(365) + "&to=" + today;
			JsonNode figures = province.get("/api/province/kpis?groupBy=city&" + period).body();
			long sum = 0;
			for (String city : CITIES) {
				JsonNode own = Api.as(ports.get(city), "supervisor1")
					.get("/api/analytics/kpi-report?" + period)
					.body()
					.get("totals");
				assertThat(own).as(city + "'s own figures").isNotNull();
				JsonNode atProvince = row(figures, city);
				assertThat(atProvince.get("total").asLong()).as(city + "'s orders at the province")
					.isEqualTo(own.get("orders").asLong())
					.as(city + "'s orders but those transferred out: the receiver counts them")
					.isEqualTo(total(ports.get(city)) - transferredOut(ports.get(city)));
				own.get("rates").properties().forEach((rate) -> {
					assertThat(atProvince.at("/rates/" + rate.getKey() + "/met").asLong())
						.as(city + " " + rate.getKey())
						.isEqualTo(rate.getValue().get("met").asLong());
					assertThat(atProvince.at("/rates/" + rate.getKey() + "/measured").asLong())
						.as(city + " " + rate.getKey() + " measured")
						.isEqualTo(rate.getValue().get("measured").asLong());
				});
				sum += atProvince.get("total").asLong();
				System.out.printf("FederationIT: %s: %d orders (%d registered over HTTP), equal at the province%n",
						city, atProvince.get("total").asLong(), registered.get(city));
			}
			assertThat(figures.at("/total/total").asLong()).isEqualTo(sum);

			JsonNode newest = province.get("/api/province/orders?city=" + CUT + "&sort=createdAt&limit=1").body();
			long orderId = newest.at("/items/0/orderId").asLong();
			JsonNode atProvince = province.get("/api/province/orders/" + CUT + "/" + orderId).body();
			JsonNode atCity = Api.as(ports.get(CUT), "supervisor1").get("/api/orders/" + orderId).body();
			assertThat(atProvince.get("events").size()).as("the whole timeline, once")
				.isEqualTo(atCity.get("events").size());
			assertThat(atProvince.at("/order/number").asString()).isEqualTo(atCity.get("number").asString());
			System.out.printf("FederationIT: province total %d orders = the sum of the cities'%n", sum);
		}
		finally {
			starting.shutdownNow();
			for (Process process : processes) {
				process.destroy();
			}
			for (Relay link : links.values()) {
				link.close();
			}
		}
	}

	/**
	 * 省级督办 of an open order of 嘉峪关: the city pulls it, marks its order supervised (its
	 * timeline entry, whether or not the city's own checks flagged it before) and opens
	 * its supervision case; the province sees the entry in its replica and the case's
	 * state, reminds it, and sees the reminder counted.
	 */
	private static void superviseFromTheProvince(Api province, int cityPort) throws InterruptedException {
		JsonNode open = province.get("/api/province/orders?city=6202&status=REGISTERED&limit=1").body();
		long orderId = open.at("/items/0/orderId").asLong();
		long started = System.nanoTime();
		Api.Response queued = province.post("/api/province/orders/6202/" + orderId + "/supervise",
				Map.of("note", "省级督办：请尽快处理"));
		assertThat(queued.status()).as(queued.toString()).isEqualTo(200);
		await(Duration.ofMinutes(1), "the province's supervision applied by the city and seen by the province", () -> {
			JsonNode replica = province.get("/api/province/orders/6202/" + orderId).body();
			return replica.at("/order/supervised").asBoolean()
					&& replica.get("events").toString().contains("省级督办：省级督办：请尽快处理");
		});
		JsonNode atCity = Api.as(cityPort, "supervisor1").get("/api/orders/" + orderId).body();
		assertThat(atCity.get("events").toString()).contains("SUPERVISED", "省级督办");
		await(Duration.ofMinutes(1), "the city said it was done", () -> "DONE"
			.equals(province.get("/api/province/commands?city=6202").body().at("/items/0/state").asString()));
		// the city's supervision case, reported back; the province's reminder counted on
		// it
		long supervision = queued.id();
		await(Duration.ofMinutes(1), "the city's case reported to the province",
				() -> "OPEN".equals(province.get("/api/province/commands?city=6202&kind=SUPERVISE")
					.body()
					.at("/items/0/supervisionCase/status")
					.asString()));
		assertThat(Api.as(cityPort, "supervisor1")
			.get("/api/supervision/cases?status=ALL&kind=PROVINCE&orderId=" + orderId)
			.body()
			.at("/cases/0/status")
			.asString()).isEqualTo("OPEN");
		Api.Response reminder = province.post("/api/province/commands/" + supervision + "/remind",
				Map.of("note", "请加快办理"));
		assertThat(reminder.status()).as(reminder.toString()).isEqualTo(200);
		await(Duration.ofMinutes(1), "the province's reminder counted on the city's case", () -> {
			JsonNode c = province.get("/api/province/commands?city=6202&kind=SUPERVISE").body().at("/items/0");
			return c.at("/supervisionCase/reminders").asInt() == 1
					&& "REMINDED".equals(c.at("/supervisionCase/status").asString());
		});
		System.out.printf("FederationIT: the province's supervision of a 6202 order applied and seen in %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * 多援一: 天水 asks for help; the province grants it two agents of 兰州; 天水 makes their
	 * accounts, 兰州's supervisors get them with their codes through the province, a helper
	 * sets its password on 天水 with its code and signs in there as an agent.
	 */
	private static void helpInASurge(Api province, Map<String, Integer> ports) throws InterruptedException {
		int tianshui = ports.get("6205");
		Api.Response asked = Api.as(tianshui, "supervisor1")
			.post("/api/workforce/surge/help", Map.of("agents", 2, "note", "暴雨，请求支援"));
		assertThat(asked.status()).as(asked.toString()).isBetween(200, 201);
		await(Duration.ofSeconds(40), "天水's ask for help at the province", () -> {
			for (JsonNode city : province.get("/api/province/surges").body().get("cities")) {
				if ("6205".equals(city.get("code").asString())) {
					return city.at("/report/helpWanted").asInt() == 2;
				}
			}
			return false;
		});
		long started = System.nanoTime();
		Api.Response granted = province.post("/api/province/surges/6205/grants",
				Map.of("helper", "6201", "agents", 2, "hours", 4, "note", "兰州市支援"));
		assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
		Api lanzhou = Api.as(ports.get("6201"), "supervisor1");
		await(Duration.ofMinutes(1), "the helpers' accounts and codes at 兰州",
				() -> lanzhou.get("/api/workforce/surge/help/lent").body().at("/0/accounts").size() == 2);
		JsonNode lent = lanzhou.get("/api/workforce/surge/help/lent").body().get(0);
		assertThat(lent.get("url").asString()).isEqualTo("http://127.0.0.1:" + tianshui);
		String username = lent.at("/accounts/0/username").asString();
		Api.Response activated = Api.anonymous(tianshui)
			.post("/api/public/help-accounts/activate", Map.of("username", username, "code",
					lent.at("/accounts/0/code").asString(), "password", "Helper-2026x"));
		assertThat(activated.status()).as(activated.toString()).isEqualTo(204);
		JsonNode me = Api.as(tianshui, username, "Helper-2026x").get("/api/me").body();
		assertThat(me.get("roles").toString()).contains("AGENT");
		await(Duration.ofMinutes(1), "the grant handed to 兰州, the codes forgotten at the province", () -> "HANDED"
			.equals(province.get("/api/province/surges/grants?city=6205").body().at("/items/0/state").asString()));
		System.out.printf("FederationIT: 2 agents of 6201 granted to 6205, accounts at 6201 and one signed in on 6205 "
				+ "in %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	/**
	 * 跨市转办 and 上交省级: 兰州 sends two orders waiting for dispatch to 天水 and one to the
	 * province; each is registered once by its receiver (under the receiver's rules, with
	 * the caller and where it came from), 兰州's orders say 已转出 and show the receiver's
	 * progress, and the province lists the three.
	 */
	private static void transferAcrossCities(Api province, int provincePort, Map<String, Integer> ports)
			throws InterruptedException {
		Api dispatcher = Api.as(ports.get("6201"), "dispatcher1");
		JsonNode waiting = dispatcher.get("/api/orders?status=REGISTERED&size=3&sort=newest").body().get("content");
		assertThat(waiting.size()).isEqualTo(3);
		long started = System.nanoTime();
		List<Long> sent = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long id = waiting.get(i).get("id").asLong();
			Api.Response transferred = dispatcher.post("/api/orders/" + id + "/transfer",
					Map.of("to", i < 2 ? "6205" : "62", "reason", i < 2 ? "事发地在天水市，属天水市管辖" : "涉及多个市，上交省级"));
			assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
			assertThat(transferred.body().get("status").asString()).isEqualTo("TRANSFERRED");
			sent.add(id);
		}
		assertThat(dispatcher.post("/api/orders/" + sent.get(0) + "/transfer", Map.of("to", "6205", "reason", "again"))
			.status()).as("an order transferred out is not sent twice").isEqualTo(409);
		await(Duration.ofMinutes(1), "the three transfers registered by their receivers",
				() -> province.get("/api/province/transfers?from=6201&state=REGISTERED")
					.body()
					.get("total")
					.asLong() >= 3);
		System.out.printf("FederationIT: 3 orders of 6201 transferred (2 to 6205, 1 to the province), registered in"
				+ " %.1f s%n", (System.nanoTime() - started) / 1e9);
		for (int i = 0; i < 3; i++) {
			JsonNode progress = dispatcher.get("/api/orders/" + sent.get(i) + "/transfer").body();
			assertThat(progress.get("state").asString()).as(progress.toString()).isEqualTo("REGISTERED");
			String number = progress.get("number").asString();
			int port = (i < 2) ? ports.get("6205") : provincePort;
			JsonNode there = Api.as(port, "agent1").get("/api/orders?q=" + number + "&size=1").body().get("content");
			assertThat(there.size()).as(number + " registered once by its receiver").isEqualTo(1);
			long orderThere = there.get(0).get("id").asLong();
			JsonNode from = Api.as(port, "supervisor1").get("/api/orders/" + orderThere + "/transferred-from").body();
			assertThat(from.get("fromNumber").asString())
				.isEqualTo(dispatcher.get("/api/orders/" + sent.get(i)).body().get("number").asString());
			assertThat(from.get("fromName").asString()).isEqualTo("兰州市12345");
			assertThat(from.get("timeline").toString()).contains("REGISTERED", "TRANSFERRED_OUT");
			JsonNode order = Api.as(port, "agent1").get("/api/orders/" + orderThere).body();
			assertThat(order.at("/caller/phone").asString()).as("the caller in full, for the receiver acts on it")
				.isEqualTo("13912345678");
			assertThat(order.get("events").toString()).contains("TRANSFERRED_IN");
		}
		assertThat(transferredOut(ports.get("6201"))).isGreaterThanOrEqualTo(3);
		sendBack(dispatcher, ports, sent.get(0));
	}

	/**
	 * 退回: 天水 sends the first order it got from 兰州 back; 兰州 registers it anew, naming its
	 * own order that it had sent.
	 */
	private static void sendBack(Api lanzhou, Map<String, Integer> ports, long original) throws InterruptedException {
		String originalNumber = lanzhou.get("/api/orders/" + original).body().get("number").asString();
		String there = lanzhou.get("/api/orders/" + original + "/transfer").body().get("number").asString();
		Api tianshui = Api.as(ports.get("6205"), "dispatcher1");
		long got = tianshui.get("/api/orders?q=" + there + "&size=1").body().at("/content/0/id").asLong();
		long started = System.nanoTime();
		Api.Response back = tianshui.post("/api/orders/" + got + "/transfer",
				Map.of("to", "6201", "reason", "退回：经核实事发地在兰州市"));
		assertThat(back.status()).as(back.toString()).isEqualTo(200);
		await(Duration.ofMinutes(1), "the order sent back registered anew at 兰州", () -> "REGISTERED"
			.equals(tianshui.get("/api/orders/" + got + "/transfer").body().get("state").asString()));
		String anewNumber = tianshui.get("/api/orders/" + got + "/transfer").body().get("number").asString();
		long anew = lanzhou.get("/api/orders?q=" + anewNumber + "&size=1").body().at("/content/0/id").asLong();
		assertThat(anew).isNotEqualTo(original);
		assertThat(lanzhou.get("/api/orders/" + anew + "/transferred-from").body().get("returnOf").asString())
			.isEqualTo(originalNumber);
		assertThat(lanzhou.get("/api/orders/" + anew).body().get("events").toString()).contains("退回", originalNumber);
		System.out.printf("FederationIT: an order of 6201 sent back by 6205, registered anew at 6201 in %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

	private static long transferredOut(int port) {
		return Api.as(port, "supervisor1")
			.get("/api/orders?status=TRANSFERRED&size=1")
			.body()
			.get("totalElements")
			.asLong();
	}

	/**
	 * Registers orders on a city over HTTP, half of them consultations answered at once.
	 */
	private static int register(int port, String city, int count) {
		Api agent = Api.as(port, "agent1");
		for (int i = 0; i < count; i++) {
			boolean consultation = i % 2 == 0;
			Api.Response order = agent.post("/api/orders",
					Map.of("channel", "PHONE", "type", consultation ? "CONSULTATION" : "COMPLAINT", "content",
							city + " 第" + i + "件：小区门口夜间施工噪音扰民，请尽快处理", "caller",
							Map.of("name", "王建国", "phone", "13912345678")));
			assertThat(order.status()).as(order.toString()).isEqualTo(201);
			if (consultation) {
				assertThat(agent.post("/api/orders/" + order.id() + "/finish", Map.of("answer", "已答复")).status())
					.isEqualTo(200);
			}
		}
		return count;
	}

	private static void awaitHeld(Api province, Map<String, Integer> ports, String what) throws InterruptedException {
		await(CATCH_UP, what, () -> {
			Map<String, Long> held = held(province);
			return ports.entrySet()
				.stream()
				.allMatch((city) -> held.getOrDefault(city.getKey(), 0L) == total(city.getValue()));
		});
	}

	private static Map<String, Long> held(Api province) {
		Map<String, Long> held = new HashMap<>();
		for (JsonNode city : province.get("/api/province/cities").body()) {
			held.put(city.get("code").asString(), city.get("orders").asLong());
		}
		return held;
	}

	private static long total(int port) {
		return Api.as(port, "supervisor1").get("/api/orders?size=1").body().get("totalElements").asLong();
	}

	private static JsonNode row(JsonNode table, String key) {
		for (JsonNode row : table.get("rows")) {
			if (key.equals(row.get("key").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row " + key + " in " + table);
	}

	private static void await(Duration atMost, String what, BooleanSupplier done) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + atMost + ": " + what);
			}
			Thread.sleep(500);
		}
	}

}
