package io.hotline.cti;

import java.time.Instant;
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
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls queued, answered in time and late, abandoned (short and not), after-call work and
 * agents' states, as the phone system reports them: the figures per interval, the calls
 * behind them, the export, idempotent repeats, the agents' own states only, and 400s.
 */
@HotlineTest
class CallFiguresHttpTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ContactHistory history;

	/** A day of its own (the agents' occupancy counts all agents of a day). */
	private final LocalDate day = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1500));

	private final String queue = "q-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void figuresPerIntervalAndTheCallsBehindThem() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		Api supervisor = Api.as(this.port, "supervisor1");
		String a = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		String b = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		String c1 = call();
		String c2 = call();
		String c3 = call();
		String c4 = call();
		String c5 = call();
		String other = call();
		// 09:00–09:15: in time (10 s, talk 180 s, after-call work 60 s), late (40 s, 120
		// + 30 s), abandoned after
		// 30 s, abandoned after 3 s (short)
		ok(phone, event(c1, "QUEUED", "09:00:00", null, "13800138001"));
		ok(phone, event(c1, "RINGING", "09:00:05", a, null));
		ok(phone, event(c1, "ANSWERED", "09:00:10", a, null));
		ok(phone, event(c1, "HUNG_UP", "09:03:10", null, null));
		ok(phone, event(c1, "WRAP_UP", "09:03:10", null, null));
		ok(phone, event(c1, "WRAP_UP_ENDED", "09:04:10", null, null));
		ok(phone, event(c2, "QUEUED", "09:05:00", null, "13800138002"));
		ok(phone, event(c2, "ANSWERED", "09:05:40", b, null));
		ok(phone, event(c2, "HUNG_UP", "09:07:40", null, null));
		ok(phone, event(c2, "WRAP_UP_ENDED", "09:08:10", null, null));
		ok(phone, event(c3, "QUEUED", "09:10:00", null, "13800138003"));
		Response abandoned = phone.post("/api/cti/events", event(c3, "ABANDONED", "09:10:30", null, null));
		assertThat(abandoned.status()).isEqualTo(200);
		assertThat(abandoned.text("status")).isEqualTo("ENDED");
		assertThat(abandoned.text("abandonedAt")).isNotNull();
		ok(phone, event(c4, "QUEUED", "09:12:00", null, "13800138004"));
		ok(phone, event(c4, "ABANDONED", "09:12:03", null, null));
		// 09:15–09:30: offered at 09:29:50, answered 15 s later (within the target),
		// after the interval's end
		ok(phone, event(c5, "QUEUED", "09:29:50", null, "13800138005"));
		ok(phone, event(c5, "ANSWERED", "09:30:05", a, null));
		ok(phone, event(c5, "HUNG_UP", "09:31:05", null, null));
		Map<String, Object> elsewhere = event(other, "QUEUED", "09:01:00", null, "13800138006");
		elsewhere.put("queue", this.queue + "-other");
		ok(phone, elsewhere);
		// agent a: signed in 08:55, on c1 and its after-call work 09:00:10–09:04:10, a
		// break 09:10–09:20, out 09:30
		state(phone, a, "SIGNED_IN", "08:55:00", null);
		state(phone, a, "READY", "08:58:00", null);
		state(phone, a, "ON_CALL", "09:00:10", null);
		state(phone, a, "AFTER_CALL_WORK", "09:03:10", null);
		state(phone, a, "READY", "09:04:10", null);
		state(phone, a, "BREAK", "09:10:00", "用餐");
		state(phone, a, "READY", "09:20:00", null);
		state(phone, a, "SIGNED_OUT", "09:30:00", null);

		// the phone system resends: nothing changes
		long kept = this.jdbc.sql("select count(*) from cti_event where call_id = ?")
			.param(c1)
			.query(Long.class)
			.single();
		ok(phone, event(c1, "ANSWERED", "09:00:10", a, null));
		ok(phone, event(c1, "HUNG_UP", "09:03:10", null, null));
		state(phone, a, "BREAK", "09:10:00", "用餐");
		assertThat(
				this.jdbc.sql("select count(*) from cti_event where call_id = ?").param(c1).query(Long.class).single())
			.isEqualTo(kept);
		assertThat(this.jdbc.sql("select count(*) from cti_event where agent = ? and kind = 'AGENT'")
			.param(a)
			.query(Long.class)
			.single()).isEqualTo(8);

		Response report = supervisor.get("/api/cti/intervals?from=" + at("09:00:00").substring(0, 16) + "&to="
				+ this.day + "T09:30&minutes=15&queue=" + this.queue);
		assertThat(report.status()).isEqualTo(200);
		JsonNode intervals = report.body().get("intervals");
		assertThat(intervals.size()).isEqualTo(2);
		JsonNode first = intervals.get(0);
		assertThat(first.get("start").asString()).isEqualTo(this.day + "T09:00:00");
		JsonNode f = first.get("figures");
		assertThat(counts(f)).containsExactly(4, 2, 1, 1, 2, 1, 0);
		assertThat(f.get("answerRate").asDouble()).isEqualTo(0.6667);
		assertThat(f.get("abandonRate").asDouble()).isEqualTo(0.3333);
		assertThat(f.get("serviceLevel").asDouble()).isEqualTo(0.3333);
		assertThat(f.get("averageHandlingSeconds").asDouble()).isEqualTo(195.0);
		assertThat(f.get("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(25.0);
		assertThat(f.get("occupancy").asDouble()).isEqualTo(0.4);
		assertThat(f.get("staffedSeconds").asDouble()).isEqualTo(600.0);
		JsonNode g = intervals.get(1).get("figures");
		assertThat(counts(g)).containsExactly(1, 1, 1, 0, 0, 0, 0);
		assertThat(g.get("serviceLevel").asDouble()).isEqualTo(1.0);
		assertThat(g.get("averageHandlingSeconds").asDouble()).isEqualTo(60.0);
		assertThat(g.get("occupancy").asDouble()).isEqualTo(0.0);
		JsonNode totals = report.body().get("totals");
		assertThat(counts(totals)).containsExactly(5, 3, 2, 1, 2, 1, 0);
		assertThat(totals.get("answerRate").asDouble()).isEqualTo(0.75);
		assertThat(totals.get("serviceLevel").asDouble()).isEqualTo(0.5);
		assertThat(totals.get("averageHandlingSeconds").asDouble()).isEqualTo(150.0);
		assertThat(totals.get("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(21.6667);
		assertThat(totals.get("occupancy").asDouble()).isEqualTo(0.2);

		// a target of 40 s counts c2 in time; a whole day in 30-minute intervals
		Response day = Api.as(this.port, "analyst1")
			.get("/api/cti/intervals?from=" + this.day + "&minutes=30&serviceLevelSeconds=40&queue=" + this.queue);
		assertThat(day.status()).isEqualTo(200);
		assertThat(day.body().get("intervals").size()).isEqualTo(48);
		assertThat(day.body().get("intervals").get(18).get("figures").get("answeredWithinTarget").asInt()).isEqualTo(3);
		assertThat(day.body().get("intervals").get(17).get("figures").get("occupancy").asDouble()).isEqualTo(0.0);
		assertThat(day.body().get("totals").get("offered").asInt()).isEqualTo(5);

		// the calls behind the figures, callers masked for a team leader
		String first15 = "/api/cti/calls?from=" + this.day + "T09:00&to=" + this.day + "T09:15&queue=" + this.queue;
		Response abandons = supervisor.get(first15 + "&outcome=ABANDONED&sort=waitSeconds&dir=desc");
		assertThat(abandons.status()).isEqualTo(200);
		assertThat(abandons.body().get("total").asLong()).isEqualTo(2);
		assertThat(abandons.body().get("calls").get(0).get("callId").asString()).isEqualTo(c3);
		assertThat(abandons.body().get("calls").get(0).get("waitSeconds").asDouble()).isEqualTo(30.0);
		assertThat(abandons.body().get("calls").get(1).get("outcome").asString()).isEqualTo("SHORT_ABANDONED");
		assertThat(abandons.body().get("calls").get(0).get("caller").asString()).isEqualTo("138****8003");
		Response late = supervisor.get(first15 + "&outcome=ANSWERED_LATE");
		assertThat(late.body().get("total").asLong()).isEqualTo(1);
		JsonNode lateCall = late.body().get("calls").get(0);
		assertThat(lateCall.get("callId").asString()).isEqualTo(c2);
		assertThat(lateCall.get("agent").asString()).isEqualTo(b);
		assertThat(lateCall.get("waitSeconds").asDouble()).isEqualTo(40.0);
		assertThat(lateCall.get("handlingSeconds").asDouble()).isEqualTo(150.0);
		Response inTime = Api.as(this.port, "admin")
			.get("/api/cti/calls?from=" + this.day + "T09:00&to=" + this.day + "T09:30&queue=" + this.queue
					+ "&outcome=ANSWERED_IN_TIME&limit=1");
		assertThat(inTime.body().get("total").asLong()).isEqualTo(2);
		assertThat(inTime.body().get("calls").size()).isEqualTo(1);
		assertThat(inTime.body().get("calls").get(0).get("caller").asString()).as("in full for an administrator")
			.isEqualTo("13800138001");

		Api.Download csv = supervisor.download("/api/cti/intervals/export?format=csv&from=" + this.day + "T09:00&to="
				+ this.day + "T09:30&queue=" + this.queue);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.text()).contains("呼入量")
			.contains(this.day + " 09:00:00," + this.day + " 09:15:00,4,2,1,1,2,1,0,");
		Api.Download calls = supervisor.download("/api/cti/intervals/calls/export?format=csv&from=" + this.day
				+ "T09:00&to=" + this.day + "T09:15&queue=" + this.queue + "&outcome=ABANDONED");
		assertThat(calls.status()).isEqualTo(200);
		assertThat(calls.text()).contains(c3).contains("138****8003").doesNotContain("13800138003");

		assertThat(Api.as(this.port, "agent1").get("/api/cti/intervals").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "agent1").get(first15).status()).isEqualTo(403);
	}

	@Test
	void theWallboardShowsTheCallsWaitingTheLastHourAndTheAgents() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String w1 = call();
		String w2 = call();
		String w3 = call();
		String w4 = call();
		String w5 = call();
		ok(phone, live(w1, "QUEUED", now.minusSeconds(600)));
		ok(phone, live(w1, "ANSWERED", now.minusSeconds(595)));
		ok(phone, live(w1, "HUNG_UP", now.minusSeconds(480)));
		ok(phone, live(w2, "QUEUED", now.minusSeconds(540)));
		ok(phone, live(w2, "ABANDONED", now.minusSeconds(480)));
		ok(phone, live(w3, "QUEUED", now.minusSeconds(1800)));
		ok(phone, live(w3, "ABANDONED", now.minusSeconds(1740)));
		ok(phone, live(w4, "QUEUED", now.minusSeconds(120)));
		ok(phone, live(w5, "QUEUED", now.minusSeconds(60)));
		String onCall = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		String onBreak = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		String gone = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		// the agent on a call is a user of the platform, with a display name
		String onCallName = "张三" + onCall.substring(6);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""").params(onCall, onCallName).update();
		liveState(phone, onCall, "ON_CALL", now.minusSeconds(300), null);
		liveState(phone, onBreak, "READY", now.minusSeconds(400), null);
		liveState(phone, onBreak, "BREAK", now.minusSeconds(180), "培训");
		liveState(phone, gone, "READY", now.minusSeconds(400), null);
		liveState(phone, gone, "SIGNED_OUT", now.minusSeconds(60), null);

		Response board = Api.as(this.port, "supervisor1").get("/api/cti/wallboard?queue=" + this.queue);
		assertThat(board.status()).isEqualTo(200);
		JsonNode b = board.body();
		assertThat(b.get("waiting").asInt()).isEqualTo(2);
		assertThat(b.get("longestWaitSeconds").asLong()).isBetween(120L, 150L);
		assertThat(counts(b.get("last15"))).containsExactly(4, 1, 1, 0, 1, 0, 2);
		assertThat(b.get("last15").get("answerRate").asDouble()).isEqualTo(0.5);
		assertThat(counts(b.get("last60"))).containsExactly(5, 1, 1, 0, 2, 0, 2);
		assertThat(b.get("last60").get("answerRate").asDouble()).isEqualTo(0.3333);
		assertThat(b.get("last60").get("abandonRate").asDouble()).isEqualTo(0.6667);
		assertThat(b.get("answerRateTarget").asDouble()).isEqualTo(0.8);
		assertThat(b.get("alerts").size()).isEqualTo(2);
		assertThat(b.get("alerts").get(0).get("kind").asString()).isEqualTo("ANSWER_RATE_LOW");
		assertThat(b.get("alerts").get(0).get("windowMinutes").asInt()).isEqualTo(15);
		assertThat(b.get("adherence").isNull()).as("the workforce module's part, none yet").isTrue();
		Map<String, JsonNode> agents = new HashMap<>();
		b.get("agents").forEach((agent) -> agents.put(agent.get("agent").asString(), agent));
		assertThat(agents.get(onCall).get("state").asString()).isEqualTo("ON_CALL");
		assertThat(agents.get(onBreak).get("state").asString()).isEqualTo("BREAK");
		assertThat(agents.get(onBreak).get("reason").asString()).isEqualTo("培训");
		assertThat(Instant.parse(agents.get(onBreak).get("since").asString())).isEqualTo(now.minusSeconds(180));
		assertThat(agents).doesNotContainKey(gone);
		// display names from the org module, the agent id where the agent is no user; by
		// name
		assertThat(agents.get(onCall).get("name").asString()).isEqualTo(onCallName);
		assertThat(agents.get(onBreak).get("name").asString()).isEqualTo(onBreak);
		List<String> names = new ArrayList<>();
		b.get("agents").forEach((agent) -> names.add(agent.get("name").asString()));
		assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CHINA));
		int counted = 0;
		for (JsonNode n : b.get("agentsByState")) {
			counted += n.asInt();
		}
		assertThat(counted).isEqualTo(b.get("agents").size());
		assertThat(b.get("agentsByState").get("ON_CALL").asInt()).isPositive();
		assertThat(b.get("last15").get("occupancy").isNull()).isFalse();

		assertThat(Api.as(this.port, "agent1").get("/api/cti/wallboard").status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get("/api/cti/wallboard").status()).isEqualTo(401);
	}

	@Test
	void theWorkforceModuleReadsTheOfferedCallsPerInterval() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		ok(phone, event(call(), "QUEUED", "08:01:00", null, "13800138000"));
		ok(phone, event(call(), "QUEUED", "08:04:59", null, "13800138000"));
		ok(phone, event(call(), "QUEUED", "08:05:00", null, "13800138000"));
		List<ContactHistory.Offered> offered = this.history.offered(this.day, this.day, 5, this.queue);
		assertThat(offered).hasSize(288);
		assertThat(offered.get(96)).isEqualTo(new ContactHistory.Offered(this.day.atTime(8, 0), 2));
		assertThat(offered.get(97).calls()).isEqualTo(1);
		assertThat(offered.stream().mapToInt(ContactHistory.Offered::calls).sum()).isEqualTo(3);
	}

	@Test
	void anAgentReportsItsOwnStateOnly() {
		Api agent = Api.withRole(Role.AGENT, this.port, this.jdbc);
		Response own = agent.post("/api/cti/agent-states", Map.of("state", "READY", "at", at("10:00:00")));
		assertThat(own.status()).isEqualTo(200);
		String name = own.text("agent");
		assertThat(own.text("state")).isEqualTo("READY");
		String colleague = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		Response other = agent.post("/api/cti/agent-states",
				Map.of("agent", colleague, "state", "BREAK", "reason", "用餐", "at", at("10:01:00")));
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.isProblem()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from cti_event where agent = ?")
			.param(colleague)
			.query(Long.class)
			.single()).as("nothing kept").isZero();
		assertThat(Api.as(this.port, "supervisor1").post("/api/cti/agent-states", Map.of("state", "READY")).status())
			.isEqualTo(403);
		assertThat(
				this.jdbc.sql("select count(*) from cti_event where agent = ?").param(name).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void refusesWrongInputNamingTheFieldAndKeepsNothing() {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		Api supervisor = Api.as(this.port, "supervisor1");
		long before = this.jdbc.sql("select count(*) from cti_event").query(Long.class).single();
		String c = call();
		Map<String, Object> noQueue = event(c, "QUEUED", "11:00:00", null, "13800138000");
		noQueue.remove("queue");
		problem(phone.post("/api/cti/events", noQueue), "queue");
		problem(phone.post("/api/cti/agent-states", Map.of("agent", "a1", "state", "DANCING")), "DANCING");
		problem(phone.post("/api/cti/agent-states", Map.of("agent", "a1", "state", "READY", "reason", "用餐")), "BREAK");
		problem(phone.post("/api/cti/agent-states", Map.of("agent", "a1", "state", "READY", "at", "noon")), "noon");
		problem(phone.post("/api/cti/agent-states", Map.of("state", "READY")), "agent");
		assertThat(this.jdbc.sql("select count(*) from cti_event").query(Long.class).single()).isEqualTo(before);

		ok(phone, event(c, "QUEUED", "11:00:00", null, "13800138000"));
		ok(phone, event(c, "ANSWERED", "11:00:05", "agent-" + UUID.randomUUID().toString().substring(0, 8), null));
		long kept = this.jdbc.sql("select count(*) from cti_event").query(Long.class).single();
		problem(phone.post("/api/cti/events", event(c, "ABANDONED", "11:00:09", null, null)), c);
		assertThat(this.jdbc.sql("select count(*) from cti_event").query(Long.class).single()).isEqualTo(kept);
		assertThat(this.jdbc.sql("select abandoned_at is null from phone_call where call_id = ?")
			.param(c)
			.query(Boolean.class)
			.single()).isTrue();

		problem(supervisor.get("/api/cti/intervals?from=" + this.day + "&minutes=7"), "7");
		problem(supervisor.get("/api/cti/intervals?from=" + this.day + "&to=" + this.day.minusDays(2)), "");
		problem(supervisor.get("/api/cti/intervals?from=yesterday"), "yesterday");
		problem(supervisor.get("/api/cti/intervals?from=" + this.day + "&serviceLevelSeconds=0"),
				"serviceLevelSeconds");
		problem(supervisor.get("/api/cti/intervals?from=" + this.day.minusDays(200) + "&to=" + this.day), "92");
		problem(supervisor.get("/api/cti/calls?from=" + this.day + "&outcome=LOST"), "LOST");
		problem(supervisor.get("/api/cti/calls?from=" + this.day + "&sort=caller"), "caller");
	}

	private static void problem(Response response, String named) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.detail()).contains(named);
	}

	private static int[] counts(JsonNode f) {
		return new int[] { f.get("offered").asInt(), f.get("answered").asInt(), f.get("answeredWithinTarget").asInt(),
				f.get("answeredLate").asInt(), f.get("abandoned").asInt(), f.get("shortAbandoned").asInt(),
				f.get("waiting").asInt() };
	}

	private static String call() {
		return "pbx-" + UUID.randomUUID();
	}

	private static void ok(Api api, Map<String, Object> event) {
		Response response = api.post("/api/cti/events", event);
		assertThat(response.status()).as(event.toString()).isEqualTo(200);
	}

	private void state(Api api, String agent, String state, String time, String reason) {
		Map<String, Object> body = new HashMap<>(Map.of("agent", agent, "state", state, "at", at(time)));
		if (reason != null) {
			body.put("reason", reason);
		}
		assertThat(api.post("/api/cti/agent-states", body).status()).isEqualTo(200);
	}

	private Map<String, Object> event(String callId, String type, String time, String agent, String caller) {
		Map<String, Object> event = new HashMap<>();
		event.put("callId", callId);
		event.put("event", type);
		event.put("at", at(time));
		if ("QUEUED".equals(type)) {
			event.put("queue", this.queue);
			event.put("callee", "12345");
		}
		if (agent != null) {
			event.put("agent", agent);
		}
		if (caller != null) {
			event.put("caller", caller);
		}
		return event;
	}

	private Map<String, Object> live(String callId, String type, Instant at) {
		Map<String, Object> event = new HashMap<>(Map.of("callId", callId, "event", type, "at", at.toString()));
		if ("QUEUED".equals(type)) {
			event.put("queue", this.queue);
			event.put("caller", "13900139000");
		}
		return event;
	}

	private static void liveState(Api api, String agent, String state, Instant at, String reason) {
		Map<String, Object> body = new HashMap<>(Map.of("agent", agent, "state", state, "at", at.toString()));
		if (reason != null) {
			body.put("reason", reason);
		}
		assertThat(api.post("/api/cti/agent-states", body).status()).isEqualTo(200);
	}

	/** The time of the test's day, Beijing time, with its offset. */
	private String at(String time) {
		return LocalDateTime.parse(this.day + "T" + time).atZone(BEIJING).toOffsetDateTime().toString();
	}

}
