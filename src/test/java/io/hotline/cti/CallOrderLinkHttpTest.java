package io.hotline.cti;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order registered with the {@code callId} of the call it came from: linked in the
 * same request, with {@code CALL_LINKED} in its timeline, once.
 */
@HotlineTest
class CallOrderLinkHttpTest {

	@LocalServerPort
	int port;

	@Test
	void registersTheOrderOfACallLinkedToItWithTheCallInItsTimeline() {
		Api agent = Api.as(this.port, "agent1");
		String phone = phone();
		String callId = ring(phone);
		String requestId = UUID.randomUUID().toString();
		Map<String, Object> request = order("楼道灯坏了 " + UUID.randomUUID(), phone);
		request.put("callId", callId);
		request.put("requestId", requestId);

		Response created = agent.post("/api/orders", request);
		assertThat(created.status()).isEqualTo(201);
		assertThat(types(created.body())).containsExactly("REGISTERED", "CALL_LINKED");
		JsonNode linked = created.body().get("events").get(1);
		assertThat(linked.get("actor").asString()).isEqualTo("agent1");
		assertThat(linked.get("note").asString()).contains(callId).contains("来电时间").doesNotContain(phone);
		assertThat(created.body().get("status").asString()).isEqualTo("REGISTERED");

		Response call = agent.get("/api/cti/calls/" + callId);
		assertThat(call.body().get("orderId").asLong()).isEqualTo(created.id());
		Response ofOrder = agent.get("/api/cti/calls?orderId=" + created.id());
		assertThat(ofOrder.body().size()).isEqualTo(1);
		assertThat(ofOrder.body().get(0).get("callId").asString()).isEqualTo(callId);

		// the answer's version is the stored one: the agent may act on it at once
		Response stored = agent.get("/api/orders/" + created.id());
		assertThat(created.body().get("version").asInt()).isEqualTo(stored.body().get("version").asInt());
		assertThat(types(stored.body())).containsExactly("REGISTERED", "CALL_LINKED");

		// a retry after a lost answer gets the same order, linked once
		Response again = agent.post("/api/orders", request);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.id()).isEqualTo(created.id());
		assertThat(types(agent.get("/api/orders/" + created.id()).body())).containsExactly("REGISTERED", "CALL_LINKED");
	}

	@Test
	void refusesACallAnotherAgentAnsweredAndRegistersNothing() {
		String phone = phone();
		String callId = "other-" + UUID.randomUUID();
		Map<String, Object> event = new HashMap<>();
		event.put("callId", callId);
		event.put("event", "HUNG_UP");
		event.put("caller", phone);
		// a call of admin's line, ended at once, so that no workstation pops it up
		event.put("agent", "admin");
		assertThat(Api.as(this.port, "admin").post("/api/cti/events", event).status()).isEqualTo(200);
		String content = "别人的通话 " + UUID.randomUUID();
		Map<String, Object> request = order(content, phone);
		request.put("callId", callId);

		Response refused = Api.as(this.port, "agent1").post("/api/orders", request);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).contains(callId).contains("其他坐席");
		assertThat(found(Api.as(this.port, "agent1"), content)).isZero();
		// the line's own user links it
		assertThat(Api.as(this.port, "admin").post("/api/orders", request).status()).isEqualTo(201);
	}

	@Test
	void refusesAnUnknownCallAndRegistersNothing() {
		Api agent = Api.as(this.port, "agent1");
		String content = "未知通话 " + UUID.randomUUID();
		Map<String, Object> request = order(content, phone());
		request.put("callId", "no-such-call-" + UUID.randomUUID());

		Response refused = agent.post("/api/orders", request);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.detail()).contains((String) request.get("callId")).contains("不是话务系统报告过的通话");
		assertThat(agent.inLanguage("en").post("/api/orders", request).detail())
			.contains("names no call that the phone system reported");
		assertThat(found(agent, content)).isZero();
	}

	@Test
	void refusesACallLinkedToAnotherOrderAndRegistersNothing() {
		Api agent = Api.as(this.port, "agent1");
		String phone = phone();
		String callId = ring(phone);
		Map<String, Object> first = order("第一张工单 " + UUID.randomUUID(), phone);
		first.put("callId", callId);
		Response linked = agent.post("/api/orders", first);
		assertThat(linked.status()).isEqualTo(201);

		String content = "第二张工单 " + UUID.randomUUID();
		Map<String, Object> second = order(content, phone);
		second.put("callId", callId);
		second.put("requestId", UUID.randomUUID().toString());
		Response refused = agent.post("/api/orders", second);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.detail()).contains(callId).contains(linked.text("number"));
		assertThat(found(agent, content)).isZero();

		// without the call, the same request registers (its request id was not taken)
		second.remove("callId");
		Response unlinked = agent.post("/api/orders", second);
		assertThat(unlinked.status()).isEqualTo(201);
		assertThat(types(unlinked.body())).containsExactly("REGISTERED");
		// nor may the call be moved to it afterwards; linking its own order again changes
		// nothing
		Response moved = agent.post("/api/cti/calls/" + callId + "/order", Map.of("orderId", unlinked.id()));
		assertThat(moved.status()).isEqualTo(409);
		assertThat(types(agent.get("/api/orders/" + unlinked.id()).body())).containsExactly("REGISTERED");
		Response same = agent.post("/api/cti/calls/" + callId + "/order", Map.of("orderId", linked.id()));
		assertThat(same.status()).isEqualTo(200);
		assertThat(types(agent.get("/api/orders/" + linked.id()).body())).containsExactly("REGISTERED", "CALL_LINKED");
	}

	@Test
	void linksOneCallToOneOrderWhenTwoRegistrationsRace() throws Exception {
		Api agent = Api.as(this.port, "agent1");
		String phone = phone();
		String callId = ring(phone);
		List<Integer> statuses = concurrently(4, () -> {
			Map<String, Object> request = order("同时登记 " + UUID.randomUUID(), phone);
			request.put("callId", callId);
			return agent.post("/api/orders", request).status();
		});
		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
	}

	@Test
	void linkingAnExistingOrderWritesTheCallInItsTimeline() {
		Api agent = Api.as(this.port, "agent1");
		String phone = phone();
		Response order = agent.post("/api/orders", order("催办：路面塌陷 " + UUID.randomUUID(), phone));
		String callId = ring(phone);
		Response linked = agent.post("/api/cti/calls/" + callId + "/order", Map.of("orderId", order.id()));
		assertThat(linked.status()).isEqualTo(200);
		assertThat(linked.body().get("orderId").asLong()).isEqualTo(order.id());
		JsonNode stored = agent.get("/api/orders/" + order.id()).body();
		assertThat(types(stored)).containsExactly("REGISTERED", "CALL_LINKED");
		assertThat(stored.get("events").get(1).get("note").asString()).contains(callId);
		assertThat(agent.post("/api/cti/calls/no-such-call/order", Map.of("orderId", order.id())).status())
			.isEqualTo(404);
	}

	@Test
	void showsTheCallersNumberOfALinkedCallOnlyToThoseWhoSeeCallers() {
		Api agent = Api.as(this.port, "agent1");
		String phone = phone();
		String callId = ring(phone);
		Map<String, Object> request = order("噪音扰民 " + UUID.randomUUID(), phone);
		request.put("callId", callId);
		long id = agent.post("/api/orders", request).id();

		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		JsonNode forSupervisor = Api.as(this.port, "supervisor1").get("/api/cti/calls?orderId=" + id).body();
		assertThat(forSupervisor.get(0).get("caller").asString()).isEqualTo(masked);
		assertThat(Api.as(this.port, "supervisor1").get("/api/cti/calls/" + callId).text("caller")).isEqualTo(masked);
		assertThat(
				Api.as(this.port, "supervisor1").get("/api/orders/" + id).body().get("caller").get("phone").asString())
			.isEqualTo(masked);
		JsonNode forCallback = Api.as(this.port, "callback1").get("/api/cti/calls?orderId=" + id).body();
		assertThat(forCallback.get(0).get("caller").asString()).isEqualTo(phone);
	}

	/**
	 * A call ringing on a line of its own, so that no workstation pops it up, as the
	 * phone system reports it.
	 */
	private String ring(String phone) {
		String callId = "link-" + UUID.randomUUID();
		Map<String, Object> event = new HashMap<>();
		event.put("callId", callId);
		event.put("event", "RINGING");
		event.put("caller", phone);
		event.put("agent", "line-" + callId);
		Response ringing = Api.as(this.port, "admin").post("/api/cti/events", event);
		assertThat(ringing.status()).isEqualTo(200);
		return callId;
	}

	private static Map<String, Object> order(String content, String phone) {
		Map<String, Object> order = new HashMap<>();
		order.put("channel", "PHONE");
		order.put("type", "HELP");
		order.put("content", content);
		order.put("caller", Map.of("name", "赵女士", "phone", phone));
		return order;
	}

	private static String phone() {
		return "137" + (10_000_000 + (int) (Math.random() * 89_999_999));
	}

	private static long found(Api agent, String content) {
		return agent
			.get("/api/orders?q=" + java.net.URLEncoder.encode(content, java.nio.charset.StandardCharsets.UTF_8))
			.body()
			.get("totalElements")
			.asLong();
	}

	private static List<String> types(JsonNode order) {
		List<String> types = new ArrayList<>();
		order.get("events").forEach((event) -> types.add(event.get("type").asString()));
		return types;
	}

	private static <T> List<T> concurrently(int clients, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(call));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
