package io.hotline.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Training over HTTP on the demo knowledge base: questions generated from the seeded
 * articles and published by quality1, an exam a team leader composes for their group,
 * taken and scored without the right answers sent before submission, the time limit the
 * server keeps, weak topics and a practice set, who may see what, and wrong input refused
 * with nothing stored.
 */
@HotlineTest
class TrainingHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void generatedQuestionsRestOnTheirArticle() {
		Api quality = Api.as(this.port, "quality1");
		Response generated = quality.post("/api/training/questions/generate", Map.of());
		assertThat(generated.status()).isEqualTo(200);
		assertThat(generated.body().get("created").asInt() + generated.body().get("existing").asInt())
			.isGreaterThan(80);
		JsonNode page = quality.get("/api/training/questions?kind=SINGLE&limit=500&sort=id&dir=asc").body();
		int checked = 0;
		for (JsonNode q : page.get("items")) {
			if (!q.hasNonNull("articleId")) {
				continue;
			}
			JsonNode article = quality.get("/api/knowledge/articles/" + q.get("articleId").asLong()).body();
			String right = q.get("options").get(q.get("key").get("index").asInt()).asString();
			assertThat(article.get("answer").asString() + "|" + article.path("department").asString(""))
				.contains(right);
			for (JsonNode option : q.get("options")) {
				if (!option.asString().equals(right)) {
					assertThat(option.asString()).isNotEqualTo(article.path("department").asString(""));
					assertThat(q.get("stem").asString()).doesNotContain(option.asString());
				}
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(40);
		Response again = quality.post("/api/training/questions/generate", Map.of());
		assertThat(again.body().get("created").asInt()).as("generated once per article version").isZero();
	}

	@Test
	void anAgentTakesAnExamAndTheLeaderSeesTheScore() {
		String topic = publishedTopic(8);
		Team team = team(2);
		Response exam = team.leader.post("/api/training/exams", Map.of("title", "新人考试 " + topic, "topics",
				List.of(topic), "questionCount", 4, "passMark", 75, "timeLimitMinutes", 10, "group", team.group));
		assertThat(exam.status()).as(exam.body().toString()).isEqualTo(200);
		assertThat(exam.body().get("takers").asInt()).isEqualTo(2);
		Api agent = team.agents.get(0);
		assertThat(agent.get("/api/training/my-exams").body().toString()).contains("新人考试 " + topic);

		Response started = agent.post("/api/training/exams/" + exam.id() + "/attempts", Map.of());
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.text("status")).isEqualTo("OPEN");
		assertThat(started.body().get("secondsLeft").asLong()).isBetween(590L, 600L);
		assertNoAnswers(started.body());
		long attempt = started.id();
		assertThat(team.agents.get(1).get("/api/training/attempts/" + attempt).status()).isEqualTo(403);
		assertThat(team.leader.get("/api/training/attempts/" + attempt).status()).as("before submission")
			.isEqualTo(403);
		assertThat(team.agents.get(1)
			.put("/api/training/attempts/" + attempt + "/answers/1", Map.of("choice", 0))
			.status()).isEqualTo(403);

		JsonNode questions = started.body().get("questions");
		for (int i = 0; i < 4; i++) {
			JsonNode q = questions.get(i);
			Response saved = agent.put("/api/training/attempts/" + attempt + "/answers/" + q.get("position").asInt(),
					answer(q, i < 3));
			assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
			assertNoAnswers(saved.body());
		}
		Response submitted = agent.post("/api/training/attempts/" + attempt + "/submit", Map.of());
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(submitted.body().get("score").asInt()).isEqualTo(75);
		assertThat(submitted.body().get("passed").asBoolean()).isTrue();
		assertThat(submitted.body().get("topics").get(0).get("correct").asInt()).isEqualTo(3);
		assertThat(submitted.body().toString()).as("an exam's answers stay unknown").doesNotContain("rightAnswer");
		assertThat(agent.post("/api/training/attempts/" + attempt + "/submit", Map.of()).status()).isEqualTo(409);
		assertThat(agent.post("/api/training/exams/" + exam.id() + "/attempts", Map.of()).status())
			.as("one attempt allowed")
			.isEqualTo(409);

		assertThat(team.leader.get("/api/training/attempts/" + attempt).body().get("score").asInt()).isEqualTo(75);
		assertThat(team.agents.get(1).get("/api/training/attempts/" + attempt).status()).isEqualTo(403);
		Api otherLeader = team(1).leader;
		assertThat(otherLeader.get("/api/training/attempts/" + attempt).status()).isEqualTo(403);
		assertThat(otherLeader.get("/api/training/agents/" + team.names.get(0) + "/progress").status()).isEqualTo(403);
		assertThat(team.agents.get(1).get("/api/training/agents/" + team.names.get(0) + "/progress").status())
			.isEqualTo(403);

		JsonNode progress = team.leader.get("/api/training/progress?sort=lastScore&dir=desc").body();
		assertThat(progress.get("total").asInt()).isEqualTo(2);
		JsonNode first = progress.get("items").get(0);
		assertThat(first.get("username").asString()).isEqualTo(team.names.get(0));
		assertThat(first.get("lastScore").asInt()).isEqualTo(75);
		assertThat(first.get("passed").asInt()).isEqualTo(1);
		assertThat(first.get("group").asString()).isEqualTo(team.group);
		assertThat(team.leader.get("/api/training/progress?result=NONE")
			.body()
			.get("items")
			.get(0)
			.get("username")
			.asString()).isEqualTo(team.names.get(1));
		assertThat(otherLeader.get("/api/training/progress").body().toString()).doesNotContain(team.names.get(0));
		String csv = team.leader.download("/api/training/progress/export?format=csv").text();
		assertThat(csv).contains("最近得分").contains(team.names.get(0));
		JsonNode mine = agent.get("/api/training/agents/" + team.names.get(0) + "/progress").body();
		assertThat(mine.get("attempts").get(0).get("score").asInt()).isEqualTo(75);
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where target = ? and action = 'TRAINING_ATTEMPT_SUBMITTED'")
			.param("training-attempt:" + attempt)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theServerKeepsTheTimeLimit() {
		String topic = publishedTopic(4);
		Team team = team(1);
		Api quality = Api.as(this.port, "quality1");
		Response exam = quality.post("/api/training/exams", Map.of("title", "限时 " + topic, "topics", List.of(topic),
				"questionCount", 2, "passMark", 100, "timeLimitMinutes", 1, "agents", team.names));
		assertThat(exam.status()).as(exam.body().toString()).isEqualTo(200);
		Api agent = team.agents.get(0);
		Response started = agent.post("/api/training/exams/" + exam.id() + "/attempts", Map.of());
		long attempt = started.id();
		assertThat(agent.post("/api/training/practice", Map.of()).status()).as("one attempt at a time").isEqualTo(409);
		JsonNode questions = started.body().get("questions");
		assertThat(
				agent.put("/api/training/attempts/" + attempt + "/answers/1", answer(questions.get(0), true)).status())
			.isEqualTo(200);
		try {
			this.clock.advance(Duration.ofSeconds(61));
			Response late = agent.put("/api/training/attempts/" + attempt + "/answers/2",
					answer(questions.get(1), true));
			assertThat(late.status()).isEqualTo(409);
			assertThat(late.detail()).contains("作答时间");
		}
		finally {
			this.clock.reset();
		}
		JsonNode result = agent.get("/api/training/attempts/" + attempt).body();
		assertThat(result.get("status").asString()).isEqualTo("TIMED_OUT");
		assertThat(result.get("score").asInt()).isEqualTo(50);
		assertThat(result.get("passed").asBoolean()).isFalse();
		assertThat(result.get("questions").get(1).has("answer")).as("the late answer is not kept").isFalse();

		JsonNode standing = agent.get("/api/training/agents/" + team.names.get(0) + "/progress").body().get("standing");
		assertThat(standing.get("recommended").toString()).contains(topic);
		Response practice = agent.post("/api/training/practice", Map.of("size", 2));
		assertThat(practice.status()).as(practice.body().toString()).isEqualTo(200);
		assertThat(practice.body().get("practice").asBoolean()).isTrue();
		for (JsonNode q : practice.body().get("questions")) {
			assertThat(q.get("topic").asString()).isEqualTo(topic);
		}
		assertNoAnswers(practice.body());
		JsonNode done = agent.post("/api/training/attempts/" + practice.id() + "/submit", Map.of()).body();
		assertThat(done.get("questions").get(0).has("rightAnswer")).as("a practice set shows its answers").isTrue();
	}

	@Test
	void wrongInputIsRefusedAndNothingStored() {
		String topic = publishedTopic(2);
		Api quality = Api.as(this.port, "quality1");
		Team team = team(1);
		int exams = count("training_exam");
		int questions = count("training_question");
		List<Map<String, Object>> wrong = List.of(exam(topic, team, Map.of("topics", List.of())),
				exam(topic, team, Map.of("passMark", 150)), exam(topic, team, Map.of("timeLimitMinutes", 0)),
				exam(topic, team, Map.of("questionCount", 100)),
				exam(topic, team, Map.of("agents", List.of("nobody-" + UUID.randomUUID()))),
				exam(topic, team, Map.of("agents", List.of("supervisor1"))),
				exam(topic, team, Map.of("agents", List.of())));
		for (Map<String, Object> body : wrong) {
			Response refused = quality.post("/api/training/exams", body);
			assertThat(refused.status()).as(body.toString()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
		}
		assertThat(quality
			.post("/api/training/questions",
					Map.of("topic", topic, "kind", "SINGLE", "options", List.of("甲", "乙"), "key", Map.of("index", 0)))
			.status()).as("no stem").isEqualTo(400);
		assertThat(quality
			.post("/api/training/questions", Map.of("topic", topic, "kind", "SINGLE", "stem", "题", "options",
					List.of("甲", "乙"), "key", Map.of("index", 5)))
			.status()).isEqualTo(400);
		assertThat(quality
			.post("/api/training/questions",
					Map.of("topic", topic, "kind", "ESSAY", "stem", "题", "key", Map.of("value", true)))
			.status()).isEqualTo(400);
		assertThat(quality.get("/api/training/questions?sort=nonsense").status()).isEqualTo(400);
		assertThat(quality.get("/api/training/progress?result=MAYBE").status()).isEqualTo(400);
		assertThat(quality.get("/api/training/progress?since=yesterday").status()).isEqualTo(400);
		assertThat(count("training_exam")).isEqualTo(exams);
		assertThat(count("training_question")).isEqualTo(questions);

		Response exam = quality.post("/api/training/exams", exam(topic, team, Map.of()));
		Response started = team.agents.get(0).post("/api/training/exams/" + exam.id() + "/attempts", Map.of());
		String path = "/api/training/attempts/" + started.id() + "/answers/1";
		JsonNode q = started.body().get("questions").get(0);
		Map<String, Object> bad = switch (q.get("kind").asString()) {
			case "SINGLE" -> Map.of("choice", 9);
			case "TRUE_FALSE" -> Map.of("choice", 1);
			default -> Map.of("value", true);
		};
		assertThat(team.agents.get(0).put(path, bad).status()).isEqualTo(400);
		assertThat(team.agents.get(0)
			.get("/api/training/attempts/" + started.id())
			.body()
			.get("questions")
			.get(0)
			.has("answer")).isFalse();
		assertThat(team.agents.get(0).post("/api/training/attempts/" + started.id() + "/submit", Map.of()).status())
			.isEqualTo(200);
	}

	@Test
	void onlyReviewersChangeTheBank() {
		Api agent = Api.as(this.port, "agent1");
		assertThat(agent.get("/api/training/questions").status()).isEqualTo(403);
		assertThat(agent.post("/api/training/questions/generate", Map.of()).status()).isEqualTo(403);
		assertThat(agent.post("/api/training/exams", Map.of()).status()).isEqualTo(403);
		Api quality = Api.as(this.port, "quality1");
		Response created = quality.post("/api/training/questions",
				Map.of("topic", "手写主题", "kind", "TRUE_FALSE", "stem", "12345 热线全天受理诉求。", "key", Map.of("value", true)));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
		assertThat(created.text("status")).isEqualTo("DRAFT");
		assertThat(created.text("source")).isEqualTo("MANUAL");
		Map<String, Object> edit = new HashMap<>(Map.of("topic", "手写主题", "kind", "TRUE_FALSE", "stem",
				"12345 热线每天 24 小时受理诉求。", "key", Map.of("value", true), "version", 7));
		assertThat(quality.put("/api/training/questions/" + created.id(), edit).status()).isEqualTo(409);
		edit.put("version", 1);
		assertThat(quality.put("/api/training/questions/" + created.id(), edit).text("stem")).contains("24 小时");
		Response published = quality.post("/api/training/questions/" + created.id() + "/publish", Map.of());
		assertThat(published.text("status")).isEqualTo("PUBLISHED");
		assertThat(published.text("reviewedBy")).isEqualTo("quality1");
		assertThat(quality.post("/api/training/questions/" + created.id() + "/publish", Map.of()).status())
			.isEqualTo(409);
		assertThat(this.jdbc.sql("select count(*) from audit_log where target = ?")
			.param("training-question:" + created.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private Map<String, Object> exam(String topic, Team team, Map<String, Object> change) {
		Map<String, Object> body = new HashMap<>(Map.of("title", "考试", "topics", List.of(topic), "questionCount", 2,
				"passMark", 60, "timeLimitMinutes", 10, "agents", team.names));
		body.putAll(change);
		return body;
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	/** The answer to the attempt's question, right or wrong, from the bank's key. */
	private Map<String, Object> answer(JsonNode question, boolean right) {
		JsonNode key = Api.as(this.port, "quality1")
			.get("/api/training/questions/" + question.get("questionId").asLong())
			.body()
			.get("key");
		return switch (question.get("kind").asString()) {
			case "SINGLE" -> {
				int index = key.get("index").asInt();
				yield Map.of("choice", right ? index : (index + 1) % question.get("options").size());
			}
			case "TRUE_FALSE" -> Map.of("value", right == key.get("value").asBoolean());
			default -> {
				List<String> terms = new ArrayList<>();
				key.get("terms").forEach((t) -> terms.add(t.asString()));
				yield Map.of("text", right ? String.join("，", terms) : "不清楚");
			}
		};
	}

	private static void assertNoAnswers(JsonNode attempt) {
		for (JsonNode q : attempt.get("questions")) {
			assertThat(q.has("key")).isFalse();
			assertThat(q.has("rightAnswer")).isFalse();
			assertThat(q.has("correct")).isFalse();
		}
	}

	/**
	 * A topic with at least {@code least} published questions (generated and published by
	 * quality1).
	 */
	private String publishedTopic(int least) {
		Api quality = Api.as(this.port, "quality1");
		quality.post("/api/training/questions/generate", Map.of());
		String best = null;
		int most = -1;
		for (JsonNode t : quality.get("/api/training/topics").body()) {
			int n = t.get("published").asInt() + t.get("drafts").asInt();
			if (!t.get("topic").asString().equals("手写主题") && n > most) {
				most = n;
				best = t.get("topic").asString();
			}
		}
		JsonNode drafts = quality.get("/api/training/questions?status=DRAFT&limit=20&topic=" + encode(best)).body();
		for (JsonNode q : drafts.get("items")) {
			quality.post("/api/training/questions/" + q.get("id").asLong() + "/publish", Map.of());
		}
		JsonNode published = quality.get("/api/training/questions?status=PUBLISHED&limit=1&topic=" + encode(best))
			.body();
		assertThat(published.get("total").asInt()).isGreaterThanOrEqualTo(least);
		return best;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A group of new agents (password {@code secret}) and its team leader. */
	private Team team(int size) {
		String group = "班组-" + UUID.randomUUID().toString().substring(0, 8);
		List<String> names = new ArrayList<>();
		List<Api> agents = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String username = "trainee-" + UUID.randomUUID().toString().substring(0, 8);
			this.jdbc.sql("""
					insert into app_user (username, password_hash, display_name, roles)
					values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""")
				.params(username, "新人" + i)
				.update();
			this.jdbc.sql("insert into workforce_profile (username, group_name) values (?, ?)")
				.params(username, group)
				.update();
			names.add(username);
			agents.add(Api.as(this.port, username, "secret"));
		}
		String leader = "leader-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast('{SUPERVISOR}' as varchar(24)[]))""")
			.params(leader, leader)
			.update();
		this.jdbc.sql("insert into workforce_group_leader (group_name, username) values (?, ?)")
			.params(group, leader)
			.update();
		return new Team(group, names, agents, Api.as(this.port, leader, "secret"));
	}

	record Team(String group, List<String> names, List<Api> agents, Api leader) {
	}

}
