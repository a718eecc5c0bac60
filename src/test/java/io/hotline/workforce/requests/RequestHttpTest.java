package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Requests over HTTP against a small published roster written by hand (6 agents, the
 * first week of a month): leave approved and re-solved with the rest pinned, swaps
 * accepted by the partner and refused when they break the 11 hours' rest, overtime,
 * rejection, cancellation, who may do what, and each wrong input refused with nothing
 * stored.
 */
@HotlineTest
class RequestHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leaveApprovedFreesTheDaysAndKeepsTheRestPinned() {
		Crew crew = crew(YearMonth.of(2034, 3));
		Api agent = crew.api(1);
		Response asked = agent.post("/api/workforce/requests",
				Map.of("kind", "LEAVE", "from", crew.day(2), "to", crew.day(3), "leaveKind", "年假", "reason", "回老家"));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.text("status")).isEqualTo("PENDING");
		Set<String> before = crew.assignments(crew.rosterId);

		Api teamLeader = crew.leader();
		Api otherLeader = Api.withRole(Role.SUPERVISOR, this.port, this.jdbc);
		assertThat(otherLeader.post("/api/workforce/requests/" + asked.id() + "/approve", Map.of()).status())
			.as("a team leader of no group of the agent's")
			.isEqualTo(403);
		assertThat(otherLeader.get("/api/workforce/requests/" + asked.id()).status()).isEqualTo(403);
		assertThat(otherLeader.get("/api/workforce/requests?scope=decide").body().toString())
			.doesNotContain(crew.agents.get(1));
		assertThat(teamLeader.get("/api/workforce/requests?scope=decide").body().toString())
			.contains(crew.agents.get(1));
		assertThat(teamLeader.get("/api/workforce/requests/" + asked.id()).status()).isEqualTo(200);
		assertThat(teamLeader
			.put("/api/workforce/groups/" + crew.group + "/leaders", Map.of("leaders", List.of(crew.agents.get(0))))
			.status()).as("administrators name the leaders").isEqualTo(403);
		Response notALeader = Api.as(this.port, "admin")
			.put("/api/workforce/groups/" + crew.group + "/leaders", Map.of("leaders", List.of(crew.agents.get(0))));
		assertThat(notALeader.status()).isEqualTo(400);
		assertThat(notALeader.detail()).contains(crew.agents.get(0));
		assertThat(teamLeader.get("/api/workforce/groups").body().toString()).contains(crew.group);
		Response approved = teamLeader.post("/api/workforce/requests/" + asked.id() + "/approve",
				Map.of("comment", "同意"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("APPROVED");
		long version = approved.body().get("rosterId").asLong();
		assertThat(version).isNotEqualTo(crew.rosterId);
		Set<String> after = crew.assignments(version);
		Set<String> touched = Set.of(crew.day(2), crew.day(3));
		assertThat(after).noneMatch((a) -> a.startsWith(crew.agents.get(1) + " ") && touched.contains(day(a)));
		assertThat(outside(after, touched)).isEqualTo(outside(before, touched));
		for (String day : touched) {
			assertThat(after).as("cover of %s kept: %s", day, after)
				.anyMatch((a) -> day(a).equals(day) && a.endsWith(" D9") && !a.startsWith(crew.agents.get(1) + " "));
		}
		assertThat(this.jdbc.sql("select status from workforce_roster where id = ?")
			.param(crew.rosterId)
			.query(String.class)
			.single()).isEqualTo("SUPERSEDED");
		assertThat(crew.assignments(crew.rosterId)).isEqualTo(before);
		JsonNode mine = agent.get("/api/workforce/my-schedule?month=2034-03").body();
		List<String> days = new ArrayList<>();
		mine.forEach((shift) -> days.add(shift.get("day").asString()));
		assertThat(days).contains(crew.day(1), crew.day(4)).doesNotContain(crew.day(2), crew.day(3));
		assertThat(this.jdbc.sql("select count(*) from workforce_leave where username = ? and day between ? and ?")
			.params(crew.agents.get(1), LocalDate.parse(crew.day(2)), LocalDate.parse(crew.day(3)))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(audits("workforce-request:" + asked.id())).contains("workforce.request.create",
				"workforce.request.approve");
		assertThat(audits("roster:" + version)).contains("workforce.roster.change");
		assertThat(Api.as(this.port, "admin")
			.post("/api/workforce/requests/" + asked.id() + "/approve", Map.of())
			.status()).isEqualTo(409);
		Response overlapping = agent.post("/api/workforce/requests",
				Map.of("kind", "LEAVE", "from", crew.day(3), "to", crew.day(5), "leaveKind", "病假"));
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(overlapping.detail()).contains(String.valueOf(asked.id()));
	}

	@Test
	void swapsOvertimeRejectionAndCancellation() {
		Crew crew = crew(YearMonth.of(2034, 4));
		Api leader = Api.as(this.port, "admin");
		Response swap = crew.api(0)
			.post("/api/workforce/requests", Map.of("kind", "SWAP", "day", crew.day(1), "partner", crew.agents.get(2)));
		assertThat(swap.status()).isEqualTo(200);
		assertThat(swap.text("status")).isEqualTo("AWAITING_PARTNER");
		assertThat(swap.text("partnerShift")).isEqualTo("L15");
		assertThat(leader.post("/api/workforce/requests/" + swap.id() + "/approve", Map.of()).status()).isEqualTo(409);
		assertThat(crew.api(3).post("/api/workforce/requests/" + swap.id() + "/accept", Map.of()).status())
			.isEqualTo(403);
		assertThat(crew.api(2).get("/api/workforce/requests?status=AWAITING_PARTNER").body().toString())
			.contains(String.valueOf(swap.id()));
		assertThat(crew.api(2).post("/api/workforce/requests/" + swap.id() + "/accept", Map.of()).text("status"))
			.isEqualTo("PENDING");
		Response swapped = leader.post("/api/workforce/requests/" + swap.id() + "/approve", Map.of());
		assertThat(swapped.status()).isEqualTo(200);
		Set<String> after = crew.assignments(swapped.body().get("rosterId").asLong());
		assertThat(after).contains(crew.agents.get(0) + " " + crew.day(1) + " L15",
				crew.agents.get(2) + " " + crew.day(1) + " D9");

		// 2 works L15 on day 2 (until 23:00); E7 on day 3 would leave 8 hours' rest
		Response tooShort = crew.api(2)
			.post("/api/workforce/requests", Map.of("kind", "SWAP", "day", crew.day(3), "partner", crew.agents.get(4)));
		assertThat(crew.api(4).post("/api/workforce/requests/" + tooShort.id() + "/accept", Map.of()).status())
			.isEqualTo(200);
		long published = publishedId("2034-04-01");
		Response refused = leader.post("/api/workforce/requests/" + tooShort.id() + "/approve", Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).contains("11");
		assertThat(publishedId("2034-04-01")).isEqualTo(published);
		assertThat(leader.get("/api/workforce/requests/" + tooShort.id()).text("status")).isEqualTo("PENDING");

		Response overtime = crew.api(5)
			.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(4), "shift", "D9"));
		assertThat(overtime.status()).as(overtime.toString()).isEqualTo(200);
		assertThat(leader.post("/api/workforce/requests/" + overtime.id() + "/approve", Map.of()).status())
			.isEqualTo(200);
		assertThat(crew.api(5).get("/api/workforce/my-schedule?month=2034-04").body().toString()).contains(crew.day(4),
				"D9");
		Response early = crew.api(5)
			.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(6), "shift", "E7"));
		Response late = crew.api(5)
			.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(6), "shift", "L15"));
		assertThat(leader.post("/api/workforce/requests/" + early.id() + "/approve", Map.of()).status()).isEqualTo(200);
		Response stale = leader.post("/api/workforce/requests/" + late.id() + "/approve", Map.of());
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.detail()).contains(String.valueOf(late.id()));

		Response leave = crew.api(3)
			.post("/api/workforce/requests",
					Map.of("kind", "LEAVE", "from", crew.day(5), "to", crew.day(5), "leaveKind", "事假"));
		Response noComment = leader.post("/api/workforce/requests/" + leave.id() + "/reject", Map.of());
		assertThat(noComment.status()).isEqualTo(400);
		assertThat(noComment.detail()).contains("审批意见");
		Response rejected = leader.post("/api/workforce/requests/" + leave.id() + "/reject", Map.of("comment", "人手不足"));
		assertThat(rejected.text("status")).isEqualTo("REJECTED");
		assertThat(rejected.text("comment")).isEqualTo("人手不足");
		assertThat(leader.post("/api/workforce/requests/" + leave.id() + "/approve", Map.of()).status()).isEqualTo(409);
		assertThat(audits("workforce-request:" + leave.id())).contains("workforce.request.reject");

		Response again = crew.api(3)
			.post("/api/workforce/requests",
					Map.of("kind", "LEAVE", "from", crew.day(5), "to", crew.day(6), "leaveKind", "事假"));
		assertThat(crew.api(0).post("/api/workforce/requests/" + again.id() + "/cancel", Map.of()).status())
			.isEqualTo(403);
		assertThat(crew.api(3).post("/api/workforce/requests/" + again.id() + "/cancel", Map.of()).text("status"))
			.isEqualTo("CANCELLED");
		assertThat(crew.api(3).post("/api/workforce/requests/" + again.id() + "/cancel", Map.of()).status())
			.isEqualTo(409);
		assertThat(audits("workforce-request:" + again.id())).contains("workforce.request.cancel");

		// who sees and decides what
		Api other = crew.api(0);
		assertThat(other.post("/api/workforce/requests/" + leave.id() + "/approve", Map.of()).status()).isEqualTo(403);
		assertThat(other.get("/api/workforce/requests/" + leave.id()).status()).isEqualTo(403);
		assertThat(other.get("/api/workforce/requests?scope=decide").status()).isEqualTo(403);
		assertThat(other.get("/api/workforce/requests").body().toString()).doesNotContain(crew.agents.get(3));
		JsonNode toDecide = leader
			.get("/api/workforce/requests?scope=decide&kind=leave&from=2034-04-01&to=2034-04-30&sort=firstDay&dir=asc")
			.body();
		assertThat(toDecide.get("total").asLong()).isEqualTo(2);
		assertThat(toDecide.toString()).contains("REJECTED", "CANCELLED");
		Api.Download csv = leader.download("/api/workforce/requests/export?format=csv&scope=decide&from=2034-04-01");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("申请人", crew.agents.get(3), "人手不足");
	}

	/**
	 * Overtime on the 1st after the last 5 days of the previous month's published roster
	 * breaks the days in a row, on the 2nd the hours of the week that straddles the
	 * months: refused, nothing changed; on the 3rd (a new week) approved.
	 */
	@Test
	void overtimeCountsThePreviousMonthsLastDays() {
		// 1 September 2035 is a Saturday: Monday 27 to Friday 31 August are its week's
		Crew crew = crew(YearMonth.of(2035, 9));
		long august = this.jdbc.sql("""
				insert into workforce_roster (month, status, created_by, published_by, published_at, score,
				                              hard_violations, hours_under, hours_over)
				values (date '2035-08-01', 'PUBLISHED', 'admin', 'admin', now(), '0hard/0medium/0soft', 0, 0, 0)
				returning id""").query(Long.class).single();
		for (int day = 27; day <= 31; day++) {
			this.jdbc
				.sql("insert into workforce_assignment (roster_id, username, day, shift_code) values (?, ?, ?, 'E7')")
				.params(august, crew.agents.get(5), YearMonth.of(2035, 8).atDay(day))
				.update();
		}
		Api admin = Api.as(this.port, "admin");
		long published = publishedId("2035-09-01");
		Map<Integer, Response> decided = new java.util.TreeMap<>();
		for (int day = 1; day <= 3; day++) {
			Response overtime = crew.api(5)
				.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(day), "shift", "D9"));
			assertThat(overtime.status()).as(overtime.toString()).isEqualTo(200);
			decided.put(day, admin.post("/api/workforce/requests/" + overtime.id() + "/approve", Map.of()));
		}
		assertThat(decided.get(1).status()).isEqualTo(409);
		assertThat(decided.get(1).detail()).contains("连续工作不超过 5 天");
		assertThat(decided.get(2).status()).isEqualTo(409);
		assertThat(decided.get(2).detail()).contains("每周工时上限");
		assertThat(decided.get(3).status()).isEqualTo(200);
		assertThat(publishedId("2035-09-01")).isNotEqualTo(published);
	}

	@Test
	void wrongInputIsRefusedNamingTheFieldAndNothingIsStored() {
		Crew crew = crew(YearMonth.of(2034, 5));
		Api agent = crew.api(0);
		long stored = requestsOf(crew.agents.get(0));
		assertProblem(agent.post("/api/workforce/requests", Map.of("kind", "HOLIDAY")), "HOLIDAY");
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "LEAVE", "from", crew.day(5), "to", crew.day(3), "leaveKind", "年假")), "早于");
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "LEAVE", "from", "2020-01-06", "to", "2020-01-07", "leaveKind", "年假")), "已经过去");
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "LEAVE", "from", "2034-05-0x", "to", crew.day(3), "leaveKind", "年假")), "开始日期");
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "LEAVE", "from", crew.day(3), "to", crew.day(3), "leaveKind", "旅游假")), "旅游假");
		assertProblem(agent.post("/api/workforce/requests", Map.of("kind", "LEAVE", "from", crew.day(3))), "结束日期");
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "SWAP", "day", crew.day(1), "partner", crew.agents.get(0))), "自己");
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "SWAP", "day", crew.day(2), "partner", crew.agents.get(2))), crew.day(2));
		assertProblem(agent.post("/api/workforce/requests",
				Map.of("kind", "SWAP", "day", crew.day(1), "partner", crew.agents.get(5))), crew.agents.get(5));
		assertProblem(
				agent.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(1), "shift", "D9")),
				"D9");
		assertProblem(
				agent.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(2), "shift", "X1")),
				"X1");
		assertProblem(
				agent.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", "2034-06-02", "shift", "D9")),
				"2034-06");
		assertProblem(agent.post("/api/workforce/requests", Map.of("kind", "OVERTIME", "day", crew.day(2))), "班次");
		assertThat(requestsOf(crew.agents.get(0))).isEqualTo(stored);
		Response english = agent.inLanguage("en")
			.post("/api/workforce/requests", Map.of("kind", "LEAVE", "from", crew.day(3), "leaveKind", "年假"));
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.detail()).contains("last day");
		assertThat(Api.as(this.port, "admin").get("/api/workforce/requests?scope=decide&status=MAYBE").status())
			.isEqualTo(400);
	}

	private static void assertProblem(Response response, String named) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.detail()).contains(named);
	}

	private long requestsOf(String agent) {
		return this.jdbc.sql("select count(*) from workforce_request where requester = ?")
			.param(agent)
			.query(Long.class)
			.single();
	}

	private long publishedId(String month) {
		return this.jdbc.sql("select id from workforce_roster where month = cast(? as date) and status = 'PUBLISHED'")
			.param(month)
			.query(Long.class)
			.single();
	}

	private List<String> audits(String target) {
		return this.jdbc.sql("select action from audit_log where target = ?").param(target).query(String.class).list();
	}

	private static String day(String assignment) {
		return assignment.split(" ")[1];
	}

	private static Set<String> outside(Set<String> assignments, Set<String> days) {
		Set<String> kept = new HashSet<>(assignments);
		kept.removeIf((a) -> days.contains(day(a)));
		return kept;
	}

	/**
	 * Six agents and a published roster of the month's first week: 0 D9 on days 1, 3–6; 1
	 * D9 on days 1–5; 2 and 3 L15 on days 1–5; 4 E7 on days 3–7; 5 free.
	 */
	private Crew crew(YearMonth month) {
		List<String> agents = new ArrayList<>();
		String group = "team-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 6; i++) {
			String username = "req-" + UUID.randomUUID().toString().substring(0, 8);
			this.jdbc.sql("""
					insert into app_user (username, password_hash, display_name, roles)
					values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""")
				.params(username, username)
				.update();
			this.jdbc.sql("insert into workforce_profile (username, group_name, skills) values (?, ?, '{普通话}')")
				.params(username, group)
				.update();
			agents.add(username);
		}
		long id = this.jdbc.sql("""
				insert into workforce_roster (month, status, created_by, published_by, published_at, score,
				                              hard_violations, hours_under, hours_over)
				values (?, 'PUBLISHED', 'admin', 'admin', now(), '0hard/0medium/0soft', 0, 0, 0) returning id""")
			.param(month.atDay(1))
			.query(Long.class)
			.single();
		int[][] days = { { 1, 3, 4, 5, 6 }, { 1, 2, 3, 4, 5 }, { 1, 2, 3, 4, 5 }, { 1, 2, 3, 4, 5 }, { 3, 4, 5, 6, 7 },
				{} };
		String[] shifts = { "D9", "D9", "L15", "L15", "E7", null };
		for (int agent = 0; agent < 6; agent++) {
			for (int day : days[agent]) {
				this.jdbc
					.sql("insert into workforce_assignment (roster_id, username, day, shift_code) values (?, ?, ?, ?)")
					.params(id, agents.get(agent), month.atDay(day), shifts[agent])
					.update();
			}
		}
		return new Crew(month, group, agents, id);
	}

	private final class Crew {

		final YearMonth month;

		final String group;

		final List<String> agents;

		final long rosterId;

		Crew(YearMonth month, String group, List<String> agents, long rosterId) {
			this.month = month;
			this.group = group;
			this.agents = agents;
			this.rosterId = rosterId;
		}

		String day(int day) {
			return this.month.atDay(day).toString();
		}

		/**
		 * A new team leader, named (by an administrator) the leader of the crew's group.
		 */
		Api leader() {
			String name = "lead-" + UUID.randomUUID().toString().substring(0, 8);
			RequestHttpTest.this.jdbc.sql("""
					insert into app_user (username, password_hash, display_name, roles)
					values (?, '{noop}secret', ?, cast('{SUPERVISOR}' as varchar(24)[]))""")
				.params(name, name)
				.update();
			Api leader = Api.as(RequestHttpTest.this.port, name, "secret");
			Response named = Api.as(RequestHttpTest.this.port, "admin")
				.put("/api/workforce/groups/" + this.group + "/leaders", Map.of("leaders", List.of(name)));
			assertThat(named.status()).as(String.valueOf(named.body())).isEqualTo(200);
			return leader;
		}

		Api api(int agent) {
			return Api.as(RequestHttpTest.this.port, this.agents.get(agent), "secret");
		}

		/** "agent day shift" of each assignment of the roster version. */
		Set<String> assignments(long roster) {
			return new HashSet<>(RequestHttpTest.this.jdbc
				.sql("select username || ' ' || day || ' ' || shift_code from workforce_assignment where roster_id = ?")
				.param(roster)
				.query(String.class)
				.list());
		}

	}

}
