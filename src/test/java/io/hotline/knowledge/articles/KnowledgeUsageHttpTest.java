package io.hotline.knowledge.articles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.knowledge.articles.KnowledgeFixtures.article;
import static io.hotline.knowledge.articles.KnowledgeFixtures.code;
import static io.hotline.knowledge.articles.KnowledgeFixtures.found;
import static io.hotline.knowledge.articles.KnowledgeFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the usage log makes: each article's counts, the knowledge gaps, the week's hot
 * knowledge pushed to agents, and the owners reminded of an expiry.
 */
@HotlineTest
class KnowledgeUsageHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpiryReminders reminders;

	@Autowired
	HotKnowledge hot;

	@Test
	void countsShownViewedLinkedAndNotHelpfulAndListsTheGaps() {
		String code = code();
		Api agent = Api.as(this.port, "agent1");
		long id = Api.as(this.port, "admin")
			.post("/api/knowledge/articles", article("护照办理 " + code, "护照到出入境管理窗口办理，约7个工作日出证。", List.of()))
			.id();
		found(agent, "护照办理 " + code, id);
		agent.get("/api/knowledge/articles/" + id);
		agent.get("/api/knowledge/articles/" + id);
		// words no article has, and no random code that another test's code could share a
		// piece with
		String other = "鸸鹋鸵鸟蛋";
		String unanswered = other;
		assertThat(agent.get("/api/knowledge/search?mode=fulltext&q=" + q(unanswered)).body().get("hits")).isEmpty();
		agent.get("/api/knowledge/search?mode=fulltext&q=" + q(" 鸸鹋鸵鸟蛋，"));
		assertThat(agent
			.post("/api/knowledge/articles/" + id + "/feedback", Map.of("helpful", false, "query", "护照加急怎么办 " + code))
			.status()).isEqualTo(204);
		assertThat(agent.post("/api/knowledge/articles/" + id + "/feedback", Map.of()).status()).isEqualTo(400);

		Api analyst = Api.as(this.port, "analyst1");
		JsonNode stats = analyst.get("/api/knowledge/stats").body();
		JsonNode row = null;
		for (JsonNode r : stats.get("articles")) {
			row = (r.get("id").asLong() == id) ? r : row;
		}
		assertThat(row).isNotNull();
		assertThat(row.get("shown").asLong()).isPositive();
		assertThat(row.get("views").asLong()).isEqualTo(2);
		assertThat(row.get("notHelpful").asLong()).isEqualTo(1);
		assertThat(stats.get("totals").get("questions").asLong()).isPositive();

		Api.Response gapped = analyst.get("/api/knowledge/gaps");
		assertThat(gapped.status()).as(gapped.body().toString()).isEqualTo(200);
		JsonNode gaps = gapped.body().get("gaps");
		JsonNode noHit = gap(gaps, other, "NO_HIT");
		assertThat(noHit.get("count").asInt()).as("the same question, punctuation aside, counted once").isEqualTo(2);
		JsonNode notHelpful = gap(gaps, code, "NOT_HELPFUL");
		assertThat(notHelpful.get("text").asString()).isEqualTo("护照加急怎么办 " + code);
		assertThat(notHelpful.get("bestArticleId").asLong()).isEqualTo(id);

		assertThat(agent.get("/api/knowledge/stats").status()).isEqualTo(403);
		assertThat(analyst.get("/api/knowledge/gaps?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
		assertThat(analyst.get("/api/knowledge/stats?from=2020-01-01&to=2026-01-01").status()).isEqualTo(400);
	}

	@Test
	void theWeeksHotKnowledgeIsComputedAndPushedOnce() {
		String code = code();
		Api agent = Api.as(this.port, "agent1");
		long id = Api.as(this.port, "admin")
			.post("/api/knowledge/articles", article("高温补贴标准 " + code, "高温津贴每月300元，6月至9月发放。", List.of()))
			.id();
		for (int i = 0; i < 30; i++) {
			agent.get("/api/knowledge/articles/" + id);
		}
		String week = HotKnowledge.name(LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
		JsonNode thisWeek = agent.get("/api/knowledge/hot?week=" + week).body();
		assertThat(thisWeek.get("week").asString()).isEqualTo(week);
		assertThat(thisWeek.get("articles").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(thisWeek.get("pushedAt").isNull()).isTrue();
		assertThat(agent.get("/api/knowledge/hot?week=2026-W60").status()).isEqualTo(400);
		assertThat(agent.get("/api/knowledge/hot?week=last").status()).isEqualTo(400);

		this.hot.push();
		this.hot.push();
		JsonNode pushed = agent.get("/api/knowledge/hot").body();
		assertThat(pushed.get("pushedAt").isNull()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'KNOWLEDGE_HOT_PUSH' and target = ?")
			.param("week " + pushed.get("week").asString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void remindsTheOwnersOfAnArticleExpiringSoonOnce() {
		String code = code();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, Object> soon = article("冬季供暖时间 " + code, "供暖期为11月15日至次年3月15日。", List.of());
		soon.put("expiresAt", today.plusDays(5).toString());
		Map<String, Object> later = article("夏季用电高峰 " + code, "用电高峰期为7月至8月。", List.of());
		later.put("expiresAt", today.plusDays(60).toString());
		long soonId = Api.as(this.port, "agent1").post("/api/knowledge/articles", soon).id();
		long laterId = Api.as(this.port, "agent1").post("/api/knowledge/articles", later).id();
		Api admin = Api.as(this.port, "admin");
		admin.post("/api/knowledge/articles/" + soonId + "/review", Map.of("approved", true));
		admin.post("/api/knowledge/articles/" + laterId + "/review", Map.of("approved", true));

		assertThat(this.reminders.remind(today)).isPositive();
		assertThat(this.reminders.remind(today)).as("one reminder per article, expiry and owner").isZero();
		JsonNode mine = Api.as(this.port, "agent1").get("/api/knowledge/reminders").body().get("reminders");
		JsonNode reminder = null;
		for (JsonNode r : mine) {
			assertThat(r.get("articleId").asLong()).isNotEqualTo(laterId);
			reminder = (r.get("articleId").asLong() == soonId) ? r : reminder;
		}
		assertThat(reminder).isNotNull();
		assertThat(reminder.get("daysLeft").asInt()).isEqualTo(5);
		assertThat(reminder.get("remindedAt").isNull()).isFalse();
		assertThat(Api.as(this.port, "dispatcher1").get("/api/knowledge/reminders").body().get("reminders").toString())
			.doesNotContain(code);
		assertThat(Api.as(this.port, "agent1").get("/api/knowledge/articles?status=EXPIRING").body().toString())
			.contains("冬季供暖时间 " + code)
			.doesNotContain("夏季用电高峰 " + code);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'KNOWLEDGE_REMIND' and target = ?")
			.param("article " + soonId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static JsonNode gap(JsonNode gaps, String code, String reason) {
		for (JsonNode gap : gaps) {
			if (gap.get("text").asString().contains(code) && reason.equals(gap.get("reason").asString())) {
				return gap;
			}
		}
		throw new AssertionError("no " + reason + " gap for " + code + " in " + gaps);
	}

}
