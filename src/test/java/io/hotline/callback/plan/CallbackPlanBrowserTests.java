package io.hotline.callback.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能回访 in headless Chromium: the administrator adds a node to the robot's script and
 * saves it as a new version; the robot's conversation of a plan shows on the order.
 */
@HotlineTest
class CallbackPlanBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PlanSending sending;

	@AfterEach
	void reset() {
		this.clock.reset();
		Api admin = Api.as(this.port, "admin");
		admin.post("/api/callback/robot-scripts", admin.get("/api/callback/robot-scripts/1").body().get("graph"));
	}

	@Test
	void theAdministratorAddsANodeAndTheConversationShowsOnTheOrder() throws Exception {
		Api admin = Api.as(this.port, "admin");
		int before = admin.get("/api/callback/robot-scripts/latest").body().get("version").asInt();
		Browser b = browser();
		b.signIn("admin");
		b.go("/admin");
		b.clickCss("#tab-robot-script");
		b.waitFor("robot-script");
		int nodes = b.driver().findElements(By.cssSelector(Browser.css("robot-node"))).size();
		b.click("robot-add-node");
		List<WebElement> all = b.driver().findElements(By.cssSelector(Browser.css("robot-node")));
		assertThat(all).hasSize(nodes + 1);
		WebElement added = all.get(nodes);
		added
			.findElement(By.cssSelector(
					"textarea" + Browser.css("robot-node-say") + ", " + Browser.css("robot-node-say") + " textarea"))
			.sendKeys("请稍候，为您转接值班长。");
		// saved without a way to reach it: refused, naming the node
		b.click("robot-script-save");
		assertThat(b.waitFor("robot-script-error").getText()).contains("node" + (nodes + 1));
		// an answer of the first node leads to it
		WebElement first = all.get(0);
		first.findElement(By.cssSelector(Browser.css("robot-add-answer"))).click();
		List<WebElement> digits = first.findElements(By.cssSelector(
				"input" + Browser.css("robot-answer-digits") + ", " + Browser.css("robot-answer-digits") + " input"));
		digits.get(digits.size() - 1).sendKeys("9");
		b.click("robot-script-save");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20))
			.until((d) -> d.findElement(By.cssSelector(Browser.css("robot-script-version")))
				.getText()
				.equals(String.valueOf(before + 1)));
		JsonNode latest = admin.get("/api/callback/robot-scripts/latest").body();
		assertThat(latest.get("graph").get("nodes")).hasSize(nodes + 1);
		assertThat(latest.get("graph").get("nodes").get(nodes).get("say").asString()).isEqualTo("请稍候，为您转接值班长。");
		b.signOut();

		// a plan's robot call, answered, is shown on the order
		long order = RepliedOrders.replied(this.port, this.jdbc, "HELP", "路灯不亮", "已更换灯泡，承诺3日内完成线路检修。");
		JsonNode plan = RepliedOrders.planOf(this.port, order);
		Instant due = Instant.parse(plan.get("dueAt").asString()).plus(Duration.ofMinutes(30));
		this.clock.advance(Duration.between(this.clock.instant(), due));
		this.sending.sendDue();
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		assertThat(phone.post("/api/callback/plans/" + plan.get("id").asLong() + "/answers", Map.of("text", "不满意，还是坏的"))
			.text("status")).isEqualTo("HANDED_OVER");
		this.clock.reset();
		b.signIn("callback1");
		b.go("/orders/" + order);
		WebElement shown = b.waitFor("order-callback-plans");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until((d) -> shown.getText().contains("不满意，还是坏的"));
		assertThat(shown.getText()).contains("机器人").contains("转人工");
		b.signOut();
	}

}
