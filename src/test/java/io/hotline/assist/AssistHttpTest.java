package io.hotline.assist;

import java.util.HashMap;
import java.util.List;
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

/**
 * 智能填单 and 话术指引 over HTTP with the demo's catalog, knowledge and linkage rules: a form
 * proposed, corrected and measured; guidance with articles, scripts and an emergency; the
 * scripts edited; wrong input and other agents' calls refused.
 */
@HotlineTest
class AssistHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static Map<String, Object> said(String speaker, String text) {
		return Map.of("speaker", speaker, "text", text);
	}

	private static final List<Map<String, Object>> NOISE = List.of(said("AGENT", "您好，12345热线，请问有什么可以帮您？"),
			said("CALLER", "我要投诉，天河区石牌街华景新城旁边的工地每天晚上施工到凌晨，噪音太大了"), said("AGENT", "请问您贵姓？联系电话是多少？"),
			said("CALLER", "免贵姓黄，电话幺三九 八八八八 六六六六"), said("CALLER", "希望尽快让他们停下来"));

	@Test
	void aFormIsProposedCorrectedAndMeasured() {
		Api agent = Api.as(this.port, "agent1");
		Response form = agent.post("/api/assist/form", Map.of("utterances", NOISE));
		assertThat(form.status()).isEqualTo(200);
		JsonNode fields = form.body().get("fields");
		assertThat(fields.get("type").get("value").asString()).isEqualTo("COMPLAINT");
		assertThat(fields.get("callerName").get("value").asString()).isEqualTo("黄");
		assertThat(fields.get("callerName").get("utterance").asInt()).isEqualTo(3);
		assertThat(fields.get("callerPhone").get("value").asString()).isEqualTo("13988886666");
		assertThat(fields.get("address").get("label").asString()).contains("天河区", "石牌");
		assertThat(form.body().get("streetCode").asString()).startsWith("440106");
		assertThat(fields.get("category").get("value").isNull()).isFalse();
		assertThat(fields.get("summary").get("value").asString()).as("the dialogue model's").startsWith("用户");
		assertThat(fields.get("summary").get("evidence").asString()).isEqualTo(Summaries.MODEL);

		long id = form.id();
		Response outcome = agent.post("/api/assist/form/" + id + "/outcome",
				Map.of("fields", Map.of("callerName", "黄先生", "title", "华景新城旁工地夜间施工噪音扰民")));
		assertThat(outcome.status()).isEqualTo(200);
		assertThat(outcome.body().get("fields").get("callerName").get("accepted").asBoolean()).isFalse();
		assertThat(outcome.body().get("fields").get("callerPhone").get("accepted").asBoolean()).isTrue();
		assertThat(agent.post("/api/assist/form/" + id + "/outcome", Map.of("fields", Map.of())).status())
			.isEqualTo(409);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'ASSIST_FORM_OUTCOME' and target = ?")
			.param("assist form " + id)
			.query(Long.class)
			.single()).isEqualTo(1);

		JsonNode accuracy = Api.as(this.port, "supervisor1").get("/api/assist/form/accuracy").body();
		JsonNode phone = field(accuracy, "callerPhone");
		assertThat(phone.get("judged").asLong()).isPositive();
		assertThat(phone.get("accepted").asLong()).isPositive();
		assertThat(field(accuracy, "callerName").get("changed").asLong()).isPositive();
		assertThat(agent.get("/api/assist/form/accuracy").status()).isEqualTo(403);

		// a figure opened to its forms: the names the agents changed, masked for the
		// quality team
		JsonNode changed = Api.as(this.port, "quality1")
			.get("/api/assist/form/decided?field=callerName&outcome=changed&sort=confidence&dir=asc&limit=500")
			.body();
		assertThat(changed.get("total").asLong()).isEqualTo(field(accuracy, "callerName").get("changed").asLong());
		JsonNode mine = null;
		for (JsonNode row : changed.get("items")) {
			assertThat(row.get("accepted").asBoolean()).isFalse();
			if (row.get("formId").asLong() == id) {
				mine = row;
			}
		}
		assertThat(mine).as("form " + id + " among the changed names").isNotNull();
		assertThat(mine.get("proposed").asString()).isEqualTo("黄*");
		assertThat(mine.get("kept").asString()).isEqualTo("黄**");
		assertThat(Api.as(this.port, "admin")
			.get("/api/assist/form/decided?field=callerName&outcome=changed&limit=500")
			.body()
			.get("items")
			.toString()).contains("黄先生");
		Api.Download file = Api.as(this.port, "quality1")
			.download("/api/assist/form/decided/export?format=csv&field=callerPhone&outcome=accepted");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.text()).contains("建议", "最终", "139****6666").doesNotContain("13988886666");
		Api quality = Api.as(this.port, "quality1");
		assertThat(quality.get("/api/assist/form/decided?field=colour").detail()).contains("field=colour");
		assertThat(quality.get("/api/assist/form/decided?field=title&outcome=maybe").detail()).contains("outcome");
		assertThat(quality.get("/api/assist/form/decided?field=title&sort=colour").status()).isEqualTo(400);
		assertThat(agent.get("/api/assist/form/decided?field=title").status()).isEqualTo(403);
	}

	@Test
	void wrongInputIsRefusedNamingTheField() {
		Api agent = Api.as(this.port, "agent1");
		Response speaker = agent.post("/api/assist/form", Map.of("utterances", List.of(said("NOBODY", "你好"))));
		assertThat(speaker.status()).isEqualTo(400);
		assertThat(speaker.detail()).contains("utterances[0].speaker");
		Response empty = agent.post("/api/assist/form", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.detail()).contains("utterances");
		long id = agent.post("/api/assist/form", Map.of("utterances", NOISE)).id();
		Response field = agent.post("/api/assist/form/" + id + "/outcome", Map.of("fields", Map.of("colour", "红")));
		assertThat(field.status()).isEqualTo(400);
		assertThat(field.detail()).contains("fields.colour");
		assertThat(Api.as(this.port, "supervisor1").get("/api/assist/form/accuracy?from=2026-13-01").status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "unit1").post("/api/assist/form", Map.of("utterances", NOISE)).status())
			.isEqualTo(403);
	}

	@Test
	void guidanceShowsTheArticleTheScriptsAndTheEmergency() {
		Api agent = Api.as(this.port, "agent1");
		JsonNode noise = agent.post("/api/assist/guidance", Map.of("utterances", NOISE)).body();
		assertThat(titles(noise.get("articles"))).contains("夜间施工噪音扰民");
		assertThat(codes(noise.get("scripts"))).contains("ANSWER_COMPLAINT", "CONFIRM_NEED").doesNotContain("GREETING");
		assertThat(noise.get("alerts").size()).isZero();

		JsonNode fire = agent
			.post("/api/assist/guidance",
					Map.of("utterances", List.of(said("CALLER", "喂喂，我家楼下着火了，好大的烟"), said("AGENT", "您别慌"))))
			.body();
		JsonNode alert = fire.get("alerts").get(0);
		assertThat(alert.get("kind").asString()).isEqualTo("EMERGENCY");
		assertThat(alert.get("service").asString()).isEqualTo("119");
		assertThat(alert.get("utterance").asInt()).isZero();
		assertThat(alert.get("words").toString()).contains("着火");
		assertThat(codes(fire.get("scripts")).get(0)).isEqualTo("EMERGENCY_119");
		assertThat(codes(fire.get("scripts"))).doesNotContain("EMERGENCY_110");
	}

	@Test
	void anAgentReadsTheirOwnCallsOnlyAndSeesTheCallersHistory() {
		Api agent = Api.as(this.port, "agent1");
		String phone = "137" + (10_000_000 + (int) (Math.random() * 89_999_999));
		assertThat(agent
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "上次反映的工地噪音 " + UUID.randomUUID(),
							"caller", Map.of("phone", phone)))
			.status()).isEqualTo(201);
		String callId = "assist-" + UUID.randomUUID();
		event(callId, "RINGING", Map.of("caller", phone, "callee", "12345", "agent", "agent1"));
		event(callId, "TRANSCRIPT", Map.of("transcript", "坐席：您好，12345热线\n来电人：工地晚上施工噪音又来了，我姓林"));
		JsonNode guidance = agent.post("/api/assist/guidance", Map.of("callId", callId)).body();
		assertThat(guidance.get("history").size()).isEqualTo(1);
		assertThat(guidance.get("callerPhone").asString()).isEqualTo(phone);
		JsonNode form = agent.post("/api/assist/form", Map.of("callId", callId)).body();
		assertThat(form.get("fields").get("callerName").get("value").asString()).isEqualTo("林");
		assertThat(form.get("fields").get("callerName").get("utterance").asInt()).isEqualTo(1);
		Api other = Api.withRole(Role.AGENT, this.port, this.jdbc);
		assertThat(other.post("/api/assist/guidance", Map.of("callId", callId)).status()).isEqualTo(403);
		assertThat(other.post("/api/assist/form", Map.of("callId", callId)).status()).isEqualTo(403);
		event(callId, "HUNG_UP", Map.of());
	}

	@Test
	void scriptsAreEditedByQualityAndAdministratorsAndAudited() {
		Api quality = Api.as(this.port, "quality1");
		Map<String, Object> draft = new HashMap<>(Map.of("code", "COMFORT_WAGES", "name", "欠薪安抚", "situation",
				"COMFORT", "text", "您的心情我理解，欠薪问题我们会转劳动监察部门优先处理。", "position", 41));
		Response created = quality.post("/api/assist/scripts", draft);
		assertThat(created.status()).isEqualTo(201);
		assertThat(Api.as(this.port, "agent1").post("/api/assist/scripts", draft).status()).isEqualTo(403);
		assertThat(quality.post("/api/assist/scripts", draft).status()).isEqualTo(409);
		draft.put("text", "您的心情我非常理解。");
		draft.put("version", 1);
		Response updated = quality.put("/api/assist/scripts/" + created.id(), draft);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("version").asInt()).isEqualTo(2);
		assertThat(quality.put("/api/assist/scripts/" + created.id(), draft).status()).as("stale").isEqualTo(409);
		draft.put("situation", "SOMETIMES");
		Response wrong = quality.put("/api/assist/scripts/" + created.id(), draft);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.detail()).contains("situation");
		JsonNode angry = Api.as(this.port, "agent1")
			.post("/api/assist/guidance", Map.of("utterances", List.of(said("CALLER", "工资拖了半年了，我真是受够了"))))
			.body();
		assertThat(codes(angry.get("scripts"))).contains("COMFORT", "COMFORT_WAGES");
		assertThat(Api.as(this.port, "admin").delete("/api/assist/scripts/" + created.id()).status()).isEqualTo(204);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action like 'ASSIST_SCRIPT_%' and target = ?")
			.param("script COMFORT_WAGES")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private void event(String callId, String type, Map<String, Object> more) {
		Map<String, Object> event = new HashMap<>(more);
		event.put("callId", callId);
		event.put("event", type);
		assertThat(Api.as(this.port, "agent1").post("/api/cti/events", event).status()).isEqualTo(200);
	}

	private static JsonNode field(JsonNode accuracy, String name) {
		for (JsonNode field : accuracy.get("fields")) {
			if (field.get("field").asString().equals(name)) {
				return field;
			}
		}
		throw new AssertionError("no field " + name + " in " + accuracy);
	}

	private static List<String> titles(JsonNode articles) {
		return articles.valueStream().map((a) -> a.get("title").asString()).toList();
	}

	private static List<String> codes(JsonNode scripts) {
		return scripts.valueStream().map((s) -> s.get("code").asString()).toList();
	}

}
