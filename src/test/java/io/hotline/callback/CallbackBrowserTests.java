package io.hotline.callback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A callback agent's day in headless Chromium: the dialog chooses nothing beforehand and
 * shows the phone, the unit's reply and the history; a try that does not reach the caller
 * keeps the order in the queue with the time of the next try; in English, a reached
 * caller's verdict closes it.
 */
@HotlineTest
class CallbackBrowserTests extends BrowserTests {

	@Test
	void triesACallerTwiceAndClosesTheOrderOnceReached() throws Exception {
		Api.as(this.port, "admin")
			.put("/api/callback/settings", Map.of("maxTries", 3, "retryMinutes", 120, "afterLast", "CLOSE"));
		long id = repliedOrder("路灯已修好，恢复照明 " + UUID.randomUUID().toString().substring(0, 8));

		Browser b = browser();
		b.signIn("callback1");
		b.click("act-callback-" + id);
		assertThat(b.waitFor("cb-phone").getText()).isEqualTo("13900005555");
		assertThat(b.waitFor("cb-reply").getText()).contains("路灯已修好");
		assertThat(b.driver().findElements(By.cssSelector("[data-test^='cb-outcome-'].is-active")))
			.as("no outcome chosen beforehand")
			.isEmpty();
		assertThat(b.waitFor("cb-submit").isEnabled()).isFalse();
		b.clickCss(Browser.css("cb-history") + " .el-collapse-item__header");
		assertThat(b.waitForCss(Browser.css("cb-history") + " [data-event='REPLIED']").getText()).contains("办理回复");

		b.click("cb-outcome-NOT_REACHED");
		b.click("cb-submit");
		assertThat(b.waitFor("cb-result").getAttribute("data-outcome")).isEqualTo("retry");
		assertThat(b.waitFor("cb-result").getText()).contains("未接通，稍后再回访");
		assertThat(b.waitFor("cb-retry").getText()).contains("第 1 次未接通（最多 3 次）").contains("之后再次回访");
		b.click("cb-done");
		b.waitForNoDialog();

		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='EN']");
		b.waitForXpath("//*[@data-test='sign-out'][normalize-space(.)='Sign out']");
		b.click("act-callback-" + id);
		assertThat(b.waitFor("cb-tries").getText()).contains("Not reached 1 times (at most 3)");
		b.click("cb-outcome-REACHED");
		b.click("cb-satisfaction-SATISFIED");
		b.click("cb-resolved-yes");
		b.click("cb-submit");
		assertThat(b.waitFor("cb-result").getAttribute("data-outcome")).isEqualTo("closed");
		assertThat(b.waitFor("cb-result").getText())
			.contains("The caller's verdict is recorded and the order is closed");
		b.click("cb-done");
		b.waitForNoDialog();
		new WebDriverWait(b.driver(), Duration.ofSeconds(20))
			.until((d) -> d.findElements(By.cssSelector(Browser.css("act-callback-" + id))).isEmpty());
		assertThat(Api.as(this.port, "callback1").get("/api/orders/" + id).text("status")).isEqualTo("CLOSED");
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='中文']");
		b.signOut();
	}

	/** An order registered by phone, dispatched to unit1 and replied by it. */
	private long repliedOrder(String reply) {
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "HELP", "content", "小区门口路灯不亮 " + UUID.randomUUID(), "caller",
							Map.of("phone", "13900005555")))
			.id();
		long unit1 = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit1)));
		act("unit1", id, "sign", Map.of());
		act("unit1", id, "reply", Map.of("content", reply, "resolved", true));
		return id;
	}

	private void act(String user, long id, String action, Map<String, Object> body) {
		Api.Response response = Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response.body()).isLessThan(300);
	}

}
