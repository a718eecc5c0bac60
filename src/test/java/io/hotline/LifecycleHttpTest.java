package io.hotline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole lifecycle of the contract over HTTP, on the embedded PostgreSQL with the demo
 * users.
 */
@HotlineTest
class LifecycleHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	long unit1;

	long unit2;

	@BeforeEach
	void findDemoUnits() {
		JsonNode units = as("admin").get("/api/units").body();
		for (JsonNode unit : units) {
			if (unit.get("code").asString().equals("DEMO-UNIT-1")) {
				this.unit1 = unit.get("id").asLong();
			}
			if (unit.get("code").asString().equals("DEMO-UNIT-2")) {
				this.unit2 = unit.get("id").asLong();
			}
		}
		assertThat(this.unit1).isPositive();
		assertThat(this.unit2).isPositive();
	}

	@Test
	void takesAComplaintFromRegistrationThroughReopeningToClosing() {
		long id = register("COMPLAINT").id();
		assertThat(
				act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1, this.unit2))).text("status"))
			.isEqualTo("DISPATCHED");
		assertThat(act("unit1", id, "sign", Map.of()).text("status")).isEqualTo("HANDLING");
		String deadline = order("unit1", id).text("deadline");
		act("unit1", id, "extend", Map.of("days", 3, "reason", "需协调多个部门"));
		Response approved = act("supervisor1", id, "approve-extension", Map.of("approved", true));
		assertThat(approved.text("deadline")).isGreaterThan(deadline);
		act("unit2", id, "assist", Map.of("content", "已配合现场检查"));
		assertThat(act("unit1", id, "reply", Map.of("content", "已责令商户整改", "resolved", true)).text("status"))
			.isEqualTo("REPLIED");
		assertThat(act("callback1", id, "callback", Map.of("satisfaction", "DISSATISFIED", "resolved", false))
			.text("status")).isEqualTo("REOPENED");
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("unit1", id, "sign", Map.of());
		act("unit1", id, "reply", Map.of("content", "商户已安装油烟净化器", "resolved", true));
		assertThat(
				act("callback1", id, "callback", Map.of("satisfaction", "SATISFIED", "resolved", true)).text("status"))
			.isEqualTo("CLOSED");

		JsonNode events = order("supervisor1", id).body().get("events");
		List<String> types = new ArrayList<>();
		events.forEach((event) -> types.add(event.get("type").asString()));
		assertThat(types).containsExactly("REGISTERED", "DISPATCHED", "SIGNED", "EXTENSION_REQUESTED",
				"EXTENSION_APPROVED", "ASSISTED", "REPLIED", "REOPENED", "REDISPATCHED", "SIGNED", "REPLIED",
				"CALLED_BACK");
		assertThat(events.get(0).get("actor").asString()).isEqualTo("agent1");
		assertThat(events.get(1).get("actor").asString()).isEqualTo("dispatcher1");
		assertThat(events.get(11).get("at").asString()).isGreaterThanOrEqualTo(events.get(0).get("at").asString());
	}

	@Test
	void closesAConsultationThatTheAgentAnswersAtOnce() {
		long id = register("CONSULTATION").id();
		Response finished = act("agent1", id, "finish", Map.of("answer", "可在街道政务服务中心办理"));
		assertThat(finished.text("status")).isEqualTo("CLOSED");
		assertThat(finished.body().get("events").get(1).get("note").asString()).isEqualTo("可在街道政务服务中心办理");
	}

	@Test
	void returnsAnOrderWithItsReasonToTheDispatchersQueueAndRedispatchesIt() {
		long id = register("HELP").id();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		Response missingReason = as("unit1").post("/api/orders/" + id + "/return", Map.of());
		assertThat(missingReason.status()).isEqualTo(400);
		assertThat(missingReason.detail()).contains("reason");
		assertThat(act("unit1", id, "return", Map.of("reason", "不属于本单位职责")).text("status")).isEqualTo("RETURNED");
		JsonNode queue = as("dispatcher1").get("/api/orders?status=RETURNED&size=200").body().get("content");
		assertThat(queue.findValuesAsString("number")).contains(order("dispatcher1", id).text("number"));
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit2), "note", "改派"));
		assertThat(order("unit2", id).body().get("mainUnitId").asLong()).isEqualTo(this.unit2);
		assertThat(as("unit1").get("/api/orders/" + id).status()).isEqualTo(404);
	}

	@Test
	void showsAUnitOnlyItsOwnOrders() {
		long id = register("COMPLAINT").id();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		assertThat(as("unit1").get("/api/orders/" + id).status()).isEqualTo(200);
		Response hidden = as("unit2").get("/api/orders/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.contentType()).contains("application/problem+json");
		assertThat(as("unit2").post("/api/orders/" + id + "/sign", Map.of()).status()).isEqualTo(404);
		JsonNode unit2List = as("unit2").get("/api/orders?size=200").body().get("content");
		unit2List.forEach((o) -> assertThat(o.get("id").asLong()).isNotEqualTo(id));
		JsonNode unit1Inbox = as("unit1").get("/api/orders?status=DISPATCHED,HANDLING&sort=deadline&size=200")
			.body()
			.get("content");
		assertThat(unit1Inbox.findValuesAsString("number")).contains(order("unit1", id).text("number"));
	}

	@Test
	void letsACoUnitSeeButNotSignTheOrder() {
		long id = register("COMPLAINT").id();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1, this.unit2)));
		assertThat(as("unit2").get("/api/orders/" + id).status()).isEqualTo(200);
		Response sign = as("unit2").post("/api/orders/" + id + "/sign", Map.of());
		assertThat(sign.status()).isEqualTo(403);
	}

	@Test
	void masksTheCallerForRolesThatDoNotNeedThem() {
		long id = register("COMPLAINT").id();
		assertThat(order("agent1", id).body().get("caller").get("phone").asString()).isEqualTo("13812345678");
		assertThat(order("dispatcher1", id).body().get("caller").get("phone").asString()).isEqualTo("138****5678");
		assertThat(order("analyst1", id).body().get("caller").get("name").asString()).isEqualTo("李*");
	}

	@Test
	void refusesActionsOfTheWrongRole() {
		long id = register("COMPLAINT").id();
		Response byAgent = as("agent1").post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(this.unit1)));
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(as("analyst1").post("/api/orders", newOrder("HELP")).status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get("/api/orders/" + id).status()).isEqualTo(401);
		assertThat(as("agent1", "wrong").get("/api/orders/" + id).status()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where actor = 'agent1' and action = 'SIGN_IN' and outcome = 'REFUSED'",
				Integer.class))
			.isPositive();
	}

	@Test
	void answersIllegalTransitionsAndStaleVersionsWithConflictsAndWritesNothing() {
		long id = register("COMPLAINT").id();
		Response early = as("unit1").post("/api/orders/" + id + "/reply", Map.of("content", "x", "resolved", true));
		assertThat(early.status()).isIn(404, 409);
		Response sign = as("admin").post("/api/orders/" + id + "/sign", Map.of());
		assertThat(sign.status()).isEqualTo(409);
		assertThat(sign.detail()).contains("REGISTERED");
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		Response stale = as("unit1").post("/api/orders/" + id + "/sign", Map.of("version", 0));
		assertThat(stale.status()).isEqualTo(409);
		Response staleHeader = as("unit1").post("/api/orders/" + id + "/sign", Map.of(), "\"0\"");
		assertThat(staleHeader.status()).isEqualTo(409);
		Response after = order("unit1", id);
		assertThat(after.text("status")).isEqualTo("DISPATCHED");
		assertThat(after.body().get("events")).hasSize(2);
		assertThat(as("unit1").post("/api/orders/" + id + "/sign", Map.of("version", 1)).status()).isEqualTo(200);
	}

	@Test
	void explainsBadInput() {
		Response badEnum = as("agent1").post("/api/orders", Map.of("channel", "FAX", "type", "HELP", "content", "x"));
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.contentType()).contains("application/problem+json");
		assertThat(badEnum.detail()).contains("channel");
		Response noContent = as("agent1").post("/api/orders", Map.of("channel", "PHONE", "type", "HELP"));
		assertThat(noContent.detail()).contains("content");
		Response notJson = as("agent1").post("/api/orders", "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		Response badCategory = as("agent1").post("/api/orders",
				Map.of("channel", "PHONE", "type", "HELP", "content", "x", "categoryCode", "nope"));
		assertThat(badCategory.detail()).contains("categoryCode");
		assertThat(as("admin").get("/api/orders/987654321").status()).isEqualTo(404);
		assertThat(as("dispatcher1").post("/api/orders/1/dispatch", Map.of("unitIds", List.of(-5))).status()).isIn(400,
				404, 409);
		assertThat(as("admin").get("/api/orders?status=NOPE").detail()).contains("status");
	}

	@Test
	void registersARequestIdOnlyOnce() {
		Map<String, Object> order = new java.util.HashMap<>(newOrder("HELP"));
		order.put("requestId", UUID.randomUUID().toString());
		Response first = as("agent1").post("/api/orders", order);
		Response again = as("agent1").post("/api/orders", order);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.text("number")).isEqualTo(first.text("number"));
	}

	@Test
	void placesTheAddressInTheJurisdiction() {
		Response order = register("COMPLAINT");
		JsonNode location = order.body().get("location");
		assertThat(location.get("district").asString()).isEqualTo("天河区");
		assertThat(location.get("codes").get("district").asString()).isEqualTo("440106");
	}

	@Test
	void publishesItsApiDescriptionAndHealth() {
		Response docs = Api.anonymous(this.port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").has("/api/orders")).isTrue();
		assertThat(Api.anonymous(this.port).get("/actuator/health").text("status")).isEqualTo("UP");
	}

	private Response register(String type) {
		Response response = as("agent1").post("/api/orders", newOrder(type));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("REGISTERED");
		return response;
	}

	static Map<String, Object> newOrder(String type) {
		return Map.of("channel", "PHONE", "type", type, "content", "小区楼下餐馆油烟扰民，晚上排放严重", "address", "天河区石牌街道华景社区",
				"urgency", "NORMAL", "caller", Map.of("name", "李四", "phone", "13812345678"));
	}

	private Response act(String user, long id, String action, Map<String, Object> body) {
		Response response = as(user).post("/api/orders/" + id + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
		return response;
	}

	private Response order(String user, long id) {
		return as(user).get("/api/orders/" + id);
	}

	private Api as(String user) {
		return Api.as(this.port, user);
	}

	private Api as(String user, String password) {
		return Api.as(this.port, user, password);
	}

}
