package io.hotline.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 考试培训 in headless Chromium: a new agent takes the exam quality1 composed for them and
 * sees the score; their team leader sees it on the progress page.
 */
@HotlineTest
class TrainingBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgentTakesAnExamAndTheLeaderSeesTheScore() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String agent = "newagent-" + suffix;
		String leader = "teamlead-" + suffix;
		String group = "新人班-" + suffix;
		user(agent, "agent1", "AGENT");
		user(leader, "supervisor1", "SUPERVISOR");
		this.jdbc.sql("insert into workforce_profile (username, group_name) values (?, ?)")
			.params(agent, group)
			.update();
		this.jdbc.sql("insert into workforce_group_leader (group_name, username) values (?, ?)")
			.params(group, leader)
			.update();
		Api quality = Api.as(this.port, "quality1");
		quality.post("/api/training/questions/generate", Map.of());
		String topic = null;
		int most = 0;
		for (JsonNode t : quality.get("/api/training/topics").body()) {
			if (t.get("published").asInt() + t.get("drafts").asInt() > most) {
				most = t.get("published").asInt() + t.get("drafts").asInt();
				topic = t.get("topic").asString();
			}
		}
		for (JsonNode q : quality
			.get("/api/training/questions?status=DRAFT&limit=5&topic="
					+ java.net.URLEncoder.encode(topic, java.nio.charset.StandardCharsets.UTF_8))
			.body()
			.get("items")) {
			quality.post("/api/training/questions/" + q.get("id").asLong() + "/publish", Map.of());
		}
		long exam = quality
			.post("/api/training/exams", Map.of("title", "岗前考试 " + suffix, "topics", List.of(topic), "questionCount", 3,
					"passMark", 60, "timeLimitMinutes", 20, "group", group))
			.id();

		Browser b = browser();
		b.signIn(agent);
		b.click("nav-my-exams");
		b.click("my-exam-start-" + exam);
		b.waitFor("attempt-clock");
		for (int position = 1; position <= 3; position++) {
			if (b.isPresent("option-" + position + "-0")) {
				b.click("option-" + position + "-0");
			}
			else if (b.isPresent("option-" + position + "-true")) {
				b.click("option-" + position + "-true");
			}
			else {
				b.type("text-" + position, "身份证 窗口 办理");
				b.click("attempt-clock");
			}
		}
		Thread.sleep(500);
		b.screenshot(Path.of("target/screenshots/training-exam.png"));
		b.click("attempt-submit");
		String score = b.waitFor("attempt-score").getAttribute("data-score");
		JsonNode taken = Api.as(this.port, agent).get("/api/training/my-exams").body().get(0);
		assertThat(score).isEqualTo(taken.get("lastScore").asString());
		assertThat(b.waitFor("attempt-status").getAttribute("data-status")).isEqualTo("SUBMITTED");
		b.signOut();

		b.signIn(leader);
		b.click("nav-training-progress");
		assertThat(b.waitFor("progress-score-" + agent).getText()).isEqualTo(score);
		b.screenshot(Path.of("target/screenshots/training-progress.png"));
		b.signOut();
	}

	/** A user with the password of a demo user ({@code demo}). */
	private void user(String username, String like, String role) {
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				select ?, password_hash, ?, cast(? as varchar(24)[]) from app_user where username = ?""")
			.params(username, username, "{" + role + "}", like)
			.update();
	}

}
