package io.hotline.workorder;

import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 标记 over HTTP: a check raises a flag once (raising it again updates it), whoever sees
 * the order sees its flags, supervisors list them and judge them once.
 */
@HotlineTest
class OrderFlagsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	OrderFlags flags;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFlagIsRaisedOnceSeenWithItsOrderAndJudgedOnce() {
		Api agent = Api.as(this.port, "agent1");
		long order = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content",
				"楼道的灯坏了三天，晚上上下楼看不清", "caller", Map.of("phone", "13700001111")))
			.id();
		WorkOrderId id = new WorkOrderId(order);
		long flag = this.flags.raise(id, FlagKind.RISK, "self-harm", List.of("不想活了"), "命中风险词：不想活了", 0.9, null,
				"system");
		long again = this.flags.raise(id, FlagKind.RISK, "self-harm", List.of("不想活了", "激动"), "命中风险词：不想活了、激动", 0.95,
				null, "system");
		assertThat(again).isEqualTo(flag);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'FLAG_RAISE' and target = ?")
			.param("order " + order)
			.query(Long.class)
			.single()).as("raised once").isEqualTo(1);

		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode ofOrder = risks(supervisor, order);
		assertThat(ofOrder).hasSize(1);
		assertThat(ofOrder.get(0).get("kind").asString()).isEqualTo("RISK");
		assertThat(ofOrder.get(0).get("evidence").toString()).contains("激动");
		assertThat(ofOrder.get(0).get("status").asString()).isEqualTo("OPEN");
		assertThat(agent.get("/api/orders/" + order + "/flags").status()).isEqualTo(200);
		assertThat(Api.as(this.port, "unit2").get("/api/orders/" + order + "/flags").status())
			.as("a unit that does not see the order")
			.isEqualTo(404);

		assertThat(supervisor.get("/api/flags?kind=RISK").body().toString()).contains("\"id\":" + flag + ",");
		assertThat(supervisor.get("/api/flags?kind=SPAM").status()).isEqualTo(400);
		assertThat(agent.get("/api/flags").status()).isEqualTo(403);

		assertThat(agent.post("/api/flags/" + flag + "/judge", Map.of("verdict", "CONFIRMED")).status()).isEqualTo(403);
		assertThat(supervisor.post("/api/flags/" + flag + "/judge", Map.of("verdict", "maybe")).status())
			.isEqualTo(400);
		JsonNode judged = supervisor
			.post("/api/flags/" + flag + "/judge", Map.of("verdict", "confirmed", "note", "已联系家属"))
			.body();
		assertThat(judged.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(judged.get("judgedBy").asString()).isEqualTo("supervisor1");
		assertThat(supervisor.post("/api/flags/" + flag + "/judge", Map.of("verdict", "DISMISSED")).status())
			.isEqualTo(409);
		assertThat(supervisor.post("/api/flags/999999999/judge", Map.of("verdict", "DISMISSED")).status())
			.isEqualTo(404);
		// found again after the judgement: it stays judged
		this.flags.raise(id, FlagKind.RISK, "self-harm", List.of("不想活了"), "命中风险词：不想活了", 0.9, null, "system");
		assertThat(risks(supervisor, order).get(0).get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(supervisor.get("/api/flags?kind=RISK").body().toString()).doesNotContain("\"id\":" + flag + ",");
		assertThat(supervisor.get("/api/flags?kind=RISK&all=true").body().toString()).contains("\"id\":" + flag + ",");
	}

	/** The order's RISK flags (a check of the platform may add flags of other kinds). */
	private static JsonNode risks(Api api, long order) {
		tools.jackson.databind.node.ArrayNode risks = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.createArrayNode();
		api.get("/api/orders/" + order + "/flags").body().get("flags").forEach((flag) -> {
			if ("RISK".equals(flag.get("kind").asString())) {
				risks.add(flag);
			}
		});
		return risks;
	}

}
