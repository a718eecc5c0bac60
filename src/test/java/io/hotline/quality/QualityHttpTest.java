package io.hotline.quality;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.support.Utterances.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quality inspection over HTTP: calls inspected once by the job, findings quoting their
 * utterances, appeals, the rule set's draft, trial and switch-on, the review queue and κ.
 */
@HotlineTest
class QualityHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InspectionRun run;

	@Test
	void everyCallIsInspectedOnceEvenByConcurrentRuns() throws Exception {
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Instant ended = Instant.now().minus(3, ChronoUnit.MINUTES);
		List<String> calls = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			calls.add(call(agent, ended, List.of(line("AGENT", "您好，12345热线", 0, 2), line("CALLER", "路灯坏了", 2.5, 4),
					line("AGENT", "这个不归我们管", 4.5, 6))));
		}
		String recent = call(agent, Instant.now(), List.of(line("AGENT", "喂", 0, 1)));
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.run::catchUp);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(this.run::catchUp);
		one.get();
		two.get();
		this.run.catchUp();
		for (String callId : calls) {
			assertThat(this.jdbc.sql("select count(*) from quality_inspection where subject = ?")
				.param("call:" + callId)
				.query(Integer.class)
				.single()).as(callId).isEqualTo(1);
		}
		assertThat(this.jdbc.sql("select count(*) from quality_inspection where subject = ?")
			.param("call:" + recent)
			.query(Integer.class)
			.single()).as("within the grace period for late transcripts").isZero();
		assertThat(this.jdbc
			.sql("select count(*) from quality_finding f join quality_inspection i"
					+ " on i.id = f.inspection_id where i.call_id = any(?) and f.rule_id = 'forbidden-words'")
			.param(calls.toArray(String[]::new))
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void anAgentAppealsAFindingOfTheirOwnCallAndTheTeamLeaderOverturnsIt() {
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Api other = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Api leader = Api.withRole(Role.SUPERVISOR, this.port, this.jdbc);
		Api otherLeader = Api.withRole(Role.SUPERVISOR, this.port, this.jdbc);
		String team = "质检组-" + UUID.randomUUID().toString().substring(0, 6);
		this.jdbc.sql("insert into workforce_profile (username, group_name) values (?, ?)")
			.params(username(agent), team)
			.update();
		this.jdbc.sql("insert into workforce_group_leader (group_name, username) values (?, ?)")
			.params(team, username(leader))
			.update();
		String callId = call(agent, Instant.now().minus(5, ChronoUnit.MINUTES),
				List.of(line("AGENT", "您好，12345热线", 0, 2), line("CALLER", "我家楼下的垃圾没人清理", 2.5, 5),
						line("AGENT", "你自己去找物业，不归我们管", 5.5, 8), line("CALLER", "好吧", 8.5, 9)));
		Api.as(this.port, "quality1").post("/api/quality/run", Map.of());

		JsonNode mine = agent.get("/api/quality/inspections?flagged=true").body().get("items");
		JsonNode row = find(mine, callId);
		assertThat(row).isNotNull();
		assertThat(row.get("team").asString()).isEqualTo(team);
		assertThat(find(other.get("/api/quality/inspections").body().get("items"), callId)).isNull();
		long inspection = row.get("id").asLong();
		assertThat(other.get("/api/quality/inspections/" + inspection).status()).isEqualTo(403);
		assertThat(otherLeader.get("/api/quality/inspections/" + inspection).status()).isEqualTo(403);
		assertThat(leader.get("/api/quality/inspections/" + inspection).status()).isEqualTo(200);

		Response detail = agent.get("/api/quality/inspections/" + inspection);
		assertThat(detail.body().get("utterances").size()).isEqualTo(4);
		JsonNode forbidden = null;
		for (JsonNode f : detail.body().get("findings")) {
			if (f.get("ruleId").asString().equals("forbidden-words")) {
				forbidden = f;
			}
		}
		assertThat(forbidden).isNotNull();
		assertThat(forbidden.get("utterance").asInt()).isEqualTo(2);
		assertThat(forbidden.get("speaker").asString()).isEqualTo("AGENT");
		assertThat(forbidden.get("at").asDouble()).isEqualTo(5.5);
		assertThat(forbidden.get("quote").asString()).isEqualTo("你自己去找物业，不归我们管");
		int before = detail.body().get("inspection").get("score").asInt();
		long finding = forbidden.get("id").asLong();

		assertThat(other.post("/api/quality/findings/" + finding + "/appeal", Map.of("reason", "不是我")).status())
			.as("another agent's finding")
			.isEqualTo(403);
		assertThat(agent.post("/api/quality/findings/" + finding + "/appeal", Map.of("reason", " ")).status())
			.isEqualTo(400);
		Response appeal = agent.post("/api/quality/findings/" + finding + "/appeal",
				Map.of("reason", "市民问的是物业的事，我已告知物业电话"));
		assertThat(appeal.status()).isEqualTo(200);
		assertThat(appeal.text("status")).isEqualTo("OPEN");
		assertThat(agent.post("/api/quality/findings/" + finding + "/appeal", Map.of("reason", "再申诉")).status())
			.isEqualTo(409);
		JsonNode open = leader.get("/api/quality/appeals?status=OPEN").body().get("items");
		assertThat(open.size()).isEqualTo(1);
		assertThat(otherLeader.get("/api/quality/appeals?status=OPEN").body().get("items").size()).isZero();
		assertThat(otherLeader
			.post("/api/quality/appeals/" + appeal.id() + "/decide", Map.of("decision", "OVERTURNED", "note", "合理"))
			.status()).isEqualTo(403);
		assertThat(agent
			.post("/api/quality/appeals/" + appeal.id() + "/decide", Map.of("decision", "OVERTURNED", "note", "合理"))
			.status()).isEqualTo(403);
		assertThat(leader.post("/api/quality/appeals/" + appeal.id() + "/decide", Map.of("decision", "MAYBE")).status())
			.isEqualTo(400);
		assertThat(leader.post("/api/quality/appeals/" + appeal.id() + "/decide", Map.of("decision", "OVERTURNED"))
			.status()).as("overturning needs a note").isEqualTo(400);
		Response decided = leader.post("/api/quality/appeals/" + appeal.id() + "/decide",
				Map.of("decision", "OVERTURNED", "note", "已核实，属物业问题的正确引导"));
		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.text("status")).isEqualTo("OVERTURNED");
		Response after = agent.get("/api/quality/inspections/" + inspection);
		assertThat(after.body().get("inspection").get("score").asInt())
			.isEqualTo(before + forbidden.get("points").asInt());
		assertThat(this.jdbc.sql("select count(*) from audit_log where target = ?")
			.param("quality-appeal:" + appeal.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDraftIsTriedOnPastCallsThenSwitchedOn() {
		Api quality = Api.as(this.port, "quality1");
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Instant day = Instant.parse("2025-03-03T02:00:00Z");
		String named = call(agent, day, List.of(line("AGENT", "您好，市民服务热线", 0, 2), line("CALLER", "路灯坏了", 2.5, 4)));
		call(agent, day.plusSeconds(600), List.of(line("AGENT", "您好，12345热线", 0, 2), line("CALLER", "路灯坏了", 2.5, 4)));
		JsonNode draft = quality.get("/api/quality/rule-sets/draft").body();
		int version = draft.get("version").asInt();
		JsonNode greeting = null;
		for (JsonNode r : draft.get("rules")) {
			if (r.get("id").asString().equals("greeting")) {
				greeting = r;
			}
		}
		Map<String, Object> changed = new HashMap<>();
		changed.put("kind", "GREETING");
		changed.put("name", "开头语（报热线名称）");
		changed.put("severity", "MINOR");
		changed.put("points", 5);
		changed.put("enabled", true);
		changed.put("parameters", Map.of("names", List.of("12345", "市民服务热线"), "utterances", 1, "seconds", 15));
		assertThat(greeting).isNotNull();
		Response saved = quality.put("/api/quality/rule-sets/draft/rules/greeting", changed);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.text("status")).isEqualTo("DRAFT");

		Response trial = quality.post("/api/quality/rule-sets/draft/trial",
				Map.of("from", "2025-03-03", "to", "2025-03-03"));
		assertThat(trial.status()).isEqualTo(200);
		assertThat(trial.body().get("calls").asInt()).isEqualTo(2);
		JsonNode perRule = null;
		for (JsonNode r : trial.body().get("perRule")) {
			if (r.get("ruleId").asString().equals("greeting")) {
				perRule = r;
			}
		}
		assertThat(perRule.get("active").asInt()).isEqualTo(1);
		assertThat(perRule.get("draft").asInt()).isZero();
		JsonNode example = trial.body().get("examples").get(0);
		assertThat(example.get("callId").asString()).isEqualTo(named);
		assertThat(example.get("only").asString()).isEqualTo("ACTIVE_ONLY");

		assertThat(quality.post("/api/quality/rule-sets/draft/trial", Map.of("from", "2025-03-03", "limit", 5000))
			.status()).isEqualTo(400);
		assertThat(agent.post("/api/quality/rule-sets/draft/activate", Map.of()).status()).isEqualTo(403);
		Response on = quality.post("/api/quality/rule-sets/draft/activate", Map.of("note", "市民服务热线也算报名称"));
		assertThat(on.status()).isEqualTo(200);
		assertThat(on.text("status")).isEqualTo("ACTIVE");
		assertThat(on.body().get("version").asInt()).isEqualTo(version);
		assertThat(quality.get("/api/quality/rule-sets/active").body().get("version").asInt()).isEqualTo(version);
		JsonNode history = quality.get("/api/quality/rule-sets").body();
		assertThat(history.get(0).get("version").asInt()).isEqualTo(version);
		assertThat(history.get(1).get("status").asString()).isEqualTo("RETIRED");
		assertThat(quality.post("/api/quality/rule-sets/draft/activate", Map.of()).status()).isEqualTo(409);
		assertThatThrownBy(() -> this.jdbc.sql("update quality_rule_set set rules = '[]' where version = ?")
			.param(version)
			.update()).as("a version switched on never changes").hasMessageContaining("never change");
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'QUALITY_RULES_ON' and target = ?")
			.param("quality-rule-set:" + version)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void wrongRulesAreRefusedNamingTheField() {
		Api quality = Api.as(this.port, "quality1");
		List<Object> rules = new ArrayList<>();
		rules.add(Map.of("id", "greeting", "kind", "GREETING", "name", "开头语", "severity", "MINOR", "points", 5,
				"enabled", true, "parameters", Map.of()));
		rules.add(Map.of("id", "x", "kind", "TELEPATHY", "name", "读心", "severity", "MINOR", "points", 5, "enabled",
				true, "parameters", Map.of()));
		assertProblem(quality.put("/api/quality/rule-sets/draft", Map.of("rules", rules)), "rules[1].kind");
		rules.set(1, Map.of("id", "greeting", "kind", "SILENCE", "name", "静音", "severity", "MINOR", "points", 5,
				"enabled", true, "parameters", Map.of()));
		assertProblem(quality.put("/api/quality/rule-sets/draft", Map.of("rules", rules)), "rules[1].id");
		rules.set(1, Map.of("id", "silence", "kind", "SILENCE", "name", "静音", "severity", "MINOR", "points", 500,
				"enabled", true, "parameters", Map.of()));
		assertProblem(quality.put("/api/quality/rule-sets/draft", Map.of("rules", rules)), "rules[1].points");
		rules.set(1, Map.of("id", "silence", "kind", "SILENCE", "name", "静音", "severity", "MINOR", "points", 5,
				"enabled", true, "parameters", Map.of("seconds", "long")));
		assertProblem(quality.put("/api/quality/rule-sets/draft", Map.of("rules", rules)),
				"rules[1].parameters.seconds");
		assertProblem(quality.get("/api/quality/scores?by=weather"), "by");
		assertProblem(quality.get("/api/quality/inspections?from=yesterday"), "from");
		assertProblem(quality.put("/api/quality/settings", Map.of("sampleRate", 3)), "sampleRate");
		assertThat(Api.withRole(Role.AGENT, this.port, this.jdbc)
			.put("/api/quality/rule-sets/draft", Map.of("rules", rules))
			.status()).isEqualTo(403);
	}

	@Test
	void reviewsOfTheSampleGiveKappa() {
		Api quality = Api.as(this.port, "quality1");
		assertThat(quality.put("/api/quality/settings", Map.of("sampleRate", 1.0)).status()).isEqualTo(200);
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		List<String> calls = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			calls.add(call(agent, Instant.now().minus(4, ChronoUnit.MINUTES),
					List.of(line("AGENT", (i % 2 == 0) ? "喂" : "您好，12345热线", 0, 2), line("CALLER", "路灯坏了", 2.5, 4))));
		}
		quality.post("/api/quality/run", Map.of());
		quality.put("/api/quality/settings", Map.of("sampleRate", 0.03));
		JsonNode queue = quality.get("/api/quality/reviews?status=PENDING&limit=500").body().get("items");
		List<Long> mine = new ArrayList<>();
		for (JsonNode q : queue) {
			if (calls.contains(q.get("callId").asString())) {
				mine.add(q.get("inspectionId").asLong());
			}
		}
		assertThat(mine).hasSize(4);
		assertProblem(
				quality.post("/api/quality/reviews/" + mine.get(0),
						Map.of("marks", List.of(Map.of("ruleId", "greeting", "verdict", "MAYBE")))),
				"marks[0].verdict");
		assertProblem(quality.post("/api/quality/reviews/" + mine.get(0),
				Map.of("marks", List.of(Map.of("ruleId", "weather", "verdict", "AGREE")))), "marks[0].ruleId");
		for (long inspection : mine) {
			assertThat(quality.post("/api/quality/reviews/" + inspection, Map.of("marks", List.of())).status())
				.isEqualTo(200);
		}
		JsonNode agreement = quality.get("/api/quality/agreement").body();
		assertThat(agreement.get("reviewed").asLong()).isGreaterThanOrEqualTo(4);
		JsonNode greeting = null;
		for (JsonNode r : agreement.get("perRule")) {
			if (r.get("ruleId").asString().equals("greeting")) {
				greeting = r;
			}
		}
		assertThat(greeting.get("kappa").asDouble()).as("the reviewer agreed on every call").isEqualTo(1.0);
		assertThat(quality.get("/api/quality/reviews?status=PENDING&limit=500").body().get("items").toString())
			.doesNotContain(calls.get(0));
	}

	@Test
	void scoreCardsShowEachReaderTheirOwnAndExport() {
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Api other = Api.withRole(Role.AGENT, this.port, this.jdbc);
		String me = username(agent);
		call(agent, Instant.now().minus(3, ChronoUnit.MINUTES),
				List.of(line("AGENT", "喂", 0, 1), line("CALLER", "路灯坏了", 1.5, 3)));
		call(other, Instant.now().minus(3, ChronoUnit.MINUTES),
				List.of(line("AGENT", "您好，12345热线", 0, 2), line("CALLER", "路灯坏了", 2.5, 4)));
		Api quality = Api.as(this.port, "quality1");
		quality.post("/api/quality/run", Map.of());
		JsonNode mine = agent.get("/api/quality/scores?by=agent").body();
		assertThat(mine.get("total").asLong()).isEqualTo(1);
		assertThat(mine.get("items").get(0).get("key").asString()).isEqualTo(me);
		assertThat(mine.get("items").get(0).get("calls").asLong()).isEqualTo(1);
		assertThat(mine.get("items").get(0).get("averageScore").asDouble()).isLessThan(100);
		JsonNode all = quality.get("/api/quality/scores?by=agent&sort=averageScore&dir=asc&limit=500").body();
		assertThat(all.get("items").toString()).contains(me).contains(username(other));
		Api.Download csv = quality.download("/api/quality/scores/export?format=csv&by=agent");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("平均分").contains(me);
		Api.Download xlsx = agent.download("/api/quality/inspections/export?format=xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.sheet().toString()).contains(me).doesNotContain(username(other));
		assertProblem(agent.get("/api/quality/inspections/export?format=pdf"), "pdf");
	}

	@Test
	void aCallPredictedDissatisfyingGoesToReviewAThankfulOneNot() {
		Api quality = Api.as(this.port, "quality1");
		assertThat(quality.get("/api/quality/settings").body().get("dissatisfiedBelow").asDouble()).isEqualTo(-0.5);
		assertProblem(quality.put("/api/quality/settings", Map.of("dissatisfiedBelow", 5)), "dissatisfiedBelow");
		assertThat(quality.put("/api/quality/settings", Map.of("sampleRate", 0.0)).status()).isEqualTo(200);
		Response kept = quality.put("/api/quality/settings", Map.of("dissatisfiedBelow", -0.5));
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.body().get("sampleRate").asDouble()).as("what is not given stays").isZero();
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Instant ended = Instant.now().minus(3, ChronoUnit.MINUTES);
		String angry = call(agent, ended, lines(ModelDissatisfactionTests.ANGRY));
		String thankful = call(agent, ended, lines(ModelDissatisfactionTests.THANKFUL));
		try {
			quality.post("/api/quality/run", Map.of());
		}
		finally {
			quality.put("/api/quality/settings", Map.of("sampleRate", 0.03));
		}
		assertThat(this.jdbc
			.sql("select r.reason from quality_review r join quality_inspection i on i.id = r.inspection_id"
					+ " where i.call_id = ?")
			.param(angry)
			.query(String.class)
			.list()).containsExactly("DISSATISFIED");
		assertThat(this.jdbc
			.sql("select r.reason from quality_review r join quality_inspection i on i.id = r.inspection_id"
					+ " where i.call_id = ?")
			.param(thankful)
			.query(String.class)
			.list()).isEmpty();
		JsonNode queue = quality.get("/api/quality/reviews?status=PENDING&limit=500").body().get("items");
		assertThat(find(queue, angry).get("reason").asString()).isEqualTo("DISSATISFIED");
	}

	@Test
	void anAgentsFindingsMakeAWeakTopicInTraining() {
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		String me = username(agent);
		Map<String, Object> category = this.jdbc
			.sql("select code, path_name from category where level = 3 and active order by code limit 1")
			.query()
			.singleRow();
		String topic = ((String) category.get("path_name")).split("/")[0].strip();
		List<Long> orders = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Response order = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "categoryCode",
					category.get("code"), "content", "路灯坏了" + i, "caller", Map.of("phone", "13900008888")));
			assertThat(order.status()).isEqualTo(201);
			orders.add(order.id());
		}
		this.jdbc.sql("update work_order set created_at = now() - interval '5 minutes' where id = any(?)")
			.param(orders.toArray(Long[]::new))
			.update();
		Api quality = Api.as(this.port, "quality1");
		quality.post("/api/quality/run", Map.of());
		assertThat(this.jdbc
			.sql("select count(*) from quality_finding f join quality_inspection i"
					+ " on i.id = f.inspection_id where i.order_id = any(?)")
			.param(orders.toArray(Long[]::new))
			.query(Integer.class)
			.single()).as("content too short and no address, on each order").isEqualTo(4);
		JsonNode standing = quality.get("/api/training/agents/" + me + "/progress").body().get("standing");
		assertThat(standing.get("recommended").toString()).contains(topic);
		JsonNode row = null;
		for (JsonNode t : standing.get("topics")) {
			if (t.get("topic").asString().equals(topic)) {
				row = t;
			}
		}
		assertThat(row.get("findings").asInt()).isEqualTo(4);
		assertThat(row.get("weak").asBoolean()).isTrue();
		this.jdbc
			.sql("update quality_finding set overturned = true where inspection_id in"
					+ " (select id from quality_inspection where order_id = any(?))")
			.param(orders.toArray(Long[]::new))
			.update();
		assertThat(quality.get("/api/training/agents/" + me + "/progress").body().get("standing").toString())
			.as("overturned findings do not count")
			.doesNotContain(topic);
	}

	private static List<Map<String, Object>> lines(String... texts) {
		List<Map<String, Object>> said = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			said.add(line((i % 2 == 0) ? "AGENT" : "CALLER", texts[i], i * 4, i * 4 + 3));
		}
		return said;
	}

	private static void assertProblem(Response response, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.detail()).contains(field);
	}

	private static JsonNode find(JsonNode items, String callId) {
		for (JsonNode item : items) {
			if (callId.equals(item.get("callId").asString(null))) {
				return item;
			}
		}
		return null;
	}

	private String username(Api api) {
		return api.get("/api/me").text("username");
	}

	/**
	 * A call on the agent's line, answered, with these utterances, ended at
	 * {@code ended}.
	 */
	static String call(Api agent, Instant ended, List<Map<String, Object>> said) {
		String callId = "q-" + UUID.randomUUID();
		double last = said.stream().mapToDouble((l) -> ((Number) l.get("end")).doubleValue()).max().orElse(0);
		Instant answered = ended.minusMillis((long) (last * 1000) + 1000);
		assertThat(agent.post("/api/cti/events", event(callId, "RINGING", answered.minusSeconds(5))).status())
			.isEqualTo(200);
		assertThat(agent.post("/api/cti/events", event(callId, "ANSWERED", answered)).status()).isEqualTo(200);
		Map<String, Object> transcript = event(callId, "TRANSCRIPT", ended);
		transcript.put("utterances", said);
		assertThat(agent.post("/api/cti/events", transcript).status()).isEqualTo(200);
		assertThat(agent.post("/api/cti/events", event(callId, "HUNG_UP", ended)).status()).isEqualTo(200);
		return callId;
	}

	private static Map<String, Object> event(String callId, String type, Instant at) {
		Map<String, Object> event = new HashMap<>();
		event.put("callId", callId);
		event.put("event", type);
		event.put("at", at.toString());
		if (type.equals("RINGING")) {
			event.put("caller", "13800138000");
		}
		return event;
	}

}
