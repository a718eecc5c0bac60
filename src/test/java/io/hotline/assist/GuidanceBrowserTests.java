package io.hotline.assist;

import java.util.Map;
import java.util.UUID;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 话术指引 in headless Chromium: during a call on agent1's line, as the transcript grows, the
 * guidance panel shows the knowledge article and the scripts for the caller's words, then
 * the emergency with its words marked and the hand-off script first.
 */
@HotlineTest
class GuidanceBrowserTests extends BrowserTests {

	@Test
	void anAgentSeesGuidanceAsTheCallerSpeaks() throws Exception {
		Browser b = browser();
		b.signIn("agent1");
		b.waitFor("registration");
		String callId = "guide-" + UUID.randomUUID();
		AgentLine.event(this.port, callId, "RINGING", Map.of("caller",
				"138" + (10_000_000 + (int) (Math.random() * 89_999_999)), "callee", "12345", "agent", "agent1"));
		AgentLine.event(this.port, callId, "ANSWERED", Map.of());
		try {
			AgentLine.event(this.port, callId, "TRANSCRIPT",
					Map.of("transcript", "坐席：您好，12345热线\n来电人：我要投诉，小区旁边的工地每天晚上施工到凌晨，噪音太大了"));
			String panel = Browser.css("guidance") + "[data-call-id='" + callId + "']";
			b.waitForCss(panel);
			WebElement article = b.waitForXpath("//*[starts-with(@data-test,'guidance-article-')]"
					+ "/*[contains(@class,'article-title') and text()='夜间施工噪音扰民']");
			assertThat(article.isDisplayed()).isTrue();
			b.waitFor("guidance-script-ANSWER_COMPLAINT");
			assertThat(b.waitFor("guidance-script-CONFIRM_NEED").getText()).contains("跟您确认一下");
			assertThat(b.isPresent("guidance-alert-FIRE")).isFalse();

			AgentLine.event(this.port, callId, "TRANSCRIPT", Map.of("transcript",
					"坐席：您好，12345热线\n来电人：我要投诉，小区旁边的工地每天晚上施工到凌晨，噪音太大了" + "\n坐席：好的，请问具体位置？\n来电人：不好了，工地那边着火了，好大的烟"));
			WebElement alert = b.waitFor("guidance-alert-FIRE");
			assertThat(alert.getAttribute("data-kind")).isEqualTo("EMERGENCY");
			assertThat(alert.getText()).contains("119");
			assertThat(alert.findElements(By.cssSelector(Browser.css("guidance-word")))).extracting(WebElement::getText)
				.contains("着火");
			assertThat(b.waitForCss(panel + "[data-scripts^='EMERGENCY_119']").getText()).contains("转接119");
		}
		finally {
			AgentLine.event(this.port, callId, "HUNG_UP", Map.of());
		}
		b.signOut();
	}

}
