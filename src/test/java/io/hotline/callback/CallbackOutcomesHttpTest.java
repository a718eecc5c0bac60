package io.hotline.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback's outcomes over HTTP: none is assumed, a caller not reached gets another
 * try until the administrator's N-th, refused and wrong numbers close without a verdict,
 * and each try is on the timeline and in the audit log.
 */
@HotlineTest
class CallbackOutcomesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void defaultRule() {
		Api.as(this.port, "admin")
			.put("/api/callback/settings", Map.of("maxTries", 3, "retryMinutes", 120, "afterLast", "CLOSE"));
	}

	@Test
	void acceptsNoOutcomeOrVerdictByDefault() {
		long order = replied();
		Api callback = Api.as(this.port, "callback1");
		Response none = callback.post(path(order), Map.of());
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.detail()).contains("outcome");
		assertThat(callback.post(path(order), Map.of("outcome", "REACHED")).status()).isEqualTo(400);
		assertThat(callback.post(path(order), Map.of("outcome", "REACHED", "satisfaction", "SATISFIED")).status())
			.isEqualTo(400);
		assertThat(callback.post(path(order), Map.of("outcome", "NOT_REACHED", "satisfaction", "SATISFIED")).status())
			.isEqualTo(400);
		JsonNode unchanged = callback.get("/api/orders/" + order).body();
		assertThat(unchanged.get("status").asString()).isEqualTo("REPLIED");
		assertThat(unchanged.get("satisfaction").isNull()).isTrue();
		// the contract's body (a verdict, no outcome) still says the caller was reached
		Response old = callback.post(path(order), Map.of("satisfaction", "SATISFIED", "resolved", true));
		assertThat(old.status()).isEqualTo(200);
		assertThat(old.text("status")).isEqualTo("CLOSED");
	}

	@Test
	void triesAgainUntilTheAdministratorsLastTryThenClosesAsUnreachable() {
		Api admin = Api.as(this.port, "admin");
		Response rule = admin.put("/api/callback/settings",
				Map.of("maxTries", 2, "retryMinutes", 30, "afterLast", "CLOSE"));
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(200);
		long order = replied();
		Api callback = Api.as(this.port, "callback1");
		Response first = callback.post(path(order), Map.of("outcome", "NOT_REACHED", "comment", "无人接听"));
		assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
		assertThat(first.text("status")).isEqualTo("REPLIED");
		assertThat(lastEvent(first.body()).get("type").asString()).isEqualTo("CALLBACK_NOT_REACHED");
		assertThat(lastEvent(first.body()).get("note").asString()).contains("第 1 次").contains("无人接听");
		JsonNode tries = callback.get(path(order)).body();
		assertThat(tries.get("tries").asInt()).isEqualTo(1);
		assertThat(tries.get("maxTries").asInt()).isEqualTo(2);
		assertThat(Duration.between(Instant.parse(tries.get("lastTry").asString()),
				Instant.parse(tries.get("nextTryAfter").asString())))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(audited(order, "callback.not_reached")).isEqualTo(1);

		Response second = callback.post(path(order), Map.of("outcome", "NOT_REACHED"));
		assertThat(second.text("status")).isEqualTo("CLOSED");
		assertThat(second.body().get("satisfaction").isNull()).isTrue();
		assertThat(lastEvent(second.body()).get("type").asString()).isEqualTo("CALLBACK_UNREACHABLE");
		assertThat(audited(order, "callback.not_reached")).isEqualTo(2);
		// the platform's notes of the tries read in the reader's language
		JsonNode zh = callback.get("/api/orders/" + order).body();
		JsonNode en = callback.inLanguage("en").get("/api/orders/" + order).body();
		assertThat(event(zh, "CALLBACK_NOT_REACHED").get("text").asString()).isEqualTo("未接通（第 1 次，共 2 次）：无人接听");
		assertThat(event(en, "CALLBACK_NOT_REACHED").get("note").asString()).isEqualTo("未接通（第 1 次，共 2 次）：无人接听");
		assertThat(event(en, "CALLBACK_NOT_REACHED").get("text").asString())
			.isEqualTo("Not reached (try 1 of 2): 无人接听");
		assertThat(event(zh, "CALLBACK_UNREACHABLE").get("text").asString()).startsWith("未能联系：第 2 次未接通");
		assertThat(event(en, "CALLBACK_UNREACHABLE").get("text").asString())
			.startsWith("Could not be reached: try 2 failed");

		// the other rule: the order stays for yet another try
		admin.put("/api/callback/settings", Map.of("maxTries", 1, "retryMinutes", 30, "afterLast", "KEEP"));
		long kept = replied();
		Response again = callback.post(path(kept), Map.of("outcome", "NOT_REACHED"));
		assertThat(again.text("status")).isEqualTo("REPLIED");
		assertThat(callback.post(path(kept), Map.of("outcome", "NOT_REACHED")).text("status")).isEqualTo("REPLIED");
		assertThat(callback.get(path(kept)).body().get("tries").asInt()).isEqualTo(2);
	}

	@Test
	void refusedAndWrongNumbersCloseWithoutAVerdict() {
		Api callback = Api.as(this.port, "callback1");
		long refused = replied();
		Response r = callback.post(path(refused), Map.of("outcome", "REFUSED"));
		assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
		assertThat(r.text("status")).isEqualTo("CLOSED");
		assertThat(r.body().get("satisfaction").isNull()).isTrue();
		assertThat(lastEvent(r.body()).get("type").asString()).isEqualTo("CALLBACK_REFUSED");
		long wrong = replied();
		Response w = callback.post(path(wrong), Map.of("outcome", "WRONG_NUMBER", "comment", "对方说不认识"));
		assertThat(w.text("status")).isEqualTo("CLOSED");
		assertThat(lastEvent(w.body()).get("type").asString()).isEqualTo("CALLBACK_WRONG_NUMBER");
		assertThat(audited(wrong, "callback.wrong_number")).isEqualTo(1);
		// a closed order takes no second callback
		assertThat(callback.post(path(wrong), Map.of("outcome", "REFUSED")).status()).isEqualTo(409);
	}

	@Test
	void onlyAdministratorsSetTheRuleAndAWrongValueChangesNothing() {
		assertThat(Api.as(this.port, "callback1")
			.put("/api/callback/settings", Map.of("maxTries", 5, "retryMinutes", 30, "afterLast", "KEEP"))
			.status()).isEqualTo(403);
		Api admin = Api.as(this.port, "admin");
		assertThat(admin.put("/api/callback/settings", Map.of("maxTries", 0, "retryMinutes", 30, "afterLast", "KEEP"))
			.status()).isEqualTo(400);
		assertThat(admin.put("/api/callback/settings", Map.of("maxTries", 2, "retryMinutes", 30)).status())
			.isEqualTo(400);
		JsonNode rule = Api.as(this.port, "callback1").get("/api/callback/settings").body();
		assertThat(rule.get("maxTries").asInt()).isEqualTo(3);
		assertThat(rule.get("afterLast").asString()).isEqualTo("CLOSE");
	}

	private String path(long order) {
		return "/api/orders/" + order + "/callback";
	}

	private long audited(long order, String action) {
		String number = Api.as(this.port, "admin").get("/api/orders/" + order).text("number");
		return this.jdbc.sql("select count(*) from audit_log where action = ? and target = ?")
			.params(action, "order:" + number)
			.query(Long.class)
			.single();
	}

	private static JsonNode event(JsonNode order, String type) {
		for (JsonNode event : order.get("events")) {
			if (type.equals(event.get("type").asString())) {
				return event;
			}
		}
		throw new AssertionError("no " + type + " in " + order.get("events"));
	}

	private static JsonNode lastEvent(JsonNode order) {
		JsonNode events = order.get("events");
		return events.get(events.size() - 1);
	}

	/** An order replied by the demo's unit 1, waiting for the callback. */
	private long replied() {
		long unit = this.jdbc.sql("select id from handling_unit where code = 'DEMO-UNIT-1'").query(Long.class).single();
		Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content",
					"小区门口路灯不亮已经一周 " + UUID.randomUUID(), "caller", Map.of("phone", "13900007777")));
		assertThat(order.status()).as(order.body().toString()).isEqualTo(201);
		Response sent = Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order.id() + "/dispatch", Map.of("unitIds", List.of(unit)));
		assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
		Api handler = Api.as(this.port, "unit1");
		assertThat(handler.post("/api/orders/" + order.id() + "/sign", Map.of()).status()).isEqualTo(200);
		Response reply = handler.post("/api/orders/" + order.id() + "/reply",
				Map.of("content", "经现场核查，该路段路灯线路老化，我局已于今日更换线路并恢复照明，后续将加强巡查。", "resolved", true));
		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
		return order.id();
	}

}
