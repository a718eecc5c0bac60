package io.hotline.intake.duplicate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.hotline.intake.Intake;
import io.hotline.intake.IntakeRequest;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.workorder.Channel;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.WorkOrder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a new order see committed orders only and never fail its registration: an
 * order whose transaction rolls back is never indexed, linked or flagged; many callers at
 * once about one matter through Open311 (whose create is one transaction with its extras)
 * are all registered and form one collective case; a mark of the platform's (督办 by a
 * check) leaves the version that people act on as it is.
 */
@HotlineTest
class CommittedChecksHttpTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Intake intake;

	@Autowired
	RecentOrders recent;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrderRolledBackIsNeverIndexedLinkedOrFlagged() {
		String content = "海珠区滨江东路碧桂苑小区地下车库长期积水发臭，蚊虫滋生，物业不理，" + UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		long[] id = new long[1];
		transaction.executeWithoutResult((status) -> {
			WorkOrder order = this.intake.register(
					new IntakeRequest(Channel.PHONE, OrderType.COMPLAINT, content, null, "海珠区滨江东路碧桂苑",
							new IntakeRequest.CallerInput(null, "13800001111"), null, null, null, null),
					new Actor("agent1", Set.of(Role.AGENT), null));
			id[0] = order.id().value();
			status.setRollbackOnly();
		});
		this.recent.settle();
		assertThat(this.recent.contains(id[0])).as("an order that was never committed is not indexed").isFalse();
		assertThat(
				this.jdbc.sql("select count(*) from work_order where id = ?").param(id[0]).query(Long.class).single())
			.isZero();

		// an order about the same matter afterwards is not linked to the one rolled back
		long next = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content, "address", "海珠区滨江东路碧桂苑",
							"caller", Map.of("phone", "13800001111")))
			.id();
		this.recent.settle();
		assertThat(this.jdbc.sql("select count(*) from order_flag where related_order_id = ?")
			.param(id[0])
			.query(Long.class)
			.single()).isZero();
		assertThat(this.recent.contains(next)).isTrue();
	}

	@Test
	void manyCallersAtOnceThroughOpen311AreAllRegisteredAndFormOneCollectiveCase() throws Exception {
		String code = JSON.readTree(get("/open311/v2/services.json")).get(0).get("service_code").asString();
		String place = "天河区龙口西路" + (100 + (int) (Math.random() * 800)) + "号龙苑大厦";
		String matter = "门口的变电箱一直嗡嗡响，晚上吵得睡不着，已经持续一个月了，希望尽快处理";
		int callers = 24;
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("api_key", "demo-key");
			form.put("service_code", code);
			form.put("address_string", place);
			form.put("phone", String.format("1391234%04d", i));
			form.put("description", place + matter + "（第" + i + "位来电人）");
			answers.add(pool.submit(() -> post("/open311/v2/requests.json", form)));
		}
		List<String> numbers = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
			numbers.add(JSON.readTree(response.body()).get(0).get("service_request_id").asString());
		}
		pool.shutdown();
		this.recent.settle();
		assertThat(this.jdbc.sql("select count(*) from work_order where number = any(?)")
			.param(numbers.toArray(String[]::new))
			.query(Long.class)
			.single()).isEqualTo(callers);
		List<Long> cases = this.jdbc.sql("""
				select distinct c.case_id from collective_case_order c join work_order o on o.id = c.order_id
				where o.number = any(?)""").param(numbers.toArray(String[]::new)).query(Long.class).list();
		assertThat(cases).as("one collective case for one matter").hasSize(1);
	}

	@Test
	void aMarkOfThePlatformLeavesTheVersionPeopleActOn() {
		Api.Response registered = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content",
					"我被拖欠工资半年了，实在活不下去了，再不解决我就去跳楼。" + UUID.randomUUID(), "caller", Map.of("phone", "13912340000")));
		long id = registered.id();
		int version = registered.body().get("version").asInt();
		JsonNode order = waitForSupervision(id);
		assertThat(order.get("version").asInt()).as("the linkage's 督办 keeps the version").isEqualTo(version);
		long unit = this.jdbc.sql("select unit_id from app_user where username = 'unit1'").query(Long.class).single();
		Map<String, Object> dispatch = Map.of("unitIds", List.of(unit), "version", version);
		Api.Response dispatched = Api.as(this.port, "dispatcher1").post("/api/orders/" + id + "/dispatch", dispatch);
		assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
		assertThat(dispatched.body().get("supervised").asBoolean()).as("a person's change keeps the mark").isTrue();
	}

	private JsonNode waitForSupervision(long id) {
		long until = System.currentTimeMillis() + 20_000;
		while (true) {
			JsonNode order = Api.as(this.port, "supervisor1").get("/api/orders/" + id).body();
			if (order.get("supervised").asBoolean() || System.currentTimeMillis() > until) {
				return order;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return order;
			}
		}
	}

	private String get(String path) throws Exception {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
