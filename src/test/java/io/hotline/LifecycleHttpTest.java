package io.hotline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole lifecycle of the contract over HTTP, with idempotency and concurrency. */
@HotlineTest
class LifecycleHttpTest extends OrderApiTest {

	@Test
	void eachAnswerCarriesTheVersionThatTheNextActionNeeds() {
		Response registered = register("COMPLAINT");
		long id = registered.id();
		Response dispatched = act("dispatcher1", id, "dispatch",
				Map.of("unitIds", List.of(this.unit1), "version", registered.body().get("version").asInt()));
		assertThat(dispatched.body().get("version").asInt())
			.isEqualTo(order("unit1", id).body().get("version").asInt());
		Response signed = act("unit1", id, "sign", Map.of("version", dispatched.body().get("version").asInt()));
		act("unit1", id, "reply",
				Map.of("content", "已处理", "resolved", true, "version", signed.body().get("version").asInt()));
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
		assertThat(missingReason.detail()).contains("原因");
		assertThat(act("unit1", id, "return", Map.of("reason", "不属于本单位职责")).text("status")).isEqualTo("RETURNED");
		JsonNode queue = as("dispatcher1").get("/api/orders?status=RETURNED&size=200").body().get("content");
		assertThat(queue.findValuesAsString("number")).contains(order("dispatcher1", id).text("number"));
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit2), "note", "改派"));
		assertThat(order("unit2", id).body().get("mainUnitId").asLong()).isEqualTo(this.unit2);
		assertThat(as("unit1").get("/api/orders/" + id).status()).isEqualTo(404);
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
	void dispatchesToTheCategorysDefaultUnitOrTheStreetOfTheAddressWhenNoneIsNamed() {
		String gas = category("燃气供应");
		Map<String, Object> gasLeak = new java.util.HashMap<>(newOrder("HELP"));
		gasLeak.put("categoryCode", gas);
		long gasOrder = as("agent1").post("/api/orders", gasLeak).id();
		Response toGasCompany = act("dispatcher1", gasOrder, "dispatch", Map.of("defaultUnit", true));
		assertThat(unitCode(toGasCompany.body().get("mainUnitId").asLong())).isEqualTo("UTIL-GAS");
		assertThat(toGasCompany.text("deadline")).isGreaterThan(toGasCompany.text("createdAt"));

		Map<String, Object> litter = new java.util.HashMap<>(newOrder("COMPLAINT"));
		litter.put("categoryCode", category("环境卫生"));
		long litterOrder = as("agent1").post("/api/orders", litter).id();
		Response toStreet = act("dispatcher1", litterOrder, "dispatch", Map.of("defaultUnit", true));
		assertThat(unitCode(toStreet.body().get("mainUnitId").asLong())).isEqualTo("DIV-440106006");

		Map<String, Object> nowhere = new java.util.HashMap<>(litter);
		nowhere.put("address", "不知道在哪里");
		nowhere.put("content", "垃圾没人清理");
		long unplaced = as("agent1").post("/api/orders", nowhere).id();
		Response refused = as("dispatcher1").post("/api/orders/" + unplaced + "/dispatch", Map.of("defaultUnit", true));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).contains("unitIds");
	}

	@Test
	void letsOnlyOneOfManyConcurrentActionsThrough() throws Exception {
		long id = register("COMPLAINT").id();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		List<Integer> statuses = concurrently(8,
				() -> as("unit1").post("/api/orders/" + id + "/sign", Map.of()).status());
		assertThat(statuses).containsOnly(200, 409);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		JsonNode events = order("unit1", id).body().get("events");
		assertThat(events.findValuesAsString("type")).containsOnlyOnce("SIGNED");
	}

	@Test
	void registersOneOrderForARequestIdSentConcurrently() throws Exception {
		Map<String, Object> order = new java.util.HashMap<>(newOrder("HELP"));
		order.put("requestId", UUID.randomUUID().toString());
		List<Integer> ids = concurrently(8, () -> (int) as("agent1").post("/api/orders", order).id());
		assertThat(new java.util.HashSet<>(ids)).hasSize(1);
	}

	@Test
	void showsTheReturnReasonAndTheWaitingExtensionsInTheQueues() {
		long returned = register("HELP").id();
		act("dispatcher1", returned, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("unit1", returned, "return", Map.of("reason", "地址不在本单位辖区"));
		JsonNode row = row(as("dispatcher1").get("/api/orders?status=RETURNED&size=200"), returned);
		assertThat(row.get("lastEvent").get("type").asString()).isEqualTo("RETURNED");
		assertThat(row.get("lastEvent").get("note").asString()).isEqualTo("地址不在本单位辖区");

		long extended = register("COMPLAINT").id();
		act("dispatcher1", extended, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("unit1", extended, "sign", Map.of());
		act("unit1", extended, "extend", Map.of("days", 2, "reason", "需现场勘查"));
		assertThat(row(as("supervisor1").get("/api/orders?pendingExtension=true&size=200"), extended)).isNotNull();
		act("supervisor1", extended, "approve-extension", Map.of("approved", false, "note", "理由不足"));
		assertThat(row(as("supervisor1").get("/api/orders?pendingExtension=true&size=200"), extended)).isNull();
	}

	private static JsonNode row(Response page, long id) {
		for (JsonNode row : page.body().get("content")) {
			if (row.get("id").asLong() == id) {
				return row;
			}
		}
		return null;
	}

}
