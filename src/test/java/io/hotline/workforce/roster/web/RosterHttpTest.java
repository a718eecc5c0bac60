package io.hotline.workforce.roster.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Rosters over HTTP: a team leader solves a month from the demand, publishes it, and each
 * agent reads only their own shifts; agents may not solve; bad input is refused naming
 * the problem; staffing for a day; all audited.
 */
@HotlineTest
class RosterHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void solvePublishAndReadOwnSchedule() {
		String month = "2031-02";
		List<String> agents = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			agents.add(agent());
		}
		this.jdbc.sql("insert into workforce_leave (username, day, approved_by) values (?, date '2031-02-10', 'admin')")
			.param(agents.get(0))
			.update();
		Api leader = Api.as(this.port, "admin");
		Api first = Api.as(this.port, agents.get(0), "secret");
		assertThat(first.post("/api/workforce/rosters", body(month)).status()).isEqualTo(403);
		Response badMonth = leader.post("/api/workforce/rosters", body("2031-13"));
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.detail()).contains("2031-13");

		Response solved = RosterSolving.solved(leader, body(month));
		assertThat(solved.status()).isEqualTo(200);
		assertThat(solved.text("status")).isEqualTo("DRAFT");
		assertThat(solved.body().get("hardViolations").asLong()).isZero();
		long id = solved.id();
		List<JsonNode> firstShifts = new ArrayList<>();
		solved.body().get("assignments").forEach((a) -> {
			if (a.get("agent").asString().equals(agents.get(0))) {
				firstShifts.add(a);
			}
		});
		assertThat(firstShifts).isNotEmpty()
			.noneSatisfy((a) -> assertThat(a.get("day").asString()).isEqualTo("2031-02-10"));
		assertThat(first.get("/api/workforce/my-schedule?month=" + month).body().size()).isZero();

		assertThat(leader.post("/api/workforce/rosters/" + id + "/publish", Map.of()).text("status"))
			.isEqualTo("PUBLISHED");
		assertThat(leader.post("/api/workforce/rosters/" + id + "/publish", Map.of()).status()).isEqualTo(409);
		JsonNode mine = first.get("/api/workforce/my-schedule?month=" + month).body();
		assertThat(mine.size()).isEqualTo(firstShifts.size());
		mine.forEach((shift) -> assertThat(shift.has("agent")).isFalse());
		assertThat(first.get("/api/workforce/rosters/" + id).status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from audit_log where target = ? and action like 'workforce.roster.%'")
			.param("roster:" + id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSolveRunsInTheBackgroundOneAtATimeForAMonth() {
		String month = "2033-0" + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9));
		String agent = agent();
		Api leader = Api.as(this.port, "admin");
		Map<String, Object> body = new java.util.HashMap<>(body("2031-02"));
		body.put("month", month);
		body.put("demand", List.of(Map.of("start", month + "-03T09:00:00", "required", 1)));
		body.put("seconds", 5);
		Response started = leader.post("/api/workforce/rosters", body);
		assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
		assertThat(started.text("state")).isIn("QUEUED", "RUNNING");
		assertThat(started.text("month")).isEqualTo(month);
		Response again = leader.post("/api/workforce/rosters", body);
		assertThat(again.status()).as("one solve at a time for a month").isEqualTo(409);
		assertThat(again.detail()).contains(month).contains("正在求解");
		assertThat(leader.inLanguage("en").post("/api/workforce/rosters", body).detail()).contains("is being solved");
		Response running = leader.get("/api/workforce/roster-solves/" + started.id());
		assertThat(running.text("state")).isIn("QUEUED", "RUNNING", "SOLVED");
		assertThat(running.body().get("progress").asDouble()).isBetween(0.0, 1.0);
		assertThat(Api.as(this.port, agent, "secret").get("/api/workforce/roster-solves/" + started.id()).status())
			.isEqualTo(403);

		Response ended = RosterSolving.ended(leader, started.id());
		assertThat(ended.text("state")).as(ended.body().toString()).isEqualTo("SOLVED");
		assertThat(ended.body().get("progress").asDouble()).isEqualTo(1.0);
		assertThat(ended.text("score")).isNotBlank();
		assertThat(ended.body().get("hardViolations").asLong()).isZero();
		long roster = ended.body().get("rosterId").asLong();
		assertThat(leader.get("/api/workforce/rosters?month=" + month).id()).isEqualTo(roster);
		assertThat(leader.get("/api/workforce/roster-solves?month=" + month).id()).isEqualTo(started.id());
		Response next = leader.post("/api/workforce/rosters", body);
		assertThat(next.status()).as("the month is free again once solved").isEqualTo(202);
		RosterSolving.ended(leader, next.id());
		assertThat(leader.get("/api/workforce/roster-solves/999999999").status()).isEqualTo(404);
		assertThat(leader.post("/api/workforce/rosters", Map.of("month", month, "demandFrom", "guess")).status())
			.isEqualTo(400);
	}

	/**
	 * The demand of the month from the contact forecast of the weeks of calls before
	 * today.
	 */
	@Test
	void aSolveTakesItsDemandFromTheContactForecast() {
		agent();
		Api phone = Api.withRole(io.hotline.org.Role.PHONE_SYSTEM, this.port, this.jdbc);
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		for (int day = 1; day <= 21; day++) {
			io.hotline.workforce.PhoneSystemCalls.answered(phone, today.minusDays(day).atTime(10, 5),
					"roster-forecast");
		}
		String month = "2034-0" + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9));
		Api leader = Api.as(this.port, "admin");
		Response started = leader.post("/api/workforce/rosters",
				Map.of("month", month, "seconds", 2, "demandFrom", "forecast"));
		assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
		assertThat(started.text("demandFrom")).isEqualTo("FORECAST");
		Response ended = RosterSolving.ended(leader, started.id());
		assertThat(ended.text("state")).as(ended.body().toString()).isEqualTo("SOLVED");
		Response roster = leader.get("/api/workforce/rosters/" + ended.body().get("rosterId").asLong());
		assertThat(roster.body().get("assignments").size()).as("the forecast wants agents at 10:00 every day")
			.isPositive();
	}

	@Test
	void staffingForADay() {
		Map<String, Object> body = Map.of("intervalMinutes", 30, "handlingSeconds", 180, "percent", 80, "targetSeconds",
				20, "method", "ERLANG_C", "intervals", List.of(Map.of("start", "2031-02-03T09:00:00", "calls", 105),
						Map.of("start", "2031-02-03T09:30:00", "calls", 0)));
		Response staffing = Api.as(this.port, "admin").post("/api/workforce/staffing", body);
		assertThat(staffing.status()).isEqualTo(200);
		JsonNode busy = staffing.body().get(0);
		// 10.5 Erlangs: 13 agents answer 72 % within 20 s, so 80/20 needs more
		assertThat(busy.get("agents").asInt()).isGreaterThan(13);
		assertThat(busy.get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(0.8);
		assertThat(staffing.body().get(1).get("agents").asInt()).isZero();
		Response noPatience = Api.as(this.port, "admin")
			.post("/api/workforce/staffing", Map.of("handlingSeconds", 180, "method", "ERLANG_A", "intervals",
					List.of(Map.of("start", "2031-02-03T09:00:00", "calls", 105))));
		assertThat(noPatience.status()).isEqualTo(400);
		assertThat(Api.as(this.port, agent(), "secret").post("/api/workforce/staffing", body).status()).isEqualTo(403);
	}

	@Test
	void profilesKeptByTeamLeaders() {
		String agent = agent();
		Api leader = Api.as(this.port, "admin");
		Response kept = leader.put("/api/workforce/profiles/" + agent, Map.of("group", "二组", "skills",
				List.of("普通话", "粤语"), "avoidedDays", List.of("sunday"), "avoidedKinds", List.of("NIGHT")));
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.body().get("avoidedDays").get(0).asString()).isEqualTo("SUNDAY");
		assertThat(leader.get("/api/workforce/profiles").body().toString()).contains(agent, "粤语", "二组");
		Response badDay = leader.put("/api/workforce/profiles/" + agent,
				Map.of("group", "二组", "avoidedDays", List.of("周八")));
		assertThat(badDay.status()).isEqualTo(400);
		assertThat(badDay.detail()).contains("周八");
		assertThat(leader.put("/api/workforce/profiles/nobody-" + agent, Map.of("group", "一组")).status())
			.isEqualTo(404);
		assertThat(Api.as(this.port, agent, "secret")
			.put("/api/workforce/profiles/" + agent, Map.of("group", "一组"))
			.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from audit_log where target = ? and action = 'workforce.profile'")
			.param("user:" + agent)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * The previous month's published last days bind the new month's first: an agent who
	 * worked its last 5 days is off on the 1st, one whose night shift ends at 07:00 on
	 * the 1st works no day shift then, however many agents the 1st wants.
	 */
	@Test
	void thePreviousMonthsPublishedLastDaysBindTheFirst() {
		YearMonth month = YearMonth.of(2036, 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8));
		YearMonth before = month.minusMonths(1);
		String fiveDays = agent();
		String night = agent();
		long published = this.jdbc.sql("""
				insert into workforce_roster (month, status, created_by, published_by, published_at, score,
				                              hard_violations, hours_under, hours_over)
				values (?, 'PUBLISHED', 'admin', 'admin', now(), '0hard/0medium/0soft', 0, 0, 0) returning id""")
			.param(before.atDay(1))
			.query(Long.class)
			.single();
		for (int day = 0; day < 5; day++) {
			assign(published, fiveDays, before.atEndOfMonth().minusDays(day), "E7");
		}
		assign(published, night, before.atEndOfMonth(), "N23");
		List<Map<String, Object>> demand = new ArrayList<>();
		for (int slot = 0; slot < 48; slot++) {
			demand.add(
					Map.of("start", month.atDay(1).atStartOfDay().plusMinutes(30L * slot).toString(), "required", 500));
		}
		Response solved = RosterSolving.solved(Api.as(this.port, "admin"),
				Map.of("month", month.toString(), "seconds", 2, "demand", demand));
		assertThat(solved.body().get("hardViolations").asLong()).isZero();
		Map<String, String> first = new java.util.HashMap<>();
		solved.body().get("assignments").forEach((a) -> {
			if (a.get("day").asString().equals(month.atDay(1).toString())) {
				first.put(a.get("agent").asString(), a.get("shift").asString());
			}
		});
		assertThat(first).as("the 1st wants everyone").hasSizeGreaterThan(2);
		assertThat(first).doesNotContainKey(fiveDays);
		assertThat(first.getOrDefault(night, "N23")).isEqualTo("N23");
	}

	private void assign(long roster, String agent, LocalDate day, String shift) {
		this.jdbc.sql("insert into workforce_assignment (roster_id, username, day, shift_code) values (?, ?, ?, ?)")
			.params(roster, agent, day, shift)
			.update();
	}

	private String agent() {
		String username = "wfm-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""").params(username, username).update();
		Response profile = Api.as(this.port, "admin")
			.put("/api/workforce/profiles/" + username, Map.of("group", "一组", "skills", List.of("普通话")));
		assertThat(profile.status()).isEqualTo(200);
		return username;
	}

	/** Two agents wanted 07:00–23:00 every day of February 2031. */
	private static Map<String, Object> body(String month) {
		List<Map<String, Object>> demand = new ArrayList<>();
		LocalDateTime start = LocalDateTime.of(2031, 2, 1, 7, 0);
		for (int day = 0; day < 28; day++) {
			for (int slot = 0; slot < 32; slot++) {
				demand.add(Map.of("start", start.plusDays(day).plusMinutes(30L * slot).toString(), "required", 2));
			}
		}
		return Map.of("month", month, "seconds", 2, "demand", demand);
	}

}
