package io.hotline.linkage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能联动 over HTTP with the seeded rules: each detector on planted texts, the flags and the
 * supervision of a new order, and the rules edited (validated, audited, a stale edit
 * refused) changing what fires.
 */
@HotlineTest
class LinkageHttpTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachDetectorFiresOnItsPlantedTextWithTheWordsThatFiredIt() {
		assertFires("小区3号楼402室着火了，楼道里全是浓烟", "FIRE", "着火", "浓烟");
		assertFires("路口发生车祸，有人受伤流血倒在地上", "INJURY", "车祸", "受伤", "流血");
		assertFires("厨房里一股很浓的煤气味，怀疑煤气泄漏", "GAS", "煤气味", "煤气泄漏");
		assertFires("楼下有人持刀打人，情况很危险", "VIOLENCE", "持刀", "打人");
		assertFires("我儿子说不想活了，要去跳楼", "SELF_HARM", "不想活", "跳楼");
		assertFires("再不给我解决，我就跟他们同归于尽", "THREAT", "同归于尽");
		assertFires("我们几十户业主明天要集体上访，到市政府门口拉横幅", "PETITION", "集体上访", "到市政府", "拉横幅");
		assertFires("投诉了十几次都没人管，我真的忍无可忍了，太过分了", "EMOTION", "忍无可忍", "太过分");
	}

	@Test
	void negatedAndOrdinaryTextsFireNothing() {
		assertThat(codes("小区门口两车剐蹭，没有人受伤，双方在争吵")).isEmpty();
		assertThat(codes("楼道堆满杂物，存在火灾隐患，请物业清理")).isEmpty();
		assertThat(codes("刚才厨房冒烟了，已经灭了，想咨询燃气灶维修")).isEmpty();
		assertThat(codes("小区路灯坏了一个多月，晚上很黑")).isEmpty();
		assertThat(codes("真是太过分了")).as("one word of strong emotion is not enough").isEmpty();
	}

	@Test
	void theAdviceSaysWhatToDo() {
		JsonNode hit = check("agent1", "楼下着火了，冒烟很厉害").body().get(0);
		assertThat(hit.get("kind").asString()).isEqualTo("EMERGENCY");
		assertThat(hit.get("service").asString()).isEqualTo("119");
		assertThat(hit.get("advice").asString()).isEqualTo("命中紧急规则「火灾」：着火、冒烟 — 建议立即转 119（消防）");
		JsonNode risk = check("agent1", "他说活不下去了").body().get(0);
		assertThat(risk.get("riskType").asString()).isEqualTo("SELF_HARM");
		assertThat(risk.get("advice").asString()).isEqualTo("命中风险规则「自伤」：活不下去 — 转班长督办");
	}

	@Test
	void theCheckIsForStaffAndNamesWhatIsWrong() {
		assertThat(check("unit1", "着火了").status()).isEqualTo(403);
		assertThat(check("dispatcher1", "着火了").status()).isEqualTo(200);
		Response blank = check("agent1", " ");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.detail()).contains("text");
		assertThat(check("agent1", "火".repeat(10_001)).status()).isEqualTo(400);
	}

	@Test
	void aNewOrderWithAnEmergencyIsFlaggedForTransfer() {
		long order = register("3栋一楼的电动车着火了，冒出很多浓烟，快来人");
		JsonNode flag = flag(order, "FIRE");
		assertThat(flag.get("kind").asString()).isEqualTo("EMERGENCY");
		assertThat(flag.get("evidence").toString()).contains("着火", "浓烟");
		assertThat(flag.get("detail").asString()).contains("建议立即转 119");
		assertThat(flag.get("raisedBy").asString()).isEqualTo("linkage");
		JsonNode view = Api.as(this.port, "supervisor1").get("/api/orders/" + order).body();
		assertThat(view.get("supervised").asBoolean()).as("an emergency is transferred, not supervised").isFalse();
	}

	@Test
	void aNewOrderWithARiskGoesToASupervisorNamingTheRuleAndWords() {
		long order = register("我被拖欠工资半年了，实在活不下去了，再不解决我就去跳楼");
		JsonNode flag = flag(order, "SELF_HARM");
		assertThat(flag.get("kind").asString()).isEqualTo("RISK");
		assertThat(flag.get("evidence").toString()).contains("活不下去", "跳楼");
		// supervised by the linkage, unless the supervision monitors' FLAGGED case, which
		// the same flag opens, marked it first
		JsonNode supervised = waitFor(() -> {
			for (JsonNode event : Api.as(this.port, "supervisor1").get("/api/orders/" + order).body().get("events")) {
				if (event.get("type").asString().equals("SUPERVISED")) {
					return event;
				}
			}
			return null;
		});
		assertThat(supervised.get("actor").asString()).isIn("linkage", "system");
		if (supervised.get("actor").asString().equals("linkage")) {
			assertThat(supervised.get("note").asString()).contains("自伤", "活不下去", "跳楼");
		}
		JsonNode view = Api.as(this.port, "supervisor1").get("/api/orders/" + order).body();
		assertThat(view.get("supervised").asBoolean()).isTrue();
		assertThat(view.get("status").asString()).as("the state stays").isEqualTo("REGISTERED");
		assertThat(Api.as(this.port, "supervisor1").get("/api/flags?kind=RISK").body().toString())
			.contains("\"orderId\":" + order + ",");
	}

	@Test
	void editedRulesAreValidatedAuditedGuardedByTheirVersionAndChangeWhatFires() {
		Api supervisor = Api.as(this.port, "supervisor1");
		Map<String, Object> flood = new HashMap<>(Map.of("code", "PLANTED_FLOOD", "name", "水淹被困", "kind", "EMERGENCY",
				"service", "119", "triggers", List.of("水淹", "被困"), "minMatches", 2));
		assertInvalid(supervisor, with(flood, "kind", "FLOOD"), "kind");
		assertInvalid(supervisor, with(flood, "service", "999"), "service");
		assertInvalid(supervisor, with(flood, "riskType", "THREAT"), "riskType");
		assertInvalid(supervisor, with(flood, "triggers", List.of()), "triggers");
		assertInvalid(supervisor, with(flood, "triggers", List.of("水淹", " ")), "triggers");
		assertInvalid(supervisor, with(flood, "minMatches", 3), "minMatches");
		assertInvalid(supervisor, with(flood, "code", "flood rule!"), "code");
		assertInvalid(supervisor, with(flood, "exclusions", List.of("被困")), "被困");
		assertInvalid(supervisor, with(with(flood, "kind", "RISK"), "service", null), "riskType");
		assertThat(Api.as(this.port, "agent1").post("/api/linkage/rules", flood).status()).isEqualTo(403);

		String text = "地下车库水淹了，有人被困在车里";
		assertThat(codes(text)).doesNotContain("PLANTED_FLOOD");
		Response created = supervisor.post("/api/linkage/rules", flood);
		assertThat(created.status()).isEqualTo(201);
		assertThat(supervisor.post("/api/linkage/rules", flood).status()).as("the code is taken").isEqualTo(409);
		long id = created.id();
		assertThat(created.body().get("version").asInt()).isZero();
		assertThat(created.body().get("changedBy").asString()).isEqualTo("supervisor1");
		assertThat(codes(text)).contains("PLANTED_FLOOD");
		assertThat(codes("地下车库水淹了")).as("two words needed").doesNotContain("PLANTED_FLOOD");

		Map<String, Object> drill = with(with(flood, "exclusions", List.of("演练")), "version", 0);
		Response edited = Api.as(this.port, "admin").put("/api/linkage/rules/" + id, drill);
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body().get("version").asInt()).isEqualTo(1);
		assertThat(codes("消防演练：地下车库水淹演练，有人被困演练")).doesNotContain("PLANTED_FLOOD");
		Response stale = supervisor.put("/api/linkage/rules/" + id, with(drill, "enabled", false));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.detail()).contains("admin");
		assertThat(supervisor.put("/api/linkage/rules/" + id, with(drill, "version", null)).detail())
			.contains("version");

		Response disabled = supervisor.put("/api/linkage/rules/" + id,
				with(with(drill, "enabled", false), "version", 1));
		assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
		assertThat(codes(text)).doesNotContain("PLANTED_FLOOD");
		JsonNode tried = supervisor.post("/api/linkage/check", Map.of("text", text, "rule", flood)).body();
		assertThat(tried.get(0).get("code").asString()).as("a draft is tried even when not enabled")
			.isEqualTo("PLANTED_FLOOD");

		assertThat(supervisor.delete("/api/linkage/rules/" + id + "?version=1").status()).isEqualTo(409);
		assertThat(supervisor.delete("/api/linkage/rules/" + id + "?version=2").status()).isEqualTo(204);
		assertThat(supervisor.get("/api/linkage/rules/" + id).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select action from audit_log where target = 'linkage rule PLANTED_FLOOD' order by id")
			.query(String.class)
			.list()).containsExactly("LINKAGE_RULE_CREATE", "LINKAGE_RULE_UPDATE", "LINKAGE_RULE_UPDATE",
					"LINKAGE_RULE_DELETE");
		assertThat(supervisor.get("/api/linkage/rules").body().toString()).contains("FIRE", "EMOTION")
			.doesNotContain("PLANTED_FLOOD");
		assertThat(Api.as(this.port, "agent1").get("/api/linkage/rules").status()).isEqualTo(403);
	}

	@Test
	void aRuleWrittenByAnotherNodeCountsWithinTwoSeconds() throws InterruptedException {
		String text = "小区鱼塘里发现可疑漂浮物";
		codes(text);
		// written straight into the table, as another instance of the cluster would
		this.jdbc.sql("""
				insert into linkage_rule (code, name, kind, risk_type, triggers, exclusions, min_matches, enabled,
					changed_by, changed_at)
				values ('OTHER_NODE', '可疑漂浮物', 'RISK', 'THREAT', array['漂浮物'], array[]::text[], 1, true,
					'admin', now())""").update();
		try {
			long written = System.nanoTime();
			while (!codes(text).contains("OTHER_NODE")) {
				assertThat(System.nanoTime() - written).as("seen within 2 s")
					.isLessThan(Duration.ofMillis(2_500).toNanos());
				Thread.sleep(50);
			}
		}
		finally {
			this.jdbc.sql("delete from linkage_rule where code = 'OTHER_NODE'").update();
		}
	}

	private void assertFires(String text, String code, String... words) {
		JsonNode hits = check("agent1", text).body();
		assertThat(codes(hits)).as(text).containsExactly(code);
		List<String> matched = new ArrayList<>();
		hits.get(0).get("words").forEach((w) -> matched.add(w.asString()));
		assertThat(matched).as(text).containsExactly(words);
	}

	private static void assertInvalid(Api api, Map<String, Object> rule, String named) {
		Response answer = api.post("/api/linkage/rules", rule);
		assertThat(answer.status()).as(rule.toString()).isEqualTo(400);
		assertThat(answer.detail()).as(rule.toString()).contains(named);
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	private List<String> codes(String text) {
		return codes(check("agent1", text).body());
	}

	private static List<String> codes(JsonNode hits) {
		List<String> codes = new ArrayList<>();
		hits.forEach((h) -> codes.add(h.get("code").asString()));
		return codes;
	}

	private Response check(String user, String text) {
		return Api.as(this.port, user).post("/api/linkage/check", Map.of("text", text));
	}

	private long register(String content) {
		Response registered = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", content, "caller",
					Map.of("phone", "13700002222")));
		assertThat(registered.status()).isEqualTo(201);
		return registered.id();
	}

	private JsonNode flag(long order, String rule) {
		return waitFor(() -> {
			for (JsonNode f : Api.as(this.port, "supervisor1")
				.get("/api/orders/" + order + "/flags")
				.body()
				.get("flags")) {
				if (f.get("rule").asString().equals(rule)) {
					return f;
				}
			}
			return null;
		});
	}

	private static JsonNode waitFor(Supplier<JsonNode> found) {
		Instant until = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(until)) {
			JsonNode node = found.get();
			if (node != null) {
				return node;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("not within " + WAIT);
	}

}
