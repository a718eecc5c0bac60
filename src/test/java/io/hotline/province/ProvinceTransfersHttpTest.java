package io.hotline.province;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
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
 * 跨市转办 and 上交省级 as the province handles them: a transfer arrives with the sender's
 * replica once however often it is sent, is handed to the receiving city alone at its
 * pull with the caller in full and the sender's timeline, is registered when the receiver
 * says so, and the sender asks how far it is; an order handed up is registered by the
 * province itself; the transferred order counts for the receiver, not the sender; wrong
 * targets are refused.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(
		properties = { "hotline.jurisdiction=62", "hotline.node.master-key=" + ProvinceTransfersHttpTest.SECRET,
				"hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200", "hotline.node.handed-up-ms=500" })
class ProvinceTransfersHttpTest {

	static final String SECRET = "province-secret-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aTransferGoesToItsReceiverOnceAndTheSenderFollowsIt() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant().minus(Duration.ofHours(2));
		NodeMessages.Order kept = CityFeed.registered(8101, "L8101", "留在兰州", at);
		NodeMessages.Order out = transferred(8102, "L8102", "6205", at);
		List<NodeMessages.Event> timeline = List.of(CityFeed.event(81021, 8102, "REGISTERED", at, "REGISTERED", "受理"),
				CityFeed.event(81022, 8102, "TRANSFERRED_OUT", at.plusSeconds(60), "TRANSFERRED", "转至天水市12345：事发地在天水"));
		assertThat(feed.send("6201", List.of(kept, out), timeline)).isEqualTo(200);
		assertThat(feed.send("6201", List.of(out), timeline)).as("sent again").isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from province_transfer where from_city = '6201'")
			.query(Long.class)
			.single()).as("kept once").isEqualTo(1);

		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode listed = supervisor.get("/api/province/transfers?from=6201").body();
		assertThat(listed.get("total").asLong()).isEqualTo(1);
		assertThat(listed.at("/items/0/state").asString()).isEqualTo("QUEUED");
		assertThat(listed.at("/items/0/toName").asString()).isEqualTo("天水市");
		assertThat(progress(feed, 8102).state()).isEqualTo("QUEUED");

		NodeMessages.Commands other = feed.answer(
				feed.post("6202", "/api/node/commands", new NodeMessages.Pull(List.of())), NodeMessages.Commands.class);
		assertThat(other.transfers()).as("only the receiver gets it").isEmpty();
		NodeMessages.Commands pulled = feed.answer(
				feed.post("6205", "/api/node/commands", new NodeMessages.Pull(List.of())), NodeMessages.Commands.class);
		assertThat(pulled.transfers()).hasSize(1);
		NodeMessages.TransferIn handed = pulled.transfers().get(0);
		assertThat(handed.fromNumber()).isEqualTo("L8102");
		assertThat(handed.fromName()).isEqualTo("兰州市12345");
		assertThat(handed.callerPhone()).as("the caller in full, for the receiver acts on it").isEqualTo("13912345678");
		assertThat(handed.content()).isEqualTo("天水市麦积区马跑泉镇路灯不亮，王建国 13912345678");
		assertThat(handed.timeline()).extracting(NodeMessages.Event::type)
			.containsExactly("REGISTERED", "TRANSFERRED_OUT");
		assertThat(progress(feed, 8102).state()).isEqualTo("DELIVERED");

		NodeMessages.Commands again = feed.answer(
				feed.post("6205", "/api/node/commands",
						new NodeMessages.Pull(List.of(), List.of(new NodeMessages.Registered(handed.id(), 55, "T55")))),
				NodeMessages.Commands.class);
		assertThat(again.transfers()).as("registered: not handed again").isEmpty();
		NodeMessages.Progress progress = progress(feed, 8102);
		assertThat(progress.state()).isEqualTo("REGISTERED");
		assertThat(progress.number()).isEqualTo("T55");
		assertThat(progress.toName()).isEqualTo("天水市12345");

		// the transferred order counts for the receiver only
		JsonNode figures = supervisor.get("/api/province/kpis?groupBy=city").body();
		assertThat(row(figures, "6201").get("total").asLong()).isEqualTo(1);
		assertThat(supervisor.get("/api/province/cities").body().toString()).contains("兰州市");

		String csv = new String(supervisor.download("/api/province/transfers/export?format=csv").body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("转办原因").contains("事发地在天水").contains("T55");

		// 退回: 天水 sends its T55 back to 兰州, which is told it was its own L8102
		assertThat(feed.send("6205", List.of(transferred(55, "T55", "6201", at)), List.of())).isEqualTo(200);
		NodeMessages.Commands back = feed.answer(
				feed.post("6201", "/api/node/commands", new NodeMessages.Pull(List.of())), NodeMessages.Commands.class);
		assertThat(back.transfers()).hasSize(1);
		assertThat(back.transfers().get(0).fromNumber()).isEqualTo("T55");
		assertThat(back.transfers().get(0).returnOf()).isEqualTo("L8102");
		assertThat(handed.returnOf()).as("a first transfer is no send-back").isNull();
	}

	@Test
	void anOrderHandedUpIsRegisteredByTheProvinceItself() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant().minus(Duration.ofHours(1));
		assertThat(feed.send("6202", List.of(transferred(8201, "J8201", "62", at)),
				List.of(CityFeed.event(82011, 8201, "REGISTERED", at, "REGISTERED", "受理"))))
			.isEqualTo(200);
		long started = System.nanoTime();
		while (!"REGISTERED".equals(progress(feed, 8201, "6202").state())) {
			assertThat(System.nanoTime() - started).as("registered by the province within 30 s")
				.isLessThan(Duration.ofSeconds(30).toNanos());
			Thread.sleep(200);
		}
		long orderId = this.jdbc.sql("select to_order_id from province_transfer where from_order_id = 8201")
			.query(Long.class)
			.single();
		JsonNode order = Api.as(this.port, "agent1").get("/api/orders/" + orderId).body();
		assertThat(order.at("/caller/phone").asString()).isEqualTo("13912345678");
		assertThat(order.get("events").toString()).contains("TRANSFERRED_IN").contains("嘉峪关市12345");
		JsonNode from = Api.as(this.port, "supervisor1").get("/api/orders/" + orderId + "/transferred-from").body();
		assertThat(from.get("fromNumber").asString()).isEqualTo("J8201");
		assertThat(from.get("timeline").size()).isEqualTo(1);
		assertThat(Api.as(this.port, "supervisor1").get("/api/orders/" + orderId).body().get("status").asString())
			.isEqualTo("REGISTERED");
	}

	@Test
	void aTransferToItselfOrOutsideTheProvinceIsRefusedAndNothingOfTheBatchKept() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant();
		var itself = feed.post("6201", "/api/node/orders",
				new NodeMessages.Batch(0, null, List.of(transferred(8301, "L8301", "6201", at)), List.of()));
		assertThat(itself.statusCode()).isEqualTo(400);
		assertThat(itself.body()).contains("8301").contains("6201");
		assertThat(feed.send("6201", List.of(transferred(8302, "L8302", "3301", at)), List.of())).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from city_order where order_id in (8301, 8302)")
			.query(Long.class)
			.single()).isZero();
		assertThat(Api.as(this.port, "supervisor1").get("/api/province/transfers?state=MAYBE").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "unit1").get("/api/province/transfers").status()).isEqualTo(403);
	}

	@Test
	void theMonthlyReportCountsEachCitysOrdersRatesRanksAndTransfers() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant().minus(Duration.ofMinutes(30));
		java.time.YearMonth month = java.time.YearMonth.from(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
		assertThat(feed.send("6203", List.of(CityFeed.closed(8401, "JC8401", "路灯", at, "SATISFIED"),
				transferred(8402, "JC8402", "6204", at)), List.of()))
			.isEqualTo(200);
		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode report = supervisor.get("/api/province/reports/monthly?month=" + month).body();
		assertThat(report.get("month").asString()).isEqualTo(month.toString());
		JsonNode jinchang = null;
		for (JsonNode city : report.get("cities")) {
			if ("6203".equals(city.get("city").asString())) {
				jinchang = city;
			}
		}
		assertThat(jinchang).isNotNull();
		assertThat(jinchang.get("orders").asLong()).as("the transferred order counts for its receiver").isEqualTo(1);
		assertThat(jinchang.get("transferredOut").asLong()).isEqualTo(1);
		assertThat(jinchang.at("/figures/satisfactionRate").asDouble()).isEqualTo(1.0);
		assertThat(jinchang.at("/ranks/satisfied").isNumber()).isTrue();

		String csv = new String(
				supervisor.download("/api/province/reports/monthly/export?format=csv&month=" + month).body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("满意率排名").contains("金昌市").contains("全省");
		assertThat(supervisor.get("/api/province/reports/monthly?month=2026-13").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "unit1").get("/api/province/reports/monthly").status()).isEqualTo(403);
	}

	private NodeMessages.Progress progress(CityFeed feed, long orderId) throws Exception {
		return progress(feed, orderId, "6201");
	}

	private NodeMessages.Progress progress(CityFeed feed, long orderId, String city) throws Exception {
		return feed.answer(feed.post(city, "/api/node/transfers/progress", new NodeMessages.ProgressAsked(orderId)),
				NodeMessages.Progress.class);
	}

	/**
	 * An order a city transferred out, as its sender sends it: the caller in full in the
	 * transfer.
	 */
	private static NodeMessages.Order transferred(long id, String number, String to, Instant at) {
		NodeMessages.Order o = CityFeed.registered(id, number, "路灯不亮", at);
		return new NodeMessages.Order(o.orderId(), o.number(), 2, "TRANSFERRED", o.type(), o.channel(), o.urgency(),
				o.title(), "天水市麦积区马跑泉镇路灯不亮，王* 139****5678", o.address(), null, null, null, null, "王*", "139****5678",
				false, null, null, null, null, false, null, null, null, null, null, null, at.plusSeconds(60), null,
				null, 0, 0, 0, null, at, at.plusSeconds(60),
				new NodeMessages.Transfer(to, "天水市12345", "事发地在天水", "dispatcher1", at.plusSeconds(60), "路灯不亮",
						"天水市麦积区马跑泉镇路灯不亮，王建国 13912345678", "天水市麦积区马跑泉镇", "王建国", "13912345678"));
	}

	private static JsonNode row(JsonNode table, String key) {
		for (JsonNode row : table.get("rows")) {
			if (key.equals(row.get("key").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row " + key + " in " + table);
	}

}
