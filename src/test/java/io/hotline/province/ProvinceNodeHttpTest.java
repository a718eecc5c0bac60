package io.hotline.province;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.workforce.SurgeReports;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provincial platform (甘肃省, 62) as its city nodes reach it: signed batches of orders
 * with their timelines stored once and never replaced by an older version, calls not
 * signed by one of its cities refused, and what it holds shown to the province's people:
 * the cities, their orders and their figures. A context of its own (the others serve a
 * city), without a demo history.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(properties = { "hotline.jurisdiction=62", "hotline.node.master-key=" + ProvinceNodeHttpTest.SECRET,
		"hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200" })
class ProvinceNodeHttpTest {

	static final String SECRET = "province-secret-for-tests";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void storesASignedBatchOnceAndNeverAnOlderVersionOverANewerOne() throws Exception {
		Instant at = this.clock.instant().minus(Duration.ofDays(1));
		NodeMessages.Order registered = order(9001, "Z9001", 1, "REGISTERED", at, null);
		NodeMessages.Batch first = batch(List.of(registered), List.of(event(90011, 9001, "REGISTERED", at)));
		assertThat(send("6201", "/api/node/orders", first).statusCode()).isEqualTo(200);
		assertThat(send("6201", "/api/node/orders", first).statusCode()).isEqualTo(200);
		NodeMessages.Order closed = order(9001, "Z9001", 3, "CLOSED", at, at.plusSeconds(600));
		send("6201", "/api/node/orders", batch(List.of(closed),
				List.of(event(90011, 9001, "REGISTERED", at), event(90012, 9001, "FINISHED", at.plusSeconds(600)))));
		send("6201", "/api/node/orders", first);

		Api.Response order = Api.as(this.port, "supervisor1").get("/api/province/orders/6201/9001");
		assertThat(order.status()).isEqualTo(200);
		assertThat(order.body().at("/order/status").asString()).isEqualTo("CLOSED");
		assertThat(order.body().at("/order/cityName").asString()).isEqualTo("兰州市");
		assertThat(order.body().at("/callerName").asString()).isEqualTo("张*");
		assertThat(order.body().get("events").toString()).contains("REGISTERED", "FINISHED");
		assertThat(order.body().get("events").size()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from city_order where number = 'Z9001'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void refusesCallsNotSignedByOneOfItsCitiesAndStoresNothingOfThem() throws Exception {
		NodeMessages.Batch batch = batch(List.of(order(9101, "Z9101", 1, "REGISTERED", this.clock.instant(), null)),
				List.of());
		byte[] body = this.json.writeValueAsBytes(batch);
		long now = this.clock.instant().getEpochSecond();
		String wrongKey = NodeKeys.sign(NodeKeys.keyOf(SECRET, "6202"), "POST", "/api/node/orders", now, body);
		assertThat(post("6201", now, wrongKey, body).statusCode()).isEqualTo(401);
		String guangzhou = NodeKeys.sign(NodeKeys.keyOf(SECRET, "4401"), "POST", "/api/node/orders", now, body);
		HttpResponse<String> foreign = post("4401", now, guangzhou, body);
		assertThat(foreign.statusCode()).isEqualTo(401);
		assertThat(foreign.body()).contains("province 62");
		long stale = now - 3_600;
		String late = NodeKeys.sign(NodeKeys.keyOf(SECRET, "6201"), "POST", "/api/node/orders", stale, body);
		assertThat(post("6201", stale, late, body).statusCode()).isEqualTo(401);
		HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(uri("/api/node/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(Api.as(this.port, "admin").post("/api/node/orders", batch).status()).isEqualTo(401);
		assertThat(this.jdbc.sql("select count(*) from city_order where number = 'Z9101'").query(Long.class).single())
			.isZero();
	}

	@Test
	void refusesABatchWithAnIncompleteOrderWholeNamingIt() throws Exception {
		Instant at = this.clock.instant();
		NodeMessages.Order good = order(9201, "Z9201", 1, "REGISTERED", at, null);
		NodeMessages.Order incomplete = new NodeMessages.Order(9202, null, 1, "REGISTERED", "COMPLAINT", "PHONE",
				"NORMAL", "t", "c", null, null, null, null, null, null, null, false, null, null, null, null, false,
				null, null, null, null, null, null, null, null, null, 0, 0, 0, null, at, at);
		HttpResponse<String> refused = send("6205", "/api/node/orders", batch(List.of(good, incomplete), List.of()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("9202");
		assertThat(this.jdbc.sql("select count(*) from city_order where city = '6205' and order_id in (9201, 9202)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void countsEachCitysFiguresWithTheAnalyticsDefinitionsAndTheProvinceAsTheirSum() throws Exception {
		Instant day = Instant.parse("2026-03-10T02:00:00Z");
		List<NodeMessages.Order> jiayuguan = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			jiayuguan.add(new NodeMessages.Order(9300 + i, "Z93" + i, 2, "CLOSED", "COMPLAINT", "PHONE", "NORMAL", "t",
					"c", null, "620200", null, null, null, "张*", null, false, 7L, "U7", "unit", 7L, false,
					day.plusSeconds(3_600), day.plusSeconds(86_400), day.plusSeconds(60),
					day.plusSeconds((i < 3) ? 600 : 7_200), day.plusSeconds(3_000), null, day.plusSeconds(4_000),
					(i < 2) ? "SATISFIED" : "DISSATISFIED", i < 3, 1, 0, 0, 1.0f, day, day.plusSeconds(4_000)));
		}
		send("6202", "/api/node/orders", batch(jiayuguan, List.of()));
		send("6205", "/api/node/orders", batch(List.of(order(9310, "Z9310", 1, "REGISTERED", day, null)), List.of()));

		JsonNode table = Api.as(this.port, "analyst1")
			.get("/api/province/kpis?groupBy=city&from=2026-03-10&to=2026-03-10")
			.body();
		JsonNode city = row(table, "6202");
		assertThat(city.get("name").asString()).isEqualTo("嘉峪关市");
		assertThat(city.get("total").asLong()).isEqualTo(4);
		assertThat(city.get("closed").asLong()).isEqualTo(4);
		assertThat(city.get("responseRate").asDouble()).isEqualTo(0.75);
		assertThat(city.get("satisfactionRate").asDouble()).isEqualTo(0.5);
		assertThat(city.get("resolutionRate").asDouble()).isEqualTo(0.75);
		assertThat(city.at("/rates/response/low").asDouble()).isBetween(0.0, 0.75);
		assertThat(city.get("avgHandlingWorkingDays").asDouble()).isEqualTo(1.0);
		assertThat(row(table, "6205").get("total").asLong()).isEqualTo(1);
		assertThat(table.at("/total/total").asLong()).isEqualTo(5);
		assertThat(Api.as(this.port, "analyst1").get("/api/province/kpis?groupBy=unit").status()).isEqualTo(400);
	}

	@Test
	void listsTheCitiesOrdersFilteredSortedPagedAndExportedToTheProvincesPeopleOnly() throws Exception {
		Instant at = Instant.parse("2026-04-01T02:00:00Z");
		send("6204", "/api/node/orders",
				batch(List.of(order(9401, "Z9401", 1, "REGISTERED", at, null),
						order(9402, "Z9402", 1, "REGISTERED", at.plusSeconds(60), null),
						order(9403, "Z9403", 2, "CLOSED", at.plusSeconds(120), at.plusSeconds(900))), List.of()));
		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode page = supervisor
			.get("/api/province/orders?city=6204&status=REGISTERED&sort=number&dir=asc&limit=1&offset=1")
			.body();
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.at("/items/0/number").asString()).isEqualTo("Z9402");
		assertThat(supervisor.get("/api/province/orders?city=6204&q=Z9403").body().get("total").asLong()).isEqualTo(1);
		Api.Download csv = supervisor.download("/api/province/orders/export?format=csv&city=6204");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("Z9401", "Z9402", "Z9403", "白银市");
		assertThat(supervisor.get("/api/province/orders?sort=title").status()).isEqualTo(400);
		assertThat(supervisor.get("/api/province/orders?status=DONE").detail()).contains("DONE");
		assertThat(Api.as(this.port, "agent1").get("/api/province/orders").status()).isEqualTo(403);

		JsonNode cities = supervisor.get("/api/province/cities").body();
		JsonNode baiyin = null;
		for (JsonNode c : cities) {
			if ("6204".equals(c.get("code").asString())) {
				baiyin = c;
			}
		}
		assertThat(baiyin).isNotNull();
		assertThat(baiyin.get("state").asString()).isEqualTo("CONNECTED");
		assertThat(baiyin.get("orders").asLong()).isEqualTo(3);
		assertThat(cities.size()).isGreaterThanOrEqualTo(14);
	}

	@Test
	void keepsEachCitysCatalogWholeAsLastSent() throws Exception {
		send("6203", "/api/node/orders", batch(List.of(), List.of()));
		NodeMessages.Catalog catalog = new NodeMessages.Catalog("h1",
				List.of(new NodeMessages.Category("01", "城市管理", 1, null, "城市管理", true),
						new NodeMessages.Category("0101", "占道经营", 2, "01", "城市管理/占道经营", true)));
		assertThat(send("6203", "/api/node/catalog", catalog).statusCode()).isEqualTo(200);
		NodeMessages.Catalog twice = new NodeMessages.Catalog("h2",
				List.of(new NodeMessages.Category("01", "城市管理", 1, null, "城市管理", true),
						new NodeMessages.Category("01", "环境卫生", 1, null, "环境卫生", true)));
		HttpResponse<String> refused = send("6203", "/api/node/catalog", twice);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("01");
		assertThat(this.jdbc.sql("select count(*) from city_category where city = '6203'").query(Long.class).single())
			.isEqualTo(2);
		HttpResponse<String> answer = send("6203", "/api/node/orders", batch(List.of(), List.of()));
		assertThat(this.json.readTree(answer.body()).get("catalogHash").asString()).isEqualTo("h1");
	}

	@Test
	void countsTheCitiesOrdersByTheStandardCategoryTheirOwnIsConfirmedToMean() throws Exception {
		Instant day = Instant.parse("2026-05-06T02:00:00Z");
		send("6207", "/api/node/orders", batch(List.of(), List.of()));
		send("6207", "/api/node/catalog",
				new NodeMessages.Catalog("z1", List.of(new NodeMessages.Category("Z1", "占道经营", 1, null, "占道经营", true),
						new NodeMessages.Category("Z2", "其他", 1, null, "其他", true))));
		NodeMessages.Order mapped = new NodeMessages.Order(9501, "Z9501", 1, "REGISTERED", "COMPLAINT", "PHONE",
				"NORMAL", "t", "c", null, null, null, "Z1", "占道经营", null, null, false, null, null, null, null, false,
				null, null, null, null, null, null, null, null, null, 0, 0, 0, null, day, day);
		NodeMessages.Order unmapped = new NodeMessages.Order(9502, "Z9502", 1, "REGISTERED", "COMPLAINT", "PHONE",
				"NORMAL", "t", "c", null, null, null, "Z2", "其他", null, null, false, null, null, null, null, false,
				null, null, null, null, null, null, null, null, null, 0, 0, 0, null, day, day);
		send("6207", "/api/node/orders", batch(List.of(mapped, unmapped), List.of()));
		String standard = this.jdbc.sql("select code from category where level = 3 order by code limit 1")
			.query(String.class)
			.single();
		assertThat(Api.as(this.port, "supervisor1")
			.put("/api/province/mappings/6207/Z1", java.util.Map.of("standardCode", standard))
			.status()).isEqualTo(200);

		JsonNode table = Api.as(this.port, "analyst1")
			.get("/api/province/kpis?groupBy=standard&city=6207&from=2026-05-06&to=2026-05-06")
			.body();
		assertThat(row(table, standard).get("total").asLong()).isEqualTo(1);
		assertThat(row(table, standard).get("name").asString()).contains("/");
		assertThat(row(table, "").get("name").asString()).isEqualTo("（未映射）");
		assertThat(table.at("/total/total").asLong()).isEqualTo(2);
	}

	@Test
	void supervisesACitysOrderThroughTheCitysPullUntilTheCitySaysItIsDone() throws Exception {
		Instant at = this.clock.instant();
		send("6209", "/api/node/orders", batch(List.of(order(9601, "Z9601", 1, "REGISTERED", at, null),
				order(9602, "Z9602", 2, "CLOSED", at, at.plusSeconds(60))), List.of()));
		Api supervisor = Api.as(this.port, "supervisor1");
		Api.Response queued = supervisor.post("/api/province/orders/6209/9601/supervise",
				java.util.Map.of("note", "群众反映强烈，请三日内办结"));
		assertThat(queued.status()).as(queued.toString()).isEqualTo(200);
		assertThat(queued.text("state")).isEqualTo("QUEUED");
		long id = queued.id();
		assertThat(supervisor.post("/api/province/orders/6209/9601/supervise", java.util.Map.of("note", " ")).status())
			.isEqualTo(400);
		assertThat(
				supervisor.post("/api/province/orders/6209/9602/supervise", java.util.Map.of("note", "请办结")).status())
			.isEqualTo(409);
		assertThat(
				supervisor.post("/api/province/orders/6209/9999/supervise", java.util.Map.of("note", "请办结")).status())
			.isEqualTo(404);
		assertThat(Api.as(this.port, "analyst1")
			.post("/api/province/orders/6209/9601/supervise", java.util.Map.of("note", "请办结"))
			.status()).isEqualTo(403);

		NodeMessages.Pull nothingDone = new NodeMessages.Pull(List.of());
		JsonNode first = this.json.readTree(send("6209", "/api/node/commands", nothingDone).body());
		assertThat(first.at("/commands/0/id").asLong()).isEqualTo(id);
		assertThat(first.at("/commands/0/orderId").asLong()).isEqualTo(9601);
		assertThat(first.at("/commands/0/note").asString()).isEqualTo("群众反映强烈，请三日内办结");
		assertThat(this.json.readTree(send("6201", "/api/node/commands", nothingDone).body()).get("commands"))
			.as("another city's pull")
			.isEmpty();
		JsonNode again = this.json.readTree(send("6209", "/api/node/commands", nothingDone).body());
		assertThat(again.at("/commands/0/id").asLong()).as("handed again until done").isEqualTo(id);
		assertThat(supervisor.get("/api/province/commands?city=6209&state=DELIVERED").body().get("total").asLong())
			.isEqualTo(1);

		JsonNode after = this.json.readTree(
				send("6209", "/api/node/commands", new NodeMessages.Pull(List.of(new NodeMessages.Done(id, "APPLIED"))))
					.body());
		assertThat(after.get("commands")).isEmpty();
		JsonNode done = supervisor.get("/api/province/commands?city=6209&state=DONE").body();
		assertThat(done.at("/items/0/outcome").asString()).isEqualTo("APPLIED");
		assertThat(supervisor.download("/api/province/commands/export?format=csv&city=6209").text()).contains("Z9601",
				"群众反映强烈");
		assertThat(
				send("6209", "/api/node/commands", new NodeMessages.Pull(List.of(new NodeMessages.Done(id, "MAYBE"))))
					.statusCode())
			.isEqualTo(400);
	}

	@Test
	void remindsASupervisionAndKeepsTheStateOfTheCitysCaseUntilItCloses() throws Exception {
		Instant at = this.clock.instant();
		send("6210", "/api/node/orders", batch(List.of(order(9701, "Z9701", 1, "DISPATCHED", at, null)), List.of()));
		Api supervisor = Api.as(this.port, "supervisor1");
		assertThat(
				supervisor.post("/api/province/orders/6210/9701/supervise", java.util.Map.of("note", "请办", "days", 0))
					.detail())
			.contains("0", "30");
		Api.Response queued = supervisor.post("/api/province/orders/6210/9701/supervise",
				java.util.Map.of("note", "群众多次来电", "days", 5));
		assertThat(queued.status()).as(queued.toString()).isEqualTo(200);
		long supervision = queued.id();
		assertThat(queued.body().get("days").asInt()).isEqualTo(5);
		assertThat(queued.body().get("supervisionCase").isNull()).as("no case reported yet").isTrue();
		assertThat(supervisor.post("/api/province/commands/" + supervision + "/remind", java.util.Map.of("note", ""))
			.status()).isEqualTo(400);
		assertThat(supervisor.post("/api/province/commands/99999/remind", java.util.Map.of("note", "快")).status())
			.isEqualTo(404);
		Api.Response reminder = supervisor.post("/api/province/commands/" + supervision + "/remind",
				java.util.Map.of("note", "请加快办理"));
		assertThat(reminder.status()).as(reminder.toString()).isEqualTo(200);
		assertThat(reminder.text("kind")).isEqualTo("REMIND");
		assertThat(reminder.body().get("supervisionId").asLong()).isEqualTo(supervision);
		assertThat(supervisor.post("/api/province/commands/" + reminder.id() + "/remind", java.util.Map.of("note", "x"))
			.status()).as("a reminder is not a supervision").isEqualTo(404);

		JsonNode pulled = this.json
			.readTree(send("6210", "/api/node/commands", new NodeMessages.Pull(List.of())).body());
		assertThat(pulled.at("/commands/0/kind").asString()).isEqualTo("SUPERVISE");
		assertThat(pulled.at("/commands/0/days").asInt()).isEqualTo(5);
		assertThat(pulled.at("/commands/1/kind").asString()).isEqualTo("REMIND");
		assertThat(pulled.at("/commands/1/supervisionId").asLong()).isEqualTo(supervision);

		Instant deadline = at.plus(java.time.Duration.ofDays(7));
		send("6210", "/api/node/commands",
				new NodeMessages.Pull(
						List.of(new NodeMessages.Done(supervision, "APPLIED"),
								new NodeMessages.Done(reminder.id(), "APPLIED")),
						List.of(), List.of(new NodeMessages.CaseState(supervision, "ESCALATED", deadline, 3,
								at.plusSeconds(60), null, null))));
		JsonNode escalated = supervisor.get("/api/province/commands?city=6210&caseStatus=escalated").body();
		assertThat(escalated.get("total").asLong()).isEqualTo(1);
		assertThat(escalated.at("/items/0/supervisionCase/reminders").asInt()).isEqualTo(3);
		assertThat(escalated.at("/items/0/supervisionCase/deadline").asString()).isNotBlank();
		assertThat(supervisor.get("/api/province/commands?city=6210&kind=REMIND").body().get("total").asLong())
			.isEqualTo(1);
		assertThat(supervisor.get("/api/province/commands?caseStatus=LATE").status()).isEqualTo(400);
		assertThat(supervisor.get("/api/province/commands?kind=PRAISE").status()).isEqualTo(400);

		send("6210", "/api/node/commands",
				new NodeMessages.Pull(List.of(), List.of(), List.of(new NodeMessages.CaseState(supervision, "CLOSED",
						deadline, 3, at.plusSeconds(60), at.plusSeconds(120), "单位已回复或工单已办结，督办自动结束"))));
		JsonNode closed = supervisor.get("/api/province/commands?city=6210&caseStatus=CLOSED&kind=SUPERVISE").body();
		assertThat(closed.at("/items/0/supervisionCase/closeNote").asString()).contains("督办自动结束");
		Api.Response over = supervisor.post("/api/province/commands/" + supervision + "/remind",
				java.util.Map.of("note", "再催"));
		assertThat(over.status()).isEqualTo(409);
		assertThat(over.detail()).contains("Z9701");
		assertThat(supervisor.download("/api/province/commands/export?format=csv&city=6210&kind=SUPERVISE").text())
			.contains("Z9701", "CLOSED", "督办自动结束");
		assertThat(send("6201", "/api/node/commands",
				new NodeMessages.Pull(List.of(), List.of(),
						List.of(new NodeMessages.CaseState(supervision, "OPEN", deadline, 0, null, null, null))))
			.statusCode()).isEqualTo(200);
		assertThat(supervisor.get("/api/province/commands?city=6210&caseStatus=CLOSED").body().get("total").asLong())
			.as("another city's report changes nothing of 6210's")
			.isEqualTo(1);
	}

	private static JsonNode row(JsonNode table, String key) {
		for (JsonNode row : table.get("rows")) {
			if (key.equals(row.get("key").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row " + key + " in " + table);
	}

	@Test
	void showsEachCitysSurgeAndWhoHelpsWhom() throws Exception {
		Instant at = this.clock.instant();
		SurgeReports.SurgeReport tianshui = new SurgeReports.SurgeReport(true, at.minusSeconds(1800), 900L, 100.0, 0.42,
				0.55, 1200, 660, 40, 10, 25,
				List.of(new SurgeReports.Helper("兰州市12345", 20, 120), new SurgeReports.Helper("苏州12345", 5, 30)), 30,
				"暴雨，来电是平时的 9 倍", at.minusSeconds(900), at);
		assertThat(send("6205", "/api/node/surge", tianshui).statusCode()).isEqualTo(200);
		JsonNode surges = Api.as(this.port, "supervisor1").get("/api/province/surges").body();
		JsonNode city = null;
		for (JsonNode c : surges.get("cities")) {
			if ("6205".equals(c.get("code").asString())) {
				city = c;
			}
		}
		assertThat(city).isNotNull();
		assertThat(city.get("fresh").asBoolean()).isTrue();
		assertThat(city.at("/report/on").asBoolean()).isTrue();
		assertThat(city.at("/report/helpWanted").asInt()).isEqualTo(30);
		JsonNode help = surges.get("help");
		assertThat(help.size()).isEqualTo(2);
		assertThat(help.get(0).get("helped").asString()).isEqualTo("6205");
		assertThat(help.get(0).get("helper").asString()).as("a city of the province, by its name").isEqualTo("6201");
		assertThat(help.get(0).get("share").asDouble()).isCloseTo(120 / 660.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(help.get(1).get("helper").isNull()).as("a hotline outside the province").isTrue();
		assertThat(Api.as(this.port, "unit1").get("/api/province/surges").status()).isEqualTo(403);
	}

	private HttpResponse<String> send(String city, String path, Object message) throws Exception {
		byte[] body = this.json.writeValueAsBytes(message);
		long now = this.clock.instant().getEpochSecond();
		return post(city, now, NodeKeys.sign(NodeKeys.keyOf(SECRET, city), "POST", path, now, body), body, path);
	}

	private HttpResponse<String> post(String city, long timestamp, String signature, byte[] body) throws Exception {
		return post(city, timestamp, signature, body, "/api/node/orders");
	}

	private HttpResponse<String> post(String city, long timestamp, String signature, byte[] body, String path)
			throws Exception {
		return HTTP.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header(NodeKeys.NODE, city)
			.header(NodeKeys.TIMESTAMP, Long.toString(timestamp))
			.header(NodeKeys.SIGNATURE, signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static NodeMessages.Batch batch(List<NodeMessages.Order> orders, List<NodeMessages.Event> events) {
		return new NodeMessages.Batch(0, null, orders, events);
	}

	private static NodeMessages.Order order(long id, String number, int version, String status, Instant at,
			Instant closed) {
		return new NodeMessages.Order(id, number, version, status, "COMPLAINT", "PHONE", "NORMAL", "占道经营", "门口有人占道经营",
				null, null, null, null, null, "张*", "139****0123", false, null, null, null, null, false, null, null,
				null, null, null, null, closed, null, null, 0, 0, 0, null, at, (closed == null) ? at : closed);
	}

	private static NodeMessages.Event event(long id, long order, String type, Instant at) {
		return new NodeMessages.Event(id, order, type, at, "REGISTERED", null, null);
	}

}
