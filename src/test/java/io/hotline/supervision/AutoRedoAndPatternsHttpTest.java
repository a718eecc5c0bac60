package io.hotline.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.supervision.SupervisionPlant.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dissatisfied callback sends the order back to its units for redo (unless the
 * DISSATISFIED monitor says not to); an account that registers and finishes many orders
 * at once, and a caller who floods the line, are flagged SUSPICIOUS on each of their
 * orders, and one order fewer is not.
 */
@HotlineTest
class AutoRedoAndPatternsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	SupervisionPlant plant;

	@BeforeEach
	void plant() {
		this.plant = new SupervisionPlant(this.port, this.jdbc, this.clock);
	}

	@AfterEach
	void autoRedoBackOn() {
		this.clock.reset();
		this.jdbc.sql("update supervision_monitor set auto_redo = true where kind = 'DISSATISFIED'").update();
	}

	@Test
	void sendsADissatisfiedOrderBackToItsUnitsForRedo() {
		long unit = this.plant.unit();
		long coUnit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		long id = this.plant.atUnit(handler, unit, coUnit).get("id").asLong();
		ok(handler.post("/api/orders/" + id + "/reply", Map.of("content", "已答复", "resolved", true)));

		JsonNode called = this.plant
			.act("callback1", id, "callback", Map.of("satisfaction", "DISSATISFIED", "resolved", false))
			.body();
		assertThat(called.get("status").asString()).isEqualTo("REOPENED");
		// a dispatcher has ten minutes to send it elsewhere (the contract's REOPENED →
		// DISPATCHED); then the monitors' run sends it back
		this.plant.run(unit);
		assertThat(this.plant.order(id).get("status").asString()).isEqualTo("REOPENED");
		this.clock.advance(Duration.ofMinutes(11));
		this.plant.run(unit);

		JsonNode redo = this.plant.order(id);
		assertThat(redo.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(redo.get("mainUnitId").asLong()).isEqualTo(unit);
		assertThat(redo.get("coUnitIds").get(0).asLong()).isEqualTo(coUnit);
		assertThat(redo.get("reopenCount").asInt()).isEqualTo(1);
		JsonNode last = redo.get("events").get(redo.get("events").size() - 1);
		assertThat(last.get("type").asString()).isEqualTo("REDISPATCHED");
		assertThat(last.get("actor").asString()).isEqualTo("system");
		assertThat(last.get("note").asString()).contains("自动派回原承办单位重办");
		// a redo's deadline: the DISSATISFIED monitor's case days (5 working days) from
		// now
		assertThat(redo.get("deadline").asString()).isNotEqualTo(called.get("deadline").asString())
			.isGreaterThan(last.get("at").asString());

		// the redo is supervised as DISSATISFIED until the unit replies again
		this.plant.run(unit);
		assertThat(this.plant.kinds(id)).containsExactly("DISSATISFIED");
		ok(handler.post("/api/orders/" + id + "/sign", Map.of()));
		ok(handler.post("/api/orders/" + id + "/reply", Map.of("content", "已重新处理", "resolved", true)));
		this.plant.run(unit);
		assertThat(this.plant.caseOf(id, "DISSATISFIED").get("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	void leavesTheRedoToTheDispatcherWhenAutoRedoIsOff() {
		ok(Api.as(this.port, "supervisor1").put("/api/supervision/monitors/DISSATISFIED", Map.of("autoRedo", false)));
		long unit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		long id = this.plant.atUnit(handler, unit).get("id").asLong();
		ok(handler.post("/api/orders/" + id + "/reply", Map.of("content", "已答复", "resolved", true)));
		this.plant.act("callback1", id, "callback", Map.of("satisfaction", "DISSATISFIED", "resolved", false));
		this.clock.advance(Duration.ofMinutes(11));
		this.plant.run(unit);
		assertThat(this.plant.order(id).get("status").asString()).isEqualTo("REOPENED");
	}

	@Test
	void flagsAnAccountThatFinishesManyOrdersAtOnce() {
		Api busy = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Api calm = Api.withRole(Role.AGENT, this.port, this.jdbc);
		List<Long> quick = finished(busy, 10);
		List<Long> fewer = finished(calm, 9);
		run();

		for (long id : quick) {
			JsonNode flag = suspicious(id, "QUICK_FINISH");
			assertThat(flag).as("order " + id).isNotNull();
			assertThat(flag.get("detail").asString()).contains("10 件").contains("直接办结");
			assertThat(flag.get("evidence").get(0).asString()).startsWith("账号 agent-");
		}
		assertThat(suspicious(quick.get(0), "QUICK_FINISH").get("relatedOrderId").asLong()).isEqualTo(quick.get(9));
		for (long id : fewer) {
			assertThat(suspicious(id, "QUICK_FINISH")).as("order " + id).isNull();
		}
	}

	@Test
	void flagsACallerWhoFloodsTheLineWithTheNumberMasked() {
		Api agent = Api.as(this.port, "agent1");
		String flooding = SupervisionPlant.phone();
		String calm = SupervisionPlant.phone();
		List<Long> many = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			many.add(this.plant.register(agent, flooding));
		}
		List<Long> few = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			few.add(this.plant.register(agent, calm));
		}
		run();

		for (long id : many) {
			JsonNode flag = suspicious(id, "FLOODING");
			assertThat(flag).as("order " + id).isNotNull();
			String masked = flooding.substring(0, 3) + "****" + flooding.substring(7);
			assertThat(flag.get("detail").asString()).contains(masked).contains("5 件").doesNotContain(flooding);
		}
		// the same flag in the reader's language
		JsonNode english = suspicious(many.get(0), "FLOODING", "en");
		assertThat(english.get("text").asString()).as(english.toString())
			.contains("Caller " + flooding.substring(0, 3))
			.contains("had 5 orders registered within")
			.matches(".* \\d+ (hours|minutes):.*")
			.doesNotContainPattern("\\p{IsHan}");
		for (long id : few) {
			assertThat(suspicious(id, "FLOODING")).isNull();
		}
	}

	private List<Long> finished(Api agent, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = this.plant.register(agent, SupervisionPlant.phone());
			ok(agent.post("/api/orders/" + id + "/finish", Map.of("answer", "已告知办理流程")));
			ids.add(id);
		}
		return ids;
	}

	private void run() {
		// the patterns look at every recent order; the monitors at one empty unit
		this.plant.run(this.plant.unit());
	}

	private JsonNode suspicious(long order, String rule) {
		return suspicious(order, rule, "zh-CN");
	}

	private JsonNode suspicious(long order, String rule, String language) {
		for (JsonNode flag : ok(
				Api.as(this.port, "supervisor1").inLanguage(language).get("/api/orders/" + order + "/flags"))
			.body()
			.get("flags")) {
			if (flag.get("kind").asString().equals("SUSPICIOUS") && flag.get("rule").asString().equals(rule)) {
				return flag;
			}
		}
		return null;
	}

}
