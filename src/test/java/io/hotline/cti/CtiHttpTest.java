package io.hotline.cti;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class CtiHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCallRingsIsAnsweredProducesAnOrderAndKeepsItsRecording() {
		Api agent = Api.as(this.port, "agent1");
		String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
		Response earlier = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "CONSULTATION", "content",
				"上次来电询问社保卡办理", "caller", Map.of("name", "李四", "phone", phone)));
		assertThat(earlier.status()).isEqualTo(201);
		String callId = "call-" + UUID.randomUUID();
		Response ringing = agent.post("/api/cti/events", event(callId, "RINGING", phone, "agent1"));
		assertThat(ringing.status()).isEqualTo(200);
		assertThat(ringing.text("status")).isEqualTo("RINGING");

		Response pop = agent.get("/api/cti/calls/current");
		assertThat(pop.status()).isEqualTo(200);
		assertThat(pop.body().get("call").get("callId").asString()).isEqualTo(callId);
		assertThat(pop.body().get("call").get("caller").asString()).isEqualTo(phone);
		JsonNode orders = pop.body().get("earlierOrders");
		assertThat(orders.size()).isEqualTo(1);
		assertThat(orders.get(0).get("id").asLong()).isEqualTo(earlier.id());

		assertThat(agent.post("/api/cti/events", event(callId, "ANSWERED", null, null)).text("status"))
			.isEqualTo("ANSWERED");
		assertThat(agent.get("/api/cti/calls/current").body().get("call").get("status").asString())
			.isEqualTo("ANSWERED");
		Response order = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", "小区路灯不亮，请尽快维修",
				"caller", Map.of("name", "李四", "phone", phone)));
		assertThat(order.status()).isEqualTo(201);
		Response linked = agent.post("/api/cti/calls/" + callId + "/order", Map.of("orderId", order.id()));
		assertThat(linked.status()).isEqualTo(200);

		Map<String, Object> hangUp = event(callId, "HUNG_UP", null, null);
		hangUp.put("recordingUrl", "https://pbx.example/rec/" + callId + ".wav");
		assertThat(agent.post("/api/cti/events", hangUp).text("status")).isEqualTo("ENDED");
		Map<String, Object> transcript = event(callId, "TRANSCRIPT", null, null);
		transcript.put("transcript", "市民反映小区路灯不亮。");
		assertThat(agent.post("/api/cti/events", transcript).status()).isEqualTo(200);
		assertThat(agent.get("/api/cti/calls/current").status()).isEqualTo(204);

		Response call = agent.get("/api/cti/calls/" + callId);
		assertThat(call.status()).isEqualTo(200);
		assertThat(call.text("caller")).isEqualTo(phone);
		assertThat(call.text("agent")).isEqualTo("agent1");
		assertThat(call.text("rangAt")).isNotNull();
		assertThat(call.text("answeredAt")).isNotNull();
		assertThat(call.text("endedAt")).isNotNull();
		assertThat(call.text("recordingUrl")).endsWith(callId + ".wav");
		assertThat(call.text("transcript")).isEqualTo("市民反映小区路灯不亮。");
		assertThat(call.body().get("orderId").asLong()).isEqualTo(order.id());

		Response ofOrder = agent.get("/api/cti/calls?orderId=" + order.id());
		assertThat(ofOrder.status()).isEqualTo(200);
		assertThat(ofOrder.body().size()).isEqualTo(1);
		assertThat(ofOrder.body().get(0).get("callId").asString()).isEqualTo(callId);
	}

	@Test
	void refusesBadEvents() {
		Api agent = Api.as(this.port, "agent1");
		Response unknown = agent.post("/api/cti/events",
				event("c-" + UUID.randomUUID(), "EXPLODED", "13800000000", null));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.detail()).contains("EXPLODED");
		Response noId = agent.post("/api/cti/events", event(null, "RINGING", "13800000000", null));
		assertThat(noId.status()).isEqualTo(400);
		assertThat(noId.detail()).contains("callId");
		Response badTime = agent.post("/api/cti/events",
				Map.of("callId", "c-" + UUID.randomUUID(), "event", "RINGING", "caller", "1380", "at", "yesterday"));
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(agent.get("/api/cti/calls/no-such-call").status()).isEqualTo(404);
	}

	@Test
	void needsASignedInAgentOrAdministrator() {
		assertThat(Api.anonymous(this.port)
			.post("/api/cti/events", event("c-" + UUID.randomUUID(), "RINGING", "13800000000", null))
			.status()).isEqualTo(401);
		assertThat(Api.anonymous(this.port).get("/api/cti/calls/current").status()).isEqualTo(401);
		assertThat(Api.as(this.port, "unit1")
			.post("/api/cti/events", event("c-" + UUID.randomUUID(), "RINGING", "13800000000", null))
			.status()).isEqualTo(403);
		assertThat(Api.as(this.port, "admin")
			.post("/api/cti/events", event("c-" + UUID.randomUUID(), "RINGING", "13800000000", "agent2"))
			.status()).isEqualTo(200);
	}

	@Test
	void anAgentReportsTheCallsOfItsOwnLineOnlyAndThePhoneSystemThoseOfEveryLine() {
		Api agent = Api.as(this.port, "agent1");
		Api other = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Api phoneSystem = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);

		String faked = "c-" + UUID.randomUUID();
		Response fake = other.post("/api/cti/events", event(faked, "RINGING", "13800000000", "agent1"));
		assertThat(fake.status()).as("a call faked on another agent's line").isEqualTo(403);
		assertThat(fake.isProblem()).isTrue();
		assertThat(agent.get("/api/cti/calls/" + faked).status()).as("and not kept").isEqualTo(404);

		String mine = "c-" + UUID.randomUUID();
		assertThat(agent.post("/api/cti/events", event(mine, "RINGING", "13800000001", "agent1")).status())
			.isEqualTo(200);
		assertThat(other.post("/api/cti/events", event(mine, "HUNG_UP", null, null)).status())
			.as("another agent's call is not theirs to hang up")
			.isEqualTo(403);
		assertThat(agent.get("/api/cti/calls/" + mine).text("status")).isEqualTo("RINGING");
		assertThat(agent.post("/api/cti/events", event(mine, "HUNG_UP", null, null)).text("status")).isEqualTo("ENDED");

		String own = "c-" + UUID.randomUUID();
		Response lineless = other.post("/api/cti/events", event(own, "RINGING", "13800000002", null));
		assertThat(lineless.status()).isEqualTo(200);
		assertThat(lineless.text("agent")).as("an agent's call is on its own line").isNotEqualTo("agent1").isNotNull();
		assertThat(other.post("/api/cti/events", event(own, "HUNG_UP", null, null)).status()).isEqualTo(200);

		String reported = "c-" + UUID.randomUUID();
		assertThat(phoneSystem.post("/api/cti/events", event(reported, "RINGING", "13800000003", "agent1")).status())
			.isEqualTo(200);
		assertThat(agent.get("/api/cti/calls/current").body().get("call").get("callId").asString()).isEqualTo(reported);
		String queued = "c-" + UUID.randomUUID();
		assertThat(phoneSystem.post("/api/cti/events", event(queued, "RINGING", "13800000004", null)).status())
			.isEqualTo(200);
		assertThat(agent.post("/api/cti/events", event(queued, "ANSWERED", null, "agent1")).status())
			.as("a call the phone system reported is the phone system's to report")
			.isEqualTo(403);
		assertThat(phoneSystem.post("/api/cti/events", event(reported, "HUNG_UP", null, null)).status()).isEqualTo(200);
		assertThat(phoneSystem.post("/api/cti/events", event(queued, "HUNG_UP", null, null)).status()).isEqualTo(200);
		assertThat(phoneSystem.get("/api/orders").body().get("totalElements").asLong())
			.as("the phone system's account sees no orders")
			.isZero();
		assertThat(phoneSystem.get("/api/cti/calls/current").status()).isEqualTo(403);
	}

	private static Map<String, Object> event(String callId, String type, String caller, String agent) {
		Map<String, Object> event = new HashMap<>();
		event.put("callId", callId);
		event.put("event", type);
		event.put("at", java.time.Instant.now().toString());
		event.put("caller", caller);
		event.put("agent", agent);
		event.put("callee", "12345");
		return event;
	}

}
