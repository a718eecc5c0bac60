package io.hotline.assist;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Download;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form read from a call's utterances (TRANSCRIPT events with speakers and times), its
 * summary from the dialogue model, its outcome recorded from the order registered from
 * the call; the scripts list and the accuracy report filtered, sorted, paged, exported.
 */
@HotlineTest
class AssistCallsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCallsUtterancesMakeTheFormAndTheOrderRegisteredFromItDecidesIt() {
		Api agent = Api.as(this.port, "agent1");
		String phone = "137" + (10_000_000 + (int) (Math.random() * 89_999_999));
		String callId = "assist-utt-" + UUID.randomUUID();
		event(callId, "RINGING", Map.of("caller", phone, "callee", "12345", "agent", "agent1"));
		Map<String, Object> transcript = new HashMap<>();
		transcript.put("transcript", "来电人：我姓赵");
		transcript.put("utterances",
				List.of(line("AGENT", "您好，12345热线，请问有什么可以帮您？", 0, 3),
						line("CALLER", "我想问一下，小区门口的路灯坏了一个星期了，什么时候能修好", 3.5, 9), line("AGENT", "请问您贵姓？", 9.5, 10.5),
						line("CALLER", "免贵姓孙", 11, 12)));
		event(callId, "TRANSCRIPT", transcript);

		Response form = agent.post("/api/assist/form", Map.of("callId", callId));
		assertThat(form.status()).isEqualTo(200);
		JsonNode fields = form.body().get("fields");
		assertThat(fields.get("callerName").get("value").asString()).as("the utterances, not the plain transcript")
			.isEqualTo("孙");
		assertThat(fields.get("callerName").get("utterance").asInt()).isEqualTo(3);
		assertThat(fields.get("summary").get("value").asString()).as("the dialogue model's summary")
			.startsWith("用户")
			.contains("路灯");
		assertThat(fields.get("summary").get("evidence").asString()).isEqualTo(Summaries.MODEL);
		assertThat(fields.get("title").get("value").asString()).startsWith("用户").doesNotContain("。");

		Map<String, Object> order = new HashMap<>();
		order.put("channel", "PHONE");
		order.put("type", fields.get("type").get("value").asString());
		order.put("content", "小区门口路灯坏了一周 " + UUID.randomUUID());
		order.put("title", fields.get("title").get("value").asString());
		order.put("caller", Map.of("name", "孙先生", "phone", phone));
		order.put("callId", callId);
		Response created = agent.post("/api/orders", order);
		assertThat(created.status()).isEqualTo(201);

