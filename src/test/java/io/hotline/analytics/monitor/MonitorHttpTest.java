package io.hotline.analytics.monitor;

import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor on planted patterns: a category's day far above its four weeks, a steady
 * one that stays quiet, a unit whose orders stop, a caller who keeps calling. The history
 * is planted in the order facts (orders of negative ids, removed afterwards).
 */
@HotlineTest
class MonitorHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.hotline.platform.Workers workers;

	@AfterEach
	void removePlanted() {
		this.jdbc.sql("delete from order_fact where order_id < 0").update();
	}

	@Test
	void findsSurgesDropsAndRepeatCallersAndKeepsOneAlertWhileItLasts() throws InterruptedException {
		String surging = "SURGE-" + UUID.randomUUID().toString().substring(0, 6);
		String steady = "STEADY-" + UUID.randomUUID().toString().substring(0, 6);
		long unit = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) - 1;
		// one order a day for four weeks, then 15 in the last day
		plant(surging, null, "generate_series(1, 28)", "now() - (g || ' days')::interval - interval '1 hour'");
		plant(surging, null, "generate_series(1, 15)", "now() - (g || ' minutes')::interval");
		// five a day, every day, the last one too
		plant(steady, null, "generate_series(0, 144)",
				"now() - ((g / 5) || ' days')::interval - interval '30 minutes'");
		// twenty a day for four weeks, none in the last day
		plant(null, unit, "generate_series(0, 559)",
				"now() - ((1 + g / 20) || ' days')::interval - interval '2 hours'");
		String phone = "1371234" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode() % 10_000));
		for (int i = 0; i < 3; i++) {
			assertThat(Api.as(this.port, "agent1")
				.post("/api/orders",
						Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "又来投诉噪音 " + i, "caller",
								Map.of("phone", phone)))
				.status()).isEqualTo(201);
		}

		// what the orders' commits set off (facts, checks, flags) is done before the
		// detectors read it
		assertThat(this.workers.awaitIdle(java.time.Duration.ofSeconds(60))).isTrue();
		Api supervisor = Api.as(this.port, "supervisor1");
		assertThat(supervisor.post("/api/analytics/monitor", Map.of()).body().get("fresh").asInt()).isPositive();
		JsonNode alerts = supervisor.get("/api/analytics/alerts").body().get("alerts");
		JsonNode surge = find(alerts, "VOLUME_SURGE_DAY", surging);
		assertThat(surge.get("observed").asDouble()).isEqualTo(15);
		assertThat(surge.get("expected").asDouble()).isEqualTo(1.0);
		assertThat(surge.get("detail").asString()).isEqualTo("最近一天受理 15 件，预期 1.0 件（15.0 倍）");
		assertThat(surge.get("text").asString()).isEqualTo(surge.get("detail").asString());
		assertThat(surge.get("detailKey").asString()).isEqualTo("alert.volume-surge");
		// the same alert read in English: its text in English, the stored Chinese beside
		// it
		JsonNode english = find(supervisor.inLanguage("en").get("/api/analytics/alerts").body().get("alerts"),
				"VOLUME_SURGE_DAY", surging);
		assertThat(english.get("id").asLong()).isEqualTo(surge.get("id").asLong());
		assertThat(english.get("detail").asString()).isEqualTo(surge.get("detail").asString());
		assertThat(english.get("text").asString())
			.isEqualTo("15 registered in the last day, 1.0 expected (15.0 times)");
		assertThat(english.get("detailArgs").toString()).contains("15.0");
		assertThat(alerts.toString()).doesNotContain(steady);
		JsonNode drop = find(alerts, "UNIT_DROP", Long.toString(unit));
		assertThat(drop.get("expected").asDouble()).isEqualTo(20.0);
		JsonNode caller = find(alerts, "REPEAT_CALLER", phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(caller.get("detail").asString()).doesNotContain(phone);

		// the same findings update their open alerts (other tests' orders in the shared
		// context may make findings of their own meanwhile)
		assertThat(supervisor.post("/api/analytics/monitor", Map.of()).status()).isEqualTo(200);
		JsonNode again = supervisor.get("/api/analytics/alerts").body().get("alerts");
		assertThat(find(again, "VOLUME_SURGE_DAY", surging).get("id").asLong()).isEqualTo(surge.get("id").asLong());
		assertThat(find(again, "UNIT_DROP", Long.toString(unit)).get("id").asLong()).isEqualTo(drop.get("id").asLong());
		assertThat(find(again, "REPEAT_CALLER", phone.substring(0, 3) + "****" + phone.substring(7)).get("id").asLong())
			.isEqualTo(caller.get("id").asLong());
		assertThat(Api.as(this.port, "unit1").get("/api/analytics/alerts").body().toString()).doesNotContain(surging,
				Long.toString(unit));
		long id = surge.get("id").asLong();
		assertThat(Api.as(this.port, "agent1").post("/api/analytics/alerts/" + id + "/acknowledge", Map.of()).status())
			.isEqualTo(403);
		assertThat(
				Api.as(this.port, "analyst1").post("/api/analytics/alerts/" + id + "/acknowledge", Map.of()).status())
			.as("analysts read")
			.isEqualTo(403);
		assertThat(supervisor.post("/api/analytics/alerts/" + id + "/acknowledge", Map.of()).status()).isEqualTo(204);
		assertThat(supervisor.get("/api/analytics/alerts").body().toString()).doesNotContain("\"id\":" + id + ",");
		// the surge goes on: acknowledged, it stays quiet
		supervisor.post("/api/analytics/monitor", Map.of());
		assertThat(supervisor.get("/api/analytics/alerts").body().toString())
			.doesNotContain("\"kind\":\"VOLUME_SURGE_DAY\",\"scope\":\"CATEGORY\",\"key\":\"" + surging);
		assertThat(supervisor.get("/api/analytics/alerts?all=true").body().toString()).contains("\"id\":" + id + ",");
		assertThat(supervisor.post("/api/analytics/alerts/" + id + "/acknowledge", Map.of()).status()).isEqualTo(404);
		assertThat(Api.as(this.port, "agent1").post("/api/analytics/monitor", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void thePoissonTailSeparatesASurgeFromNoise() {
		assertThat(Surges.poissonTail(12, 1.5)).isLessThan(0.001);
		assertThat(Surges.poissonTail(4, 0.5)).isGreaterThan(0.001);
		assertThat(Surges.poissonTail(0, 3)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
		// large means: the normal approximation
		assertThat(Surges.poissonTail(1_100, 1_000)).isLessThan(0.01);
		assertThat(Surges.poissonTail(1_020, 1_000)).isGreaterThan(0.1);
	}

	private void plant(String category, Long unit, String series, String at) {
		this.jdbc
			.sql("""
					insert into order_fact (order_id, version, created_at, channel, type, category_code, unit_id, status,
					    dispatch_count, return_count, reopen_count)
					select -nextval('work_order_number_seq') - 1000000000, 0, %s, 'PHONE', 'HELP', ?, ?, 'REGISTERED', 0, 0, 0
					from %s as g"""
				.formatted(at, series))
			.params(category, unit)
			.update();
	}

	private static JsonNode find(JsonNode alerts, String kind, String key) {
		for (JsonNode alert : alerts) {
			if (kind.equals(alert.get("kind").asString()) && key.equals(alert.get("key").asString())) {
				return alert;
			}
		}
		throw new AssertionError("no " + kind + " alert for " + key + " in " + alerts);
	}

}
