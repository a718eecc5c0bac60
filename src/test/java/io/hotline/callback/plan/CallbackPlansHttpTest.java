package io.hotline.callback.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能回访 over HTTP: a plan for every reply (when, which questions, which channel), the
 * robot driven through its script, the send job once per plan, the rules and scripts
 * checked, and who may do what.
 */
@HotlineTest
class CallbackPlansHttpTest {

	static final String PROMISE_REPLY = "经现场核查，路灯线路老化，我局承诺3日内修复，后续将加强巡查。";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PlanSending sending;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void aReplyGetsAPlanWithThePromiseAsAQuestionDueAfterTheDelayInWorkingDays() {
		long order = replied("HELP", "路灯不亮", PROMISE_REPLY);
		JsonNode plan = planOf(order);
		assertThat(plan.get("channel").asString()).isEqualTo("ROBOT");
		assertThat(plan.get("status").asString()).isEqualTo("PLANNED");
		assertThat(plan.get("questions").get(2).asString()).isEqualTo("路灯是否已在3日内修复？");
		// 09:00 of the first working day after the reply (the default delay, 1), within
		// the limit (7)
		ZonedDateTime due = Instant.parse(plan.get("dueAt").asString()).atZone(WorkingCalendar.ZONE);
		ZonedDateTime replied = Instant.parse(plan.get("repliedAt").asString()).atZone(WorkingCalendar.ZONE);
		assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
		assertThat(due.toLocalDate()).isAfter(replied.toLocalDate());
		assertThat(due.getDayOfWeek().getValue()).isLessThan(6);
		assertThat(Instant.parse(plan.get("limitAt").asString())).isAfter(due.toInstant());
		// no promise in the reply, no third question
		long plain = replied("HELP", "井盖缺失", "已安排人员更换井盖，现已恢复。");
		assertThat(planOf(plain).get("questions")).hasSize(2);
	}

