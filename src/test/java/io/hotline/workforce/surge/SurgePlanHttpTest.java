package io.hotline.workforce.surge;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import io.hotline.workforce.SurgeReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The surge's side for the phone system and the portal: agents sign in from the centre,
 * from cloud seats or from a partner hotline, later states keep the sign-in's seat, and
 * the surge's status counts them and the calls they answer; the phone plan and the
 * portal's hot answers carry only the measures in effect, and only answers citizens may
 * read.
 */
@HotlineTest
class SurgePlanHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SurgeReports reports;

	@AfterEach
	void calm() {
		Api.as(this.port, "admin").put("/api/workforce/surge/measures", SurgeHttpTest.measures(false, 1.5));
		surge(false);
	}

	@Test
	void agentsSignInFromCloudAndPartnerSeatsAndTheStatusCountsThemAndTheirCalls() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String home = "home-" + tag;
		String partner = "wx-" + tag;
		JsonNode before = seats();

		Response cloud = phone.post("/api/cti/agent-states",
				Map.of("agent", home, "state", "SIGNED_IN", "seat", "cloud"));
		assertThat(cloud.status()).as(cloud.body().toString()).isEqualTo(200);
		assertThat(cloud.body().get("seat").get("kind").asString()).isEqualTo("CLOUD");
		Response ready = phone.post("/api/cti/agent-states", Map.of("agent", home, "state", "READY"));
		assertThat(ready.body().get("seat").get("kind").asString()).as("a later state keeps the sign-in's seat")
			.isEqualTo("CLOUD");
		Instant now = this.clock.instant();
		assertThat(
				phone
					.post("/api/cti/agent-states",
							Map.of("agent", partner, "state", "SIGNED_IN", "seat", "PARTNER", "partner", "无锡12345",
									"at", now.minusSeconds(60).toString()))
					.status())
			.isEqualTo(200);
		phone.post("/api/cti/agent-states",
				Map.of("agent", partner, "state", "READY", "at", now.minusSeconds(50).toString()));

		Response noPartner = phone.post("/api/cti/agent-states",
				Map.of("agent", "x-" + tag, "state", "SIGNED_IN", "seat", "PARTNER"));
		assertThat(noPartner.status()).isEqualTo(400);
		assertThat(noPartner.detail()).contains("协作热线");
		Response seatLater = phone.post("/api/cti/agent-states",
				Map.of("agent", home, "state", "BREAK", "seat", "CLOUD"));
		assertThat(seatLater.status()).isEqualTo(400);
		assertThat(seatLater.detail()).contains("签入");
		Response unknown = phone.post("/api/cti/agent-states",
				Map.of("agent", "y-" + tag, "state", "SIGNED_IN", "seat", "MOON"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("MOON");
		assertThat(phone.inLanguage("en")
			.post("/api/cti/agent-states", Map.of("agent", "y-" + tag, "state", "SIGNED_IN", "seat", "MOON"))
			.detail()).contains("Unknown seat");

		// the partner's agent answers a call
		String call = "pbx-" + tag;
		assertThat(phone
			.post("/api/cti/events", Map.of("callId", call, "event", "QUEUED", "at", now.minusSeconds(20).toString(),
					"queue", "surge-" + tag, "caller", "13800138000", "callee", "12345"))
			.status()).isEqualTo(200);
		assertThat(phone
			.post("/api/cti/events",
					Map.of("callId", call, "event", "ANSWERED", "at", now.minusSeconds(5).toString(), "agent", partner))
			.status()).isEqualTo(200);

		JsonNode after = seats();
		assertThat(after.get("cloud").asInt()).isEqualTo(before.get("cloud").asInt() + 1);
		assertThat(after.get("partner").asInt()).isEqualTo(before.get("partner").asInt() + 1);
		assertThat(after.get("answered").get("partner").asLong())
			.isEqualTo(before.get("answered").get("partner").asLong() + 1);
		assertThat(after.get("partners").toString()).contains("无锡12345");

		JsonNode board = Api.as(this.port, "supervisor1").get("/api/cti/wallboard").body();
		JsonNode homeAgent = null;
		for (JsonNode agent : board.get("agents")) {
			if (agent.get("agent").asString().equals(home)) {
				homeAgent = agent;
			}
		}
		assertThat(homeAgent).as("the wallboard lists the cloud agent").isNotNull();
		assertThat(homeAgent.get("seat").get("kind").asString()).isEqualTo("CLOUD");

		phone.post("/api/cti/agent-states", Map.of("agent", home, "state", "SIGNED_OUT"));
		phone.post("/api/cti/agent-states", Map.of("agent", partner, "state", "SIGNED_OUT"));
		assertThat(seats().get("cloud").asInt()).isEqualTo(before.get("cloud").asInt());
	}

	@Test
	void thePhonePlanAndThePortalCarryOnlyTheMeasuresInEffect() {
		Api admin = Api.as(this.port, "admin");
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		Map<String, Object> measures = SurgeHttpTest.measures(true, 1.5);
		measures.put("deflection", Map.of("on", true, "topic", "停水 水压低", "share", 0.25));
		measures.put("cloudSeats", Map.of("on", false, "seats", 10, "afterMinutes", 30, "hours", 8));
		assertThat(admin.put("/api/workforce/surge/measures", measures).status()).isEqualTo(200);

		surge(false);
		JsonNode calm = phone.get("/api/workforce/surge/phone").body();
		assertThat(calm.get("on").asBoolean()).isFalse();
		assertThat(calm.get("callback").isNull()).isTrue();
		assertThat(calm.get("menu").isNull()).isTrue();
		assertThat(Api.anonymous(this.port).get("/api/public/surge/answers").status())
			.as("no deflection while no surge")
			.isEqualTo(204);

		surge(true);
		JsonNode plan = phone.get("/api/workforce/surge/phone").body();
		assertThat(plan.get("on").asBoolean()).isTrue();
		assertThat(plan.get("callback").get("promiseMinutes").asInt()).isEqualTo(240);
		assertThat(plan.get("cloudSeats").isNull()).as("a measure not set on stays off in a surge").isTrue();
		assertThat(plan.get("overflow").get("partners").toString()).contains("无锡12345").contains("南通12345");
		assertThat(plan.get("overflow").get("share").asDouble()).isEqualTo(0.3);
		JsonNode menu = plan.get("menu");
		assertThat(menu.get("topic").asString()).isEqualTo("停水 水压低");
		assertThat(menu.get("answers").size()).isBetween(1, HotAnswers.MENU_SIZE);
		assertThat(menu.get("answers").get(0).get("title").asString()).contains("停水");
		for (JsonNode answer : menu.get("answers")) {
			assertThat(answer.get("text").asString().length()).isLessThanOrEqualTo(HotAnswers.SPOKEN + 1);
			assertThat(publicArticle(answer.get("id").asLong())).as("only articles citizens may read").isEqualTo(200);
		}

		Response portal = Api.anonymous(this.port).get("/api/public/surge/answers");
		assertThat(portal.status()).isEqualTo(200);
		assertThat(portal.body().get("answers").get(0).get("title").asString()).contains("停水");

		assertThat(Api.as(this.port, "agent1").get("/api/workforce/surge/phone").status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get("/api/workforce/surge/phone").status()).isEqualTo(401);
		assertThat(Api.as(this.port, "supervisor1").get("/api/workforce/surge/phone").status()).isEqualTo(200);
	}

	@Test
	void aSupervisorAsksOtherHotlinesForHelpAndTheReportSaysSo() {
		Api supervisor = Api.as(this.port, "supervisor1");
		supervisor.delete("/api/workforce/surge/help");
		assertThat(supervisor.get("/api/workforce/surge/help").status()).isEqualTo(204);
		assertThat(this.reports.now().helpWanted()).isNull();

		Response none = supervisor.post("/api/workforce/surge/help", Map.of("agents", 0, "note", "x"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.detail()).contains("0");
		assertThat(supervisor.post("/api/workforce/surge/help", Map.of("note", "x")).status()).isEqualTo(400);
		assertThat(Api.as(this.port, "agent1").post("/api/workforce/surge/help", Map.of("agents", 5)).status())
			.isEqualTo(403);

		Response asked = supervisor.post("/api/workforce/surge/help", Map.of("agents", 20, "note", "台风，来电是平时的 8 倍"));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
		Response again = supervisor.post("/api/workforce/surge/help", Map.of("agents", 30, "note", "仍在上升"));
		assertThat(again.body().get("agents").asInt()).isEqualTo(30);
		assertThat(Api.as(this.port, "agent1").get("/api/workforce/surge/help").body().get("agents").asInt())
			.as("one open ask: the new one replaced the first")
			.isEqualTo(30);
		SurgeReports.SurgeReport report = this.reports.now();
		assertThat(report.helpWanted()).isEqualTo(30);
		assertThat(report.helpNote()).isEqualTo("仍在上升");
		assertThat(
				this.jdbc.sql("select count(*) from audit_log where action = 'surge.help'").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);

		assertThat(supervisor.delete("/api/workforce/surge/help").status()).isEqualTo(204);
		assertThat(supervisor.delete("/api/workforce/surge/help").status()).isEqualTo(404);
		assertThat(this.reports.now().helpWanted()).isNull();
	}

	private int publicArticle(long id) {
		return Api.anonymous(this.port).get("/api/public/knowledge/articles/" + id).status();
	}

	private JsonNode seats() {
		Response status = Api.as(this.port, "supervisor1").get("/api/workforce/surge/status");
		assertThat(status.status()).as(String.valueOf(status.body())).isEqualTo(200);
		return status.body().get("seats");
	}

	/** The state a check stores: the trigger's own test switches it from live figures. */
	private void surge(boolean on) {
		this.jdbc.sql("update surge_state set surge_on = ?, since = ?, reason = ? where id = 1")
			.params(on, on ? java.sql.Timestamp.from(this.clock.instant()) : null, on ? "test" : null)
			.update();
	}

}
