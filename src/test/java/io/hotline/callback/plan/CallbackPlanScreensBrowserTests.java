package io.hotline.callback.plan;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens of callback plans in headless Chromium: a supervisor opens the surveyed
 * share and drills to the plans behind it; the administrator changes a channel rule.
 */
@HotlineTest
class CallbackPlanScreensBrowserTests extends BrowserTests {

	private static final Set<String> NOT_SURVEYED = Set.of("待回访", "已发送", "外呼中", "转人工", "无联系方式", "已取消");

	@Autowired
	JdbcClient jdbc;

	JsonNode rules;

	@BeforeEach
	void keepRules() {
		this.rules = Api.as(this.port, "admin").get("/api/callback/plan-rules").body();
	}

	@AfterEach
	void restoreRules() {
		Api.as(this.port, "admin").put("/api/callback/plan-rules", this.rules);
	}

	@Test
	void aSupervisorDrillsFromTheSurveyedShareToThePlansNotSurveyed() throws Exception {
		long order = RepliedOrders.replied(this.port, this.jdbc, "HELP", "井盖缺失", "已补装井盖，问题已解决。");
		long plan = RepliedOrders.planOf(this.port, order).get("id").asLong();
		JsonNode figures = Api.as(this.port, "supervisor1").get("/api/callback/plans/figures").body();
		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-callback-plans");
		WebElement share = b.waitFor("figure-surveyed");
		assertThat(share.getText()).contains("%").contains("/");
		b.click("figure-not-surveyed");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until((d) -> "ready".equals(b.waitFor("callback-plans").getDomAttribute("data-state")) && notSurveyed(d));
		long total = Long.parseLong(b.waitFor("callback-plans").getDomAttribute("data-total"));
		assertThat(total).isGreaterThanOrEqualTo(figures.get("plans").asLong() - figures.get("surveyed").asLong());
		assertThat(notSurveyed(b.driver())).isTrue();
		// the new order's plan is not surveyed yet: it is behind the figure, and opens
		// its order
		JsonNode behind = Api.as(this.port, "supervisor1")
			.get("/api/callback/plans?surveyed=false&number="
					+ RepliedOrders.planOf(this.port, order).get("orderNumber").asString())
			.body();
		assertThat(behind.get("items").get(0).get("id").asLong()).isEqualTo(plan);
		b.signOut();
	}

	/** Whether the list shows plans, all of them not surveyed. */
	private static boolean notSurveyed(WebDriver driver) {
		List<WebElement> statuses = driver.findElements(By.cssSelector("[data-test^='plan-status-']"));
		return !statuses.isEmpty() && statuses.stream().allMatch((s) -> NOT_SURVEYED.contains(s.getText()));
	}

	@Test
	void theAdministratorChangesAChannelRule() throws Exception {
		String before = this.rules.get("channels").get(0).get("channel").asString();
		String wanted = "WECHAT".equals(before) ? "SMS" : "WECHAT";
		Browser b = browser();
		b.signIn("admin");
		b.go("/admin");
		b.clickCss("#tab-plan-rules");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until((d) -> "ready"
			.equals(d.findElement(By.cssSelector(Browser.css("plan-rules"))).getDomAttribute("data-state")));
		b.click("channel-rule-channel-0");
		b.clickXpath("//li[contains(@class,'el-select-dropdown__item')][.//*[normalize-space(text())='"
				+ ("WECHAT".equals(wanted) ? "微信" : "短信") + "']]");
		b.click("plan-rules-save");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until((d) -> wanted.equals(Api.as(this.port, "admin")
			.get("/api/callback/plan-rules")
			.body()
			.get("channels")
			.get(0)
			.get("channel")
			.asString()));
		JsonNode after = Api.as(this.port, "admin").get("/api/callback/plan-rules").body();
		assertThat(after.get("channels")).hasSize(this.rules.get("channels").size());
		assertThat(after.get("updatedBy").asString()).isEqualTo("admin");
		b.signOut();
	}

}