	@Test
	void theAdministratorsRulesChooseTheChannelAndTheDelay() {
		Api admin = Api.as(this.port, "admin");
		JsonNode before = admin.get("/api/callback/plan-rules").body();
		try {
			Map<String, Object> rules = new HashMap<>();
			rules.put("defaultDelayDays", 1);
			rules.put("limitDays", 5);
			rules.put("smsWaitHours", 24);
			rules.put("delays", List.of(Map.of("category", "", "type", "REPORT", "days", 5)));
			rules.put("channels",
					List.of(Map.of("when", "COMPLAINT_TYPE", "value", "COMPLAINT", "channel", "PERSON"),
							Map.of("when", "WORDS", "value", "独居老人", "channel", "PERSON"),
							Map.of("when", "TYPE", "value", "CONSULTATION", "channel", "SMS"),
							Map.of("when", "ANY", "channel", "ROBOT")));
			Response set = admin.put("/api/callback/plan-rules", rules);
			assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
			JsonNode complaint = planOf(replied("COMPLAINT", "施工噪音", "已责令施工方停止夜间施工。"));
			assertThat(complaint.get("channel").asString()).isEqualTo("PERSON");
			assertThat(complaint.get("status").asString()).isEqualTo("HANDED_OVER");
			assertThat(planOf(replied("HELP", "独居老人家中停水", "已恢复供水。")).get("channel").asString()).isEqualTo("PERSON");
			assertThat(planOf(replied("CONSULTATION", "社保咨询", "已电话解答。")).get("channel").asString()).isEqualTo("SMS");
			JsonNode report = planOf(replied("REPORT", "占道经营", "已现场处置。"));
			assertThat(report.get("channel").asString()).isEqualTo("ROBOT");
			ZonedDateTime due = Instant.parse(report.get("dueAt").asString()).atZone(WorkingCalendar.ZONE);
			ZonedDateTime limit = Instant.parse(report.get("limitAt").asString()).atZone(WorkingCalendar.ZONE);
			assertThat(due.toLocalDate()).isEqualTo(limit.toLocalDate());
			assertThat(limit.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
			// a caller planned before is a repeat caller: the earlier rule of the
			// defaults sends him to a person
			// a delay past the limit, an unknown channel: 400 naming it, nothing changed
			rules.put("delays", List.of(Map.of("category", "", "type", "REPORT", "days", 9)));
			Response late = admin.put("/api/callback/plan-rules", rules);
			assertThat(late.status()).isEqualTo(400);
			assertThat(late.detail()).contains("REPORT").contains("9");
			rules.put("delays", List.of());
			rules.put("channels", List.of(Map.of("when", "ANY", "channel", "FAX")));
			assertThat(admin.put("/api/callback/plan-rules", rules).detail()).contains("FAX");
			assertThat(Api.as(this.port, "callback1").put("/api/callback/plan-rules", rules).status()).isEqualTo(403);
			assertThat(admin.get("/api/callback/plan-rules").body().get("limitDays").asInt()).isEqualTo(5);
		}
		finally {
			admin.put("/api/callback/plan-rules", before);
		}
	}

	@Test
	void theRobotClosesASatisfiedOrderAndHandsTheRestToAPerson() {
		long happy = replied("HELP", "路灯不亮", PROMISE_REPLY);
		long unclear = replied("HELP", "公园长椅损坏", PROMISE_REPLY);
		long unhappy = replied("HELP", "小区垃圾清运不及时", PROMISE_REPLY);
		long complaint = replied("HELP", "人行道砖松动", PROMISE_REPLY);
		List<Long> plans = List.of(planOf(happy).get("id").asLong(), planOf(unclear).get("id").asLong(),
				planOf(unhappy).get("id").asLong(), planOf(complaint).get("id").asLong());
		atDue(planOf(happy));
		this.sending.sendDue();
		for (long plan : plans) {
			assertThat(plan(plan).get("status").asString()).isEqualTo("CALLING");
		}
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		// happy path: satisfied (digit), promise kept (words), resolved (digit) → closed
		assertThat(phone.post(answers(plans.get(0)), Map.of("digit", "1")).text("node")).isEqualTo("promise");
		assertThat(phone.post(answers(plans.get(0)), Map.of("text", "嗯已经修好了")).text("node")).isEqualTo("resolved");
		Response done = phone.post(answers(plans.get(0)), Map.of("digit", "1"));
		assertThat(done.text("status")).isEqualTo("ANSWERED");
		assertThat(order(happy).get("status").asString()).isEqualTo("CLOSED");
		// not understood twice → a person
		assertThat(phone.post(answers(plans.get(1)), Map.of("text", "你说什么")).text("status")).isEqualTo("CALLING");
		Response twice = phone.post(answers(plans.get(1)), Map.of("digit", "9"));
		assertThat(twice.text("status")).isEqualTo("HANDED_OVER");
		assertThat(twice.text("handoverReason")).contains("两次");
		// dissatisfied → a person; the order waits in the callback queue
		Response no = phone.post(answers(plans.get(2)), Map.of("digit", "3"));
		assertThat(no.text("status")).isEqualTo("HANDED_OVER");
		assertThat(order(unhappy).get("status").asString()).isEqualTo("REPLIED");
		// words of complaint → a person at once
		Response words = phone.post(answers(plans.get(3)), Map.of("text", "我要投诉你们"));
		assertThat(words.text("handoverReason")).contains("投诉");
		// the conversation is on the order
		JsonNode shown = Api.as(this.port, "callback1").get("/api/orders/" + happy + "/callback-plans").body();
		List<String> said = new ArrayList<>();
		shown.get(0)
			.get("steps")
			.forEach((s) -> said.add(s.get("speaker").asString() + ":" + s.get("text").asString()));
		assertThat(said).anyMatch((s) -> s.startsWith("ROBOT:") && s.contains("路灯是否已在3日内修复"));
		assertThat(said).contains("CITIZEN:嗯已经修好了");
		// the person's callback answers the handed-over plan
		Response byHand = Api.as(this.port, "callback1")
			.post("/api/orders/" + unhappy + "/callback", Map.of("satisfaction", "DISSATISFIED", "resolved", false));
		assertThat(byHand.status()).isEqualTo(200);
		awaitStatus(plans.get(2), "ANSWERED");
		// answers to a plan not calling: 409; a bad digit 400; only the phone system
		assertThat(phone.post(answers(plans.get(0)), Map.of("digit", "1")).status()).isEqualTo(409);
		assertThat(phone.post(answers(plans.get(1)), Map.of("digit", "abc")).status()).isEqualTo(400);
		assertThat(Api.as(this.port, "callback1").post(answers(plans.get(1)), Map.of("digit", "1")).status())
			.isEqualTo(403);
		// the figures count them: answered or with an answer is surveyed
		JsonNode figures = Api.as(this.port, "supervisor1").get("/api/callback/plans/figures").body();
		assertThat(figures.get("surveyed").asLong()).isGreaterThanOrEqualTo(3);
		// the list, masked for a supervisor, exported
		JsonNode list = Api.as(this.port, "supervisor1")
			.get("/api/callback/plans?status=HANDED_OVER&sort=id&dir=desc&limit=50")
			.body();
		assertThat(list.get("items").get(0).get("callerPhone").asString()).contains("****");
		assertThat(Api.as(this.port, "callback1").get("/api/callback/plans?status=NOPE").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "unit1").get("/api/callback/plans").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "callback1").download("/api/callback/plans/export?format=csv").text())
			.contains("工单编号");
	}

	@Test
	void theSendJobSendsEachPlanOnceWhateverRunsIt() throws Exception {
		long sms = replied("CONSULTATION", "公积金提取咨询", "已电话答复提取条件。");
		long robot = replied("HELP", "绿化带杂草丛生", PROMISE_REPLY);
		JsonNode smsPlan = planOf(sms);
		assertThat(smsPlan.get("channel").asString()).isEqualTo("SMS");
		atDue(planOf(robot));
		// two instances at once, then again
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.sending::sendDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(this.sending::sendDue);
		one.get();
		two.get();
		this.sending.sendDue();
		for (long order : List.of(sms, robot)) {
			long plan = planOf(order).get("id").asLong();
			assertThat(this.jdbc.sql("select count(*) from callback_message where plan_id = ?")
				.param(plan)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		// the SMS's link is the portal's rating page; a rating there completes the plan
		// and the callback
		String link = this.jdbc.sql("select link from callback_message where plan_id = ?")
			.param(smsPlan.get("id").asLong())
			.query(String.class)
			.single();
		String token = link.substring(link.lastIndexOf('/') + 1);
		JsonNode tracking = Api.anonymous(this.port).get("/api/public/orders/" + token).body();
		assertThat(tracking.get("canRate").asBoolean()).isTrue();
		Response rated = Api.anonymous(this.port)
			.post("/api/public/orders/" + token + "/rating", Map.of("satisfaction", "SATISFIED"));
		assertThat(rated.status()).as(rated.body().toString()).isLessThan(300);
		awaitStatus(smsPlan.get("id").asLong(), "ANSWERED");
		assertThat(order(sms).get("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	void scriptsAreCheckedVersionedAndOnlyAdministratorsSaveThem() {
		Api admin = Api.as(this.port, "admin");
		JsonNode latest = admin.get("/api/callback/robot-scripts/latest").body();
		Map<String, Object> graph = graph(List.of(node("a", List.of(answer("1", "b"))), node("b", null)));
		Response ok = admin.post("/api/callback/robot-scripts", graph);
		assertThat(ok.status()).as(ok.body().toString()).isEqualTo(200);
		assertThat(ok.body().get("version").asInt()).isGreaterThan(latest.get("version").asInt());
		Response unknown = admin.post("/api/callback/robot-scripts",
				graph(List.of(node("a", List.of(answer("1", "x"))), node("b", null))));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("a").contains("x");
		Response unreachable = admin.post("/api/callback/robot-scripts",
				graph(List.of(node("a", List.of(answer("1", "b"))), node("b", null), node("c", null))));
		assertThat(unreachable.detail()).contains("c");
		Response loop = admin.post("/api/callback/robot-scripts",
				graph(List.of(node("a", List.of(answer("1", "b"), answer("2", "c"))), node("b", null),
						node("c", List.of(answer("1", "d"))), node("d", List.of(answer("1", "c"))))));
		assertThat(loop.status()).isEqualTo(400);
		assertThat(loop.detail()).contains("c");
		assertThat(Api.as(this.port, "callback1").post("/api/callback/robot-scripts", graph).status()).isEqualTo(403);
		// back to the default script, as the next version
		Response back = admin.post("/api/callback/robot-scripts",
				admin.get("/api/callback/robot-scripts/1").body().get("graph"));
		assertThat(back.status()).as(back.body().toString()).isEqualTo(200);
	}

	private static Map<String, Object> graph(List<Map<String, Object>> nodes) {
		return Map.of("start", "a", "handoverWords", List.of("投诉"), "nodes", nodes);
	}

	private static Map<String, Object> node(String id, List<Map<String, Object>> answers) {
		Map<String, Object> node = new HashMap<>(Map.of("id", id, "say", "话术 " + id));
		if (answers == null) {
			node.put("end", Map.of("handover", false));
		}
		else {
			node.put("answers", answers);
		}
		return node;
	}

	private static Map<String, Object> answer(String digit, String next) {
		return Map.of("digits", digit, "next", next);
	}

	private void atDue(JsonNode plan) {
		Instant due = Instant.parse(plan.get("dueAt").asString()).plus(Duration.ofMinutes(30));
		this.clock.advance(Duration.between(this.clock.instant(), due));
	}

	private String answers(long plan) {
		return "/api/callback/plans/" + plan + "/answers";
	}

	private JsonNode plan(long id) {
		return Api.as(this.port, "admin").get("/api/callback/plans/" + id).body();
	}

	private JsonNode order(long id) {
		return Api.as(this.port, "admin").get("/api/orders/" + id).body();
	}

	private void awaitStatus(long plan, String status) {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!status.equals(plan(plan).get("status").asString()) && System.nanoTime() < until) {
			sleep();
		}
		assertThat(plan(plan).get("status").asString()).isEqualTo(status);
	}

	private JsonNode planOf(long order) {
		return RepliedOrders.planOf(this.port, order);
	}

	private static void sleep() {
		RepliedOrders.pause();
	}

	private long replied(String type, String title, String reply) {
		return RepliedOrders.replied(this.port, this.jdbc, type, title, reply);
	}

}
