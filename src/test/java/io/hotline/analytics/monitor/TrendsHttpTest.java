package io.hotline.analytics.monitor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
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
 * The monitor's trends on planted patterns, against figures computed by hand: a unit
 * whose overdue orders grow from 4 to 16 in a week, one whose backlog grows from 10 to
 * 30, a steady one (quiet); a unit and a category whose satisfaction falls from 90 % to
 * 50 %, a fall on too few callbacks and one within chance (quiet); three complaints from
 * two callers at one address (found), the same address in another street counted apart.
 * The history is planted in the order facts (orders of negative ids, removed afterwards);
 * the complaints are registered over HTTP.
 */
@HotlineTest
class TrendsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removePlanted() {
		this.jdbc.sql("delete from order_fact where order_id < 0").update();
	}

	@Test
	void findsRisingOverdueAndBacklogButNotASteadyUnit() {
		long overdue = unit();
		Api handler = handler(overdue);
		long backlog = plantedUnit();
		long steady = plantedUnit();
		// overdue then and now: 2 still open, 2 closed since (then 4); 12 whose deadline
		// passed within the week and 2 of the last two days (now 2 + 12 + 2 = 16); one
		// closed before the week counts neither time
		plant(2, overdue, "HANDLING", "20 days", "20 days", "10 days", null);
		plant(2, overdue, "CLOSED", "20 days", "20 days", "10 days", "3 days");
		plant(1, overdue, "CLOSED", "20 days", "20 days", "10 days", "8 days");
		plant(12, overdue, "HANDLING", "10 days", "10 days", "3 days", null);
		plant(2, overdue, "HANDLING", "2 days", "2 days", "1 hour", null);
		// its backlog: 16 now, 2 + 2 + 12 = 16 then (quiet)
		// backlog: 10 dispatched three weeks ago and 20 this week, none overdue
		plant(10, backlog, "HANDLING", "20 days", "20 days", "-5 days", null);
		plant(20, backlog, "HANDLING", "3 days", "3 days", "-5 days", null);
		// steady: 10 overdue all along; 5 overdue then closed since, 5 overdue since
		// (15 then, 15 now)
		plant(10, steady, "HANDLING", "30 days", "30 days", "20 days", null);
		plant(5, steady, "CLOSED", "30 days", "30 days", "20 days", "2 days");
		plant(5, steady, "HANDLING", "9 days", "9 days", "2 days", null);

		JsonNode alerts = run();
		JsonNode rising = find(alerts, "OVERDUE_RISING", Long.toString(overdue));
		assertThat(rising.get("observed").asDouble()).isEqualTo(16);
		assertThat(rising.get("expected").asDouble()).isEqualTo(4);
		assertThat(rising.get("unitId").asLong()).isEqualTo(overdue);
		assertThat(rising.get("detail").asString()).isEqualTo("超期未办结 16 件，7天前 4 件（增加 12 件）");
		assertThat(keys(alerts, "BACKLOG_RISING")).doesNotContain(Long.toString(overdue));
		JsonNode growing = find(alerts, "BACKLOG_RISING", Long.toString(backlog));
		assertThat(growing.get("observed").asDouble()).isEqualTo(30);
		assertThat(growing.get("expected").asDouble()).isEqualTo(10);
		assertThat(keys(alerts, "OVERDUE_RISING")).doesNotContain(Long.toString(backlog), Long.toString(steady));
		assertThat(keys(alerts, "BACKLOG_RISING")).doesNotContain(Long.toString(steady));
		// the unit's handler sees its alert
		assertThat(keys(handler.get("/api/analytics/alerts").body().get("alerts"), "OVERDUE_RISING"))
			.containsExactly(Long.toString(overdue));
	}

	@Test
	void findsFallingSatisfactionOfAUnitAndACategoryOnlyWhenItIsClear() {
		long falling = plantedUnit();
		long small = plantedUnit();
		long noisy = plantedUnit();
		String fallingCategory = "SAT-" + UUID.randomUUID().toString().substring(0, 6);
		String smallCategory = "SAT-" + UUID.randomUUID().toString().substring(0, 6);
		// 54 of 60 satisfied in the four weeks before (90 %), 10 of 20 in the last week
		// (50 %): z = 3.87, p = 0.00005
		callbacks(falling, fallingCategory, 54, 6, 10, 10);
		// the same fall on 10 callbacks of the last week: too few
		callbacks(small, smallCategory, 54, 6, 5, 5);
		// 15 of 20 (75 %) against 90 %: 15 points, but p = 0.046
		callbacks(noisy, smallCategory, 54, 6, 15, 5);

		JsonNode alerts = run();
		JsonNode unit = find(alerts, "SATISFACTION_FALLING", Long.toString(falling));
		assertThat(unit.get("scope").asString()).isEqualTo("UNIT");
		assertThat(unit.get("observed").asDouble()).isEqualTo(50.0);
		assertThat(unit.get("expected").asDouble()).isEqualTo(90.0);
		assertThat(unit.get("detail").asString()).isEqualTo("最近7天回访满意率 50.0%（20 件），此前28天 90.0%（60 件），下降 40.0 个百分点");
		JsonNode category = find(alerts, "SATISFACTION_FALLING", fallingCategory);
		assertThat(category.get("scope").asString()).isEqualTo("CATEGORY");
		assertThat(category.get("observed").asDouble()).isEqualTo(50.0);
		assertThat(category.get("unitId").isNull()).isTrue();
		// the small category: 20 of 30 (66.7 %) against 108 of 120 (90 %): 23 points, p =
		// 0.0006 — its two units together make it clear
		JsonNode both = find(alerts, "SATISFACTION_FALLING", smallCategory);
		assertThat(both.get("observed").asDouble()).isEqualTo(66.7);
		assertThat(keys(alerts, "SATISFACTION_FALLING")).doesNotContain(Long.toString(small), Long.toString(noisy));
	}

	@Test
	void theZTestTellsAFallFromChance() {
		assertThat(Trends.fallSignificance(10, 20, 54, 60)).isLessThan(0.0001);
		assertThat(Trends.fallSignificance(15, 20, 54, 60)).isBetween(0.04, 0.05);
		assertThat(Trends.fallSignificance(20, 30, 108, 120)).isLessThan(0.01);
		assertThat(Trends.fallSignificance(20, 20, 60, 60)).isEqualTo(1.0);
		assertThat(Trends.fallSignificance(18, 20, 54, 60)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void findsOnePlaceComplainedAboutAgainAndAgainByDifferentCallersStreetByStreet() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String address = "幸福路" + tag + "号";
		String shipai = "440106006";
		String other = this.jdbc
			.sql("select min(code) from division where level = 4 and parent_code = '440106'"
					+ " and code <> '440106006'")
			.query(String.class)
			.single();
		String a = phone();
		String b = phone();
		String c = phone();
		Api agent = Api.as(this.port, "agent1");
		// three complaints from two callers, written three ways, and a request for help
		// there
		register(agent, "COMPLAINT", "幸福路 " + tag + " 号", shipai, a);
		register(agent, "COMPLAINT", address, shipai, a);
		long latest = register(agent, "COMPLAINT", " 幸福路" + tag + "号\u3000", shipai, b);
		register(agent, "HELP", address, shipai, c);
		// the same address in the next street: three complaints from one caller
		for (int i = 0; i < 3; i++) {
			register(agent, "COMPLAINT", address, other, c);
		}
		long unit = unit();
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + latest + "/dispatch", Map.of("unitIds", List.of(unit)))
			.status()).isEqualTo(200);
		String number = agent.get("/api/orders/" + latest).text("number");

		JsonNode alerts = run();
		List<JsonNode> places = new ArrayList<>();
		for (JsonNode alert : alerts) {
			if ("REPEAT_PLACE".equals(alert.get("kind").asString()) && alert.get("name").asString().contains(tag)) {
				places.add(alert);
			}
		}
		assertThat(places).hasSize(1);
		JsonNode place = places.get(0);
		assertThat(place.get("key").asString()).isEqualTo(HexFormat.of()
			.formatHex(
					MessageDigest.getInstance("MD5").digest((shipai + "|" + address).getBytes(StandardCharsets.UTF_8)))
			.substring(0, 16));
		assertThat(place.get("scope").asString()).isEqualTo("PLACE");
		assertThat(place.get("observed").asDouble()).isEqualTo(3);
		assertThat(place.get("unitId").asLong()).isEqualTo(unit);
		assertThat(place.get("detail").asString()).contains("30 天内被投诉 3 件（2 位来电人），最近一件 " + number)
			.contains("石牌街道")
			.doesNotContain(a, b);
		assertThat(keys(handler(unit).get("/api/analytics/alerts").body().get("alerts"), "REPEAT_PLACE"))
			.containsExactly(place.get("key").asString());
	}

	private JsonNode run() {
		Api supervisor = Api.as(this.port, "supervisor1");
		assertThat(supervisor.post("/api/analytics/monitor", Map.of()).status()).isEqualTo(200);
		return supervisor.get("/api/analytics/alerts").body().get("alerts");
	}

	/**
	 * Planted facts of a unit: created, dispatched, due and closed this long ago (a
	 * negative interval: ahead).
	 */
	private void plant(int count, long unit, String status, String created, String dispatched, String deadline,
			String closed) {
		this.jdbc
			.sql("""
					insert into order_fact (order_id, version, created_at, channel, type, unit_id, status, dispatched_at,
					    deadline, closed_at, dispatch_count, return_count, reopen_count)
					select -nextval('work_order_number_seq') - 1000000000, 0, now() - cast(? as interval), 'PHONE', 'HELP', ?,
					    ?, now() - cast(? as interval), now() - cast(? as interval), now() - cast(? as interval), 1, 0, 0
					from generate_series(1, ?)""")
			.params(created, unit, status, dispatched, deadline, closed, count)
			.update();
	}

	/**
	 * Planted callbacks of a unit and category: satisfied and not in the four weeks
	 * before the last, then in the last week; one of each three satisfied ones basically
	 * so.
	 */
	private void callbacks(long unit, String category, int satisfiedBefore, int dissatisfiedBefore, int satisfiedRecent,
			int dissatisfiedRecent) {
		callbacks(unit, category, satisfiedBefore, dissatisfiedBefore, "8 days", 27);
		callbacks(unit, category, satisfiedRecent, dissatisfiedRecent, "1 hour", 6);
	}

	private void callbacks(long unit, String category, int satisfied, int dissatisfied, String from, int days) {
		this.jdbc.sql("""
				insert into order_fact (order_id, version, created_at, channel, type, category_code, unit_id, status,
				    replied_at, closed_at, satisfaction, resolved, dispatch_count, return_count, reopen_count)
				select -nextval('work_order_number_seq') - 1000000000, 0, r - interval '5 days', 'PHONE', 'HELP', ?, ?,
				    case when g <= ? then 'CLOSED' else 'REOPENED' end, r,
				    case when g <= ? then r + interval '2 hours' end,
				    case when g > ? then 'DISSATISFIED' when g % 3 = 0 then 'BASICALLY_SATISFIED' else 'SATISFIED' end,
				    g <= ?, 1, 0, 0
				from generate_series(1, ?) as g,
				    lateral (select now() - cast(? as interval) - ((g % ?) || ' days')::interval as r) as t""")
			.params(category, unit, satisfied, satisfied, satisfied, satisfied, satisfied + dissatisfied, from, days)
			.update();
	}

	private long register(Api agent, String type, String address, String street, String phone) {
		Map<String, Object> order = new HashMap<>(Map.of("channel", "PHONE", "type", type, "content", "楼下夜间施工噪音扰民",
				"address", address, "location", Map.of("streetCode", street), "caller", Map.of("phone", phone)));
		Api.Response registered = agent.post("/api/orders", order);
		assertThat(registered.status()).isEqualTo(201);
		return registered.id();
	}

	private long unit() {
		long centre = Api.as(this.port, "admin").get("/api/units").body().get(0).get("id").asLong();
		String code = "TREND-" + UUID.randomUUID().toString().substring(0, 6);
		return Api.as(this.port, "admin")
			.post("/api/units", Map.of("code", code, "name", "趋势测试科" + code, "type", "DEPARTMENT", "parentId", centre))
			.id();
	}

	private static long plantedUnit() {
		return -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) - 1;
	}

	private Api handler(long unit) {
		String user = "trend-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles, unit_id)
				values (?, '{noop}secret', ?, cast('{HANDLER}' as varchar(24)[]), ?)""")
			.params(user, user, unit)
			.update();
		return Api.as(this.port, user, "secret");
	}

	private static String phone() {
		return "1391234" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode() % 10_000));
	}

	private static List<String> keys(JsonNode alerts, String kind) {
		List<String> keys = new ArrayList<>();
		for (JsonNode alert : alerts) {
			if (kind.equals(alert.get("kind").asString())) {
				keys.add(alert.get("key").asString());
			}
		}
		return keys;
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