		long id = form.id();
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select order_id from assist_form where id = ?")
				.param(id)
				.query(Long.class)
				.optional()
				.orElse(null), (orderId) -> orderId != null && orderId == created.id());
		Map<String, Boolean> accepted = new HashMap<>();
		this.jdbc.sql("select field, accepted from assist_form_field where form_id = ?")
			.param(id)
			.query((rs, n) -> accepted.put(rs.getString("field"), rs.getBoolean("accepted")))
			.list();
		assertThat(accepted).containsEntry("title", true)
			.containsEntry("type", true)
			.containsEntry("callerName", false)
			.containsEntry("summary", false);
		assertThat(
				this.jdbc.sql("select decided_by from assist_form where id = ?").param(id).query(String.class).single())
			.isEqualTo("agent1");
		assertThat(agent.post("/api/assist/form/" + id + "/outcome", Map.of("fields", Map.of())).status())
			.as("decided once")
			.isEqualTo(409);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'ASSIST_FORM_OUTCOME' and target = ?")
			.param("assist form " + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		event(callId, "HUNG_UP", Map.of());
	}

	@Test
	void aCallWithoutUtterancesIsReadFromItsTranscript() {
		String callId = "assist-text-" + UUID.randomUUID();
		event(callId, "RINGING", Map.of("caller", "13700001111", "callee", "12345", "agent", "agent1"));
		event(callId, "TRANSCRIPT", Map.of("transcript", "坐席：您好\n来电人：我姓钱，楼下餐馆油烟太大"));
		JsonNode fields = Api.as(this.port, "agent1")
			.post("/api/assist/form", Map.of("callId", callId))
			.body()
			.get("fields");
		assertThat(fields.get("callerName").get("value").asString()).isEqualTo("钱");
		assertThat(fields.get("callerName").get("utterance").asInt()).isEqualTo(1);
		event(callId, "HUNG_UP", Map.of());
	}

	@Test
	void theScriptsAreFilteredSortedPagedAndExported() {
		Api agent = Api.as(this.port, "agent1");
		JsonNode all = agent.get("/api/assist/scripts").body();
		assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(8);
		JsonNode emergencies = agent.get("/api/assist/scripts?situation=EMERGENCY&sort=code&dir=desc&limit=2").body();
		assertThat(emergencies.get("total").asLong()).isEqualTo(3);
		assertThat(emergencies.get("items").size()).isEqualTo(2);
		assertThat(emergencies.get("items").get(0).get("code").asString()).isEqualTo("EMERGENCY_120");
		JsonNode next = agent.get("/api/assist/scripts?situation=EMERGENCY&sort=code&dir=desc&limit=2&offset=2").body();
		assertThat(next.get("items").get(0).get("code").asString()).isEqualTo("EMERGENCY_110");
		JsonNode words = agent.get("/api/assist/scripts?q=119").body();
		assertThat(words.get("items").findValuesAsString("code")).contains("EMERGENCY_119");
		assertThat(agent.get("/api/assist/scripts?situation=SOMETIMES").detail()).contains("situation");
		assertThat(agent.get("/api/assist/scripts?sort=colour").status()).isEqualTo(400);
		assertThat(agent.get("/api/assist/scripts?enabled=maybe").detail()).contains("enabled");

		Download csv = agent.download("/api/assist/scripts/export?format=csv&situation=EMERGENCY&sort=code");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("编码", "EMERGENCY_110", "EMERGENCY_119").doesNotContain("GREETING");
		Download xlsx = agent.download("/api/assist/scripts/export?format=xlsx&sort=code");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.sheet().get(0)).contains("编码", "话术");
		assertThat(xlsx.sheet().size()).isEqualTo(all.get("total").asInt() + 1);
	}

	@Test
	void theAccuracyReportIsSortedFilteredByAgentAndExported() {
		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode sorted = supervisor.get("/api/assist/form/accuracy?sort=judged&dir=desc").body().get("fields");
		assertThat(sorted.size()).isEqualTo(ProposedForm.FIELDS.size());
		for (int i = 1; i < sorted.size(); i++) {
			assertThat(sorted.get(i - 1).get("judged").asLong())
				.isGreaterThanOrEqualTo(sorted.get(i).get("judged").asLong());
		}
		JsonNode nobody = supervisor.get("/api/assist/form/accuracy?agent=nobody-" + UUID.randomUUID())
			.body()
			.get("fields");
		assertThat(nobody.findValuesAsString("field")).hasSize(ProposedForm.FIELDS.size());
		nobody.forEach((f) -> assertThat(f.get("judged").asLong()).isZero());
		assertThat(supervisor.get("/api/assist/form/accuracy?sort=colour").status()).isEqualTo(400);
		Download csv = supervisor.download("/api/assist/form/accuracy/export?format=csv&sort=field");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("字段", "准确率", "callerPhone");
		assertThat(Api.as(this.port, "agent1").download("/api/assist/form/accuracy/export?format=csv").status())
			.isEqualTo(403);
	}

	private void event(String callId, String type, Map<String, Object> more) {
		Map<String, Object> event = new HashMap<>(more);
		event.put("callId", callId);
		event.put("event", type);
		assertThat(Api.as(this.port, "agent1").post("/api/cti/events", event).status()).isEqualTo(200);
	}

	private static Map<String, Object> line(String speaker, String text, double start, double end) {
		return Map.of("speaker", speaker, "text", text, "start", start, "end", end);
	}

}
