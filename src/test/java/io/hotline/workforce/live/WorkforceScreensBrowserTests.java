package io.hotline.workforce.live;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.workforce.roster.web.RosterSolving;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 排班表 and 话务预测 in headless Chromium: a team leader opens a solved draft roster, sees the
 * agents' shifts and publishes it, then the day's forecast against the actual calls; an
 * agent's leave request and its approval by their team leader; in Chinese and in English.
 */
@HotlineTest
class WorkforceScreensBrowserTests extends BrowserTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRosterGridAndTheForecastInBothLanguages() throws Exception {
		String month = (2040 + ThreadLocalRandom.current().nextInt(50)) + "-02";
		agent();
		Api.Response roster = RosterSolving.solved(Api.as(this.port, "admin"), demand(month));
		Response solved = new Response(roster);
		assertThat(solved.status).as(solved.body).isEqualTo(200);
		// the agents of other tests share the month: the grid's rows are the agents given
		// a
		// shift, which need not be this test's own
		assertThat(roster.body().get("assignments").size()).isPositive();
		String rostered = roster.body().get("assignments").get(0).get("agent").asString();
		LocalDate day = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1500));
		String queue = "fb-" + UUID.randomUUID().toString().substring(0, 8);
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		for (int week = 0; week <= 3; week++) {
			for (int i = 0; i < 3; i++) {
				LocalDateTime at = day.minusWeeks(week).atTime(9, i);
				Map<String, Object> event = new HashMap<>(
						Map.of("callId", "pbx-" + UUID.randomUUID(), "event", "QUEUED", "queue", queue, "callee",
								"12345", "at", at.atZone(BEIJING).toOffsetDateTime().toString()));
				assertThat(phone.post("/api/cti/events", event).status()).isEqualTo(200);
			}
		}

		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-roster");
		b.go("/workforce/roster?month=" + month);
		b.waitForCss(Browser.css("roster-page") + "[data-state='ready']");
		assertThat(b.waitFor("roster-status-DRAFT").getText()).isEqualTo("草稿");
		assertThat(b.waitFor("roster-row-" + rostered).getText()).startsWith(rostered);
		b.click("roster-publish");
		assertThat(b.waitFor("roster-status-PUBLISHED").getText()).isEqualTo("已发布");

		b.go("/workforce/forecast?date=" + day + "&queue=" + queue);
		b.waitForCss(Browser.css("forecast-page") + "[data-state='ready']");
		assertThat(b.waitFor("forecast-summary").getText()).contains("实际 3 通");
		assertThat(b.isPresent("forecast-chart")).isTrue();
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='EN']");
		b.waitForXpath("//h2[normalize-space(.)='Contact forecast and staffing']");
		b.click("forecast-load");
		b.waitForXpath("//*[@data-test='forecast-summary'][contains(., 'actual 3')]");
		b.go("/workforce/roster?month=" + month);
		assertThat(b.waitFor("roster-status-PUBLISHED").getText()).isEqualTo("Published");
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='中文']");
		b.waitForXpath("//h2[normalize-space(.)='排班表']");
		b.signOut();
	}

	/**
	 * An agent asks for leave on their schedule screen (in Chinese); their team leader,
	 * in English, sees it among their groups' requests only (not another group's) and
	 * approves it with a note; the agent sees it approved.
	 */
	@Test
	void anAgentAsksForLeaveAndTheirTeamLeaderApprovesIt() throws Exception {
		String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
		String agent = user("AGENT", "wfa-");
		String leader = user("SUPERVISOR", "wfl-");
		Api admin = Api.as(this.port, "admin");
		assertThat(admin.put("/api/workforce/profiles/" + agent, Map.of("group", team)).status()).isEqualTo(200);
		assertThat(admin.put("/api/workforce/groups/" + team + "/leaders", Map.of("leaders", List.of(leader))).status())
			.isEqualTo(200);
		String month = (2045 + ThreadLocalRandom.current().nextInt(40)) + "-05";
		String stranger = user("AGENT", "wfx-");
		assertThat(admin.put("/api/workforce/profiles/" + stranger, Map.of("group", team + "-other")).status())
			.isEqualTo(200);
		long otherGroups = Api.as(this.port, stranger, "demo")
			.post("/api/workforce/requests",
					Map.of("kind", "LEAVE", "from", month + "-20", "to", month + "-20", "leaveKind", "事假"))
			.id();

		Browser b = browser();
		b.signIn(agent);
		b.click("nav-my-schedule");
		b.waitForCss(Browser.css("my-requests") + "[data-state='ready']");
		b.type("request-from", month + "-10");
		b.type("request-to", month + "-11");
		b.type("request-reason", "回老家");
		b.click("request-submit");
		assertThat(b.waitFor("request-done").getText()).contains("等待审批");
		long id = Api.as(this.port, agent, "demo")
			.get("/api/workforce/requests")
			.body()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		assertThat(b.waitFor("request-status-" + id).getText()).isEqualTo("待审批");
		b.signOut();

		b.signIn(leader);
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='EN']");
		b.click("nav-request-review");
		b.waitForXpath("//h2[normalize-space(.)='Requests to decide']");
		b.waitForCss(Browser.css("request-review") + "[data-state='ready']");
		assertThat(b.waitFor("review-status-" + id).getText()).isEqualTo("Pending");
		assertThat(b.isPresent("review-status-" + otherGroups)).as("another group's request").isFalse();
		b.click("review-approve-" + id);
		b.type("review-comment", "OK, enjoy");
		b.click("review-confirm");
		b.waitForNoDialog();
		Api.Response decided = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> Api.as(this.port, agent, "demo").get("/api/workforce/requests/" + id),
					(r) -> "APPROVED".equals(r.text("status")));
		assertThat(decided.text("decidedBy")).isEqualTo(leader);
		assertThat(decided.text("comment")).isEqualTo("OK, enjoy");
		b.signOut();

		b.signIn(agent);
		b.click("nav-my-schedule");
		assertThat(b.waitForCss(Browser.css("request-status-" + id) + "[data-status='APPROVED']").getText())
			.isEqualTo("Approved");
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='中文']");
		b.waitForXpath("//h3[normalize-space(.)='我的申请']");
		assertThat(b.waitFor("request-status-" + id).getText()).isEqualTo("已批准");
		b.signOut();
	}

	private String user(String role, String prefix) {
		String username = prefix + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}demo', ?, cast(? as varchar(24)[]))""")
			.params(username, username, "{" + role + "}")
			.update();
		return username;
	}

	private String agent() {
		String username = "wfs-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""").params(username, username).update();
		assertThat(Api.as(this.port, "admin")
			.put("/api/workforce/profiles/" + username, Map.of("group", "一组", "skills", List.of("普通话")))
			.status()).isEqualTo(200);
		return username;
	}

	/** Two agents wanted 08:00–20:00 every day of the month. */
	private static Map<String, Object> demand(String month) {
		List<Map<String, Object>> demand = new ArrayList<>();
		LocalDateTime start = LocalDate.parse(month + "-01").atTime(8, 0);
		for (int day = 0; day < 28; day++) {
			for (int slot = 0; slot < 24; slot++) {
				demand.add(Map.of("start", start.plusDays(day).plusMinutes(30L * slot).toString(), "required", 2));
			}
		}
		return Map.of("month", month, "seconds", 2, "demand", demand);
	}

	private record Response(int status, String body) {

		Response(Api.Response response) {
			this(response.status(), String.valueOf(response.body()));
		}

	}

}
