package io.hotline.linkage;

import java.nio.file.Path;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能联动 in headless Chromium: a red banner as the agent types a fire report, the rules in
 * the supervision desk tried on a text.
 */
@HotlineTest
class LinkageBrowserTests extends BrowserTests {

	/** Waits until the banner checked the text and nothing fired (it is hidden then). */
	private static final String CHECKED_WITHOUT_HITS = """
			const done = arguments[arguments.length - 1];
			const poll = setInterval(() => {
			  const alert = document.querySelector("[data-test='linkage-alert']");
			  if (alert && alert.dataset.state === 'done' && alert.dataset.hits === '') {
			    clearInterval(poll);
			    done(true);
			  }
			}, 50);""";

	@Test
	void typingAFireReportShowsTheBannerAndANegatedInjuryClearsIt() throws Exception {
		Browser b = browser();
		b.signIn("agent1");
		b.go("/agent");
		b.type("order-content", "我家楼下的电动车着火了，冒烟很厉害");
		String banner = b.waitFor("linkage-hit-FIRE").getText();
		assertThat(banner).contains("疑似火灾", "119", "着火", "冒烟");
		b.waitForCss(Browser.css("linkage-alert") + "[data-state='done'][data-hits='FIRE']");
		b.screenshot(Path.of("target/screenshots/linkage-alert.png"));
		b.type("order-content", "两车剐蹭，没有人受伤");
		assertThat(b.asyncScript(CHECKED_WITHOUT_HITS)).isEqualTo(Boolean.TRUE);
		assertThat(b.isPresent("linkage-hit-INJURY")).isFalse();
		b.signOut();
	}

	@Test
	void aSupervisorSeesTheRulesAndTriesThemOnAText() throws Exception {
		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/supervision");
		b.clickCss("#tab-linkage");
		b.waitForCss(Browser.css("linkage-rules") + "[data-state='ready']");
		assertThat(b.waitFor("linkage-rule-table").getText()).contains("FIRE", "火灾", "SELF_HARM", "自伤");
		b.type("linkage-try-text", "他说不想活了，要去跳楼");
		b.click("linkage-try");
		assertThat(b.waitFor("linkage-tried").getText()).contains("自伤", "不想活", "跳楼");
		b.click("linkage-edit-FIRE");
		assertThat(b.waitFor("linkage-rule-dialog").getText()).contains("FIRE");
		b.screenshot(Path.of("target/screenshots/linkage-rules.png"));
		b.clickCss(Browser.css("linkage-rule-dialog") + " .el-dialog__headerbtn");
		b.waitForNoDialog();
		b.signOut();
	}

}
