package io.hotline.handling.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 答复质量 over HTTP: a good reply goes to its callback; an evasive one is held (the callback
 * refused with 409, the callback queue leaves it out) until a supervisor releases it or
 * sends it back to the unit, which answers again; the units' figures by period, checked
 * against planted scores; a unit's handler sees their own unit only.
 */
@HotlineTest
class ReplyQualityHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ReplyQualityScoring scoring;

	@Autowired
	JdbcClient jdbc;

	RepliedOrders orders;

	@Autowired
	io.hotline.callback.Callbacks callbacks;

	@BeforeEach
	void holdWeakReplies() {
		this.scoring.holding(true);
		// the operators' strict setting: the API refuses a held reply's callback too
		org.springframework.test.util.ReflectionTestUtils.setField(this.callbacks, "refuseHeld", true);
		this.orders = new RepliedOrders(this.port);
	}

	@AfterEach
	void holdNoMore() {
		this.scoring.holding(false);
		org.springframework.test.util.ReflectionTestUtils.setField(this.callbacks, "refuseHeld", false);
	}

	@Test
	void aGoodReplyScoresHighAndGoesToItsCallback() {
		long id = this.orders.signedBy("unit1");
		assertThat(this.orders.reply("unit1", id, RepliedOrders.good(id)).status()).isEqualTo(200);

		JsonNode scores = Api.as(this.port, "unit1").get("/api/reply-quality/orders/" + id).body();
		assertThat(scores.get("threshold").asInt()).isEqualTo(60);
		JsonNode latest = scores.get("replies").get(0);
		assertThat(latest.get("score").asInt()).isGreaterThanOrEqualTo(60);
		assertThat(latest.get("round").asInt()).isEqualTo(1);
		assertThat(latest.get("what").asDouble()).isEqualTo(1);
		assertThat(latest.get("when").asDouble()).isEqualTo(1);
		assertThat(latest.get("who").asDouble()).isEqualTo(1);
		assertThat(Api.as(this.port, "supervisor1").get("/api/orders/" + id + "/flags").body().get("flags").toString())
			.doesNotContain("REPLY_QUALITY");
		assertThat(queued(id)).isTrue();
		assertThat(callBack(id).text("status")).isEqualTo("CLOSED");
	}

	@Test
	void aReplyThatRepeatsItselfIsHeld() {
		long id = this.orders.signedBy("unit1");
		this.orders.reply("unit1", id, RepliedOrders.good(id).repeat(100));
		JsonNode latest = Api.as(this.port, "supervisor1")
			.get("/api/reply-quality/orders/" + id)
			.body()
			.get("replies")
			.get(0);
		assertThat(latest.get("score").asInt()).isLessThanOrEqualTo(ReplyScorer.SHORT_CAP);
		assertThat(latest.get("reasons").toString()).contains("答复内容自我重复");
		JsonNode flag = openFlag(id);
		assertThat(flag.get("status").asString()).isEqualTo("OPEN");
		assertThat(flag.get("text").asString()).startsWith("答复质量 ").endsWith("回访前待督办复核");
		JsonNode en = null;
		for (JsonNode f : Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.get("/api/orders/" + id + "/flags")
			.body()
			.get("flags")) {
			en = (f.get("id").asLong() == flag.get("id").asLong()) ? f : en;
		}
		assertThat(en.get("detail").asString()).isEqualTo(flag.get("detail").asString());
		assertThat(en.get("text").asString()).startsWith("Reply quality ")
			.endsWith("Held for review before the callback")
			.contains("Repeats itself (")
			.as("the reasons too are in English")
			.doesNotContainPattern("\\p{IsHan}");
		// the reasons in the reader's language, each with its code, the stored Chinese
		// kept
		JsonNode english = Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.get("/api/reply-quality/orders/" + id)
			.body()
			.get("replies")
			.get(0);
		assertThat(english.get("reasons")).isEqualTo(latest.get("reasons"));
		assertThat(latest.get("reasonTexts")).isEqualTo(latest.get("reasons"));
		assertThat(english.get("reasonCodes").toString()).contains("reply.reason.repetition");
		assertThat(english.get("reasonTexts").toString()).contains("Repeats itself (")
			.doesNotContainPattern("\\p{IsHan}");
		assertThat(queued(id)).as("the callback queue leaves a padded reply out").isFalse();
	}

	@Test
	void anEvasiveReplyIsHeldUntilASupervisorReleasesIt() {
		long id = this.orders.signedBy("unit1");
		this.orders.reply("unit1", id, RepliedOrders.EVASIVE);
		JsonNode latest = Api.as(this.port, "supervisor1")
			.get("/api/reply-quality/orders/" + id)
			.body()
			.get("replies")
			.get(0);
		assertThat(latest.get("score").asInt()).isLessThan(60);
		assertThat(latest.get("reasons").toString()).contains("推诿或空话", "未说明办理时间");
		JsonNode flag = openFlag(id);
		assertThat(flag.get("evidence").toString()).contains("未说明办理了什么");

		Api.Response refused = Api.as(this.port, "callback1")
			.post("/api/orders/" + id + "/callback", Map.of("satisfaction", "SATISFIED", "resolved", true));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).contains("答复质量待督办复核");
		assertThat(queued(id)).as("the callback queue leaves a held reply out").isFalse();
		assertThat(Api.as(this.port, "callback1").get("/api/orders?status=REPLIED&withoutOpenFlag=NONSENSE").status())
			.isEqualTo(400);

		assertThat(Api.as(this.port, "supervisor1")
			.post("/api/flags/" + flag.get("id").asLong() + "/judge", Map.of("verdict", "DISMISSED", "note", "答复属实，放行"))
			.status()).isEqualTo(200);
		assertThat(queued(id)).isTrue();
		assertThat(callBack(id).text("status")).isEqualTo("CLOSED");
	}

	@Test
	void aSupervisorSendsAnEvasiveReplyBackAndTheUnitAnswersAgain() {
		long id = this.orders.signedBy("unit1");
		this.orders.reply("unit1", id, RepliedOrders.EVASIVE);
		long flag = openFlag(id).get("id").asLong();

		assertThat(Api.as(this.port, "unit1")
			.post("/api/orders/" + id + "/send-back-reply", Map.of("reason", "x"))
			.status()).isEqualTo(403);
		assertThat(Api.as(this.port, "supervisor1").post("/api/orders/" + id + "/send-back-reply", Map.of()).status())
			.isEqualTo(400);
		Api.Response sentBack = Api.as(this.port, "supervisor1")
			.post("/api/orders/" + id + "/send-back-reply", Map.of("reason", "未说明办理情况，请重新答复"));
		assertThat(sentBack.text("status")).isEqualTo("HANDLING");
		JsonNode last = sentBack.body().get("events").get(sentBack.body().get("events").size() - 1);
		assertThat(last.get("type").asString()).isEqualTo("REPLY_SENT_BACK");
		assertThat(last.get("note").asString()).isEqualTo("未说明办理情况，请重新答复");
		JsonNode judged = null;
		for (JsonNode f : Api.as(this.port, "supervisor1").get("/api/orders/" + id + "/flags").body().get("flags")) {
			judged = (f.get("id").asLong() == flag) ? f : judged;
		}
		assertThat(judged).isNotNull();
		assertThat(judged.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(Api.as(this.port, "supervisor1")
			.post("/api/orders/" + id + "/send-back-reply", Map.of("reason", "again"))
			.status()).as("only a reply goes back").isEqualTo(409);

		assertThat(this.orders.reply("unit1", id, RepliedOrders.good(id)).text("status")).isEqualTo("REPLIED");
		JsonNode replies = Api.as(this.port, "unit1").get("/api/reply-quality/orders/" + id).body().get("replies");
		assertThat(replies).hasSize(2);
		assertThat(replies.get(0).get("round").asInt()).isEqualTo(2);
		assertThat(replies.get(0).get("score").asInt()).isGreaterThanOrEqualTo(60);
		assertThat(callBack(id).text("status")).isEqualTo("CLOSED");
	}

	@Test
	void theUnitReportIsTheMeanAndShareOfThePlantedScoresAndAHandlerSeesTheirOwnUnit() {
		long unit1 = this.orders.unitOf("unit1");
		long unit2 = this.orders.unitOf("unit2");
		long order = this.orders.signedBy("unit1");
		// a week of 2031 that no other test writes: Monday 3 March and the week after,
		// Beijing time
		plant(order, 11, unit1, "2031-03-03T02:00:00Z", 90, List.of());
		plant(order, 12, unit1, "2031-03-05T02:00:00Z", 40, List.of("未说明办理时间", "答复过短（12 字）"));
		plant(order, 13, unit1, "2031-03-09T15:00:00Z", 50, List.of("未说明办理时间"));
		plant(order, 14, unit1, "2031-03-10T02:00:00Z", 70, List.of("未说明由谁办理"));
		plant(order, 15, unit2, "2031-03-04T02:00:00Z", 20, List.of("答复过短（8 字）"));

		JsonNode report = Api.as(this.port, "supervisor1")
			.get("/api/reply-quality/units?from=2031-03-03&to=2031-03-16&groupBy=week")
			.body();
		JsonNode first = row(report, unit1, "2031-03-03");
		assertThat(first.get("replies").asLong()).isEqualTo(3);
		assertThat(first.get("meanScore").asDouble()).isCloseTo((90 + 40 + 50) / 3.0, within(0.001));
		assertThat(first.get("underThreshold").asDouble()).isCloseTo(2 / 3.0, within(0.001));
		assertThat(first.get("commonestReasons").get(0).get("reason").asString()).isEqualTo("未说明办理时间");
		assertThat(first.get("commonestReasons").get(0).get("replies").asLong()).isEqualTo(2);
		assertThat(first.get("commonestReasons").get(1).get("reason").asString()).isEqualTo("答复过短（N 字）");
		assertThat(first.get("commonestReasons").get(1).get("text").asString()).isEqualTo("答复过短（N 字）");
		JsonNode english = row(Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.get("/api/reply-quality/units?from=2031-03-03&to=2031-03-16&groupBy=week")
			.body(), unit1, "2031-03-03").get("commonestReasons");
		assertThat(english.get(0).get("reason").asString()).isEqualTo("未说明办理时间");
		assertThat(english.get(0).get("code").asString()).isEqualTo("reply.reason.no-when");
		assertThat(english.get(0).get("text").asString()).isEqualTo("Does not say when");
		assertThat(english.get(1).get("text").asString()).isEqualTo("Reply too short (N characters)");
		JsonNode second = row(report, unit1, "2031-03-10");
		assertThat(second.get("replies").asLong()).isEqualTo(1);
		assertThat(second.get("meanScore").asDouble()).isEqualTo(70);
		assertThat(second.get("underThreshold").asDouble()).isZero();
		assertThat(row(report, unit2, "2031-03-03").get("meanScore").asDouble()).isEqualTo(20);

		JsonNode monthly = Api.as(this.port, "analyst1")
			.get("/api/reply-quality/units?from=2031-03-01&to=2031-03-31&groupBy=month")
			.body();
		assertThat(row(monthly, unit1, "2031-03-01").get("meanScore").asDouble()).isEqualTo(62.5);
		assertThat(row(monthly, unit1, "2031-03-01").get("underThreshold").asDouble()).isEqualTo(0.5);

		JsonNode ofUnit2 = Api.as(this.port, "unit2")
			.get("/api/reply-quality/units?from=2031-03-03&to=2031-03-16&groupBy=week")
			.body()
			.get("units");
		assertThat(ofUnit2.findValues("unitId").stream().map(JsonNode::asLong).distinct().toList())
			.containsExactly(unit2);
		assertThat(Api.as(this.port, "unit2").get("/api/reply-quality/orders/" + order).status()).isEqualTo(404);
		assertThat(Api.as(this.port, "agent1").get("/api/reply-quality/units").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "supervisor1").get("/api/reply-quality/units?groupBy=day").status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "supervisor1").get("/api/reply-quality/units?from=2031-13-01").status())
			.isEqualTo(400);
		assertThat(
				Api.as(this.port, "supervisor1").get("/api/reply-quality/units?from=2031-03-10&to=2031-03-01").status())
			.isEqualTo(400);
	}

	private void plant(long order, int round, long unit, String at, int score, List<String> reasons) {
		this.jdbc
			.sql("""
					insert into reply_score (order_id, reply_round, unit_id, replied_by, replied_at, score, relevance, what,
						"when", who, templating, near_copies, reasons, scored_at) values (?, ?, ?, 'unit', ?, ?, 1, 1, 1, 1, 0, 0, ?, now())""")
			.params(order, round, unit, Timestamp.from(Instant.parse(at)), score, reasons.toArray(String[]::new))
			.update();
	}

	private static JsonNode row(JsonNode report, long unit, String period) {
		for (JsonNode row : report.get("units")) {
			if (row.get("unitId").asLong() == unit && row.get("period").asString().equals(period)) {
				return row;
			}
		}
		throw new AssertionError("no row of unit " + unit + " for " + period + " in " + report);
	}

	private JsonNode openFlag(long id) {
		// the order's reply-quality flag (the planted orders, alike, also carry duplicate
		// flags)
		java.util.List<JsonNode> quality = new java.util.ArrayList<>();
		Api.as(this.port, "supervisor1").get("/api/orders/" + id + "/flags").body().get("flags").forEach((flag) -> {
			if ("REPLY_QUALITY".equals(flag.get("kind").asString())) {
				quality.add(flag);
			}
		});
		assertThat(quality).hasSize(1);
		assertThat(quality.get(0).get("status").asString()).isEqualTo("OPEN");
		return quality.get(0);
	}

	/** Whether the callback queue (replied, no reply held) offers the order. */
	private boolean queued(long id) {
		JsonNode page = Api.as(this.port, "callback1")
			.get("/api/orders?status=REPLIED&withoutOpenFlag=REPLY_QUALITY&q=" + number(id))
			.body();
		return page.get("content").findValues("id").stream().anyMatch((n) -> n.asLong() == id);
	}

	private String number(long id) {
		return Api.as(this.port, "callback1").get("/api/orders/" + id).text("number");
	}

	private Api.Response callBack(long id) {
		return Api.as(this.port, "callback1")
			.post("/api/orders/" + id + "/callback", Map.of("satisfaction", "SATISFIED", "resolved", true));
	}

}
