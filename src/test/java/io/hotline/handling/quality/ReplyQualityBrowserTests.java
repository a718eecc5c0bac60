package io.hotline.handling.quality;

import java.nio.file.Path;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 答复质量 in headless Chromium: a supervisor sees the weak reply's score and reasons on the
 * order's page, finds it among the replies held for review and sends it back to the unit.
 * Every step waits for a part's {@code data-state}, never for a fixed time.
 */
@HotlineTest
class ReplyQualityBrowserTests extends BrowserTests {

	@Autowired
	ReplyQualityScoring scoring;

	@BeforeEach
	void holdWeakReplies() {
		this.scoring.holding(true);
	}

	@AfterEach
	void holdNoMore() {
		this.scoring.holding(false);
	}

	@Test
	void aSupervisorSeesAHeldReplyAndSendsItBack() throws Exception {
		RepliedOrders orders = new RepliedOrders(this.port);
		long id = orders.signedBy("unit1");
		orders.reply("unit1", id, RepliedOrders.EVASIVE);

		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/orders/" + id);
		assertThat(Integer.parseInt(b.waitFor("reply-quality").getAttribute("data-score"))).isLessThan(60);
		assertThat(b.waitFor("reply-quality-reasons").getText()).contains("推诿或空话", "未说明办理时间");
		b.waitForCss(Browser.css("order-flag-REPLY_QUALITY") + "[data-status='OPEN']");

		b.click("nav-reply-quality");
		String held = Browser.css("reply-quality-held") + "[data-state='loaded']";
		int before = Integer.parseInt(b.waitForCss(held).getAttribute("data-count"));
		b.waitFor("reply-quality-held-" + id);
		b.waitForCss(Browser.css("reply-quality-units") + "[data-state='loaded']");
		b.screenshot(Path.of("target/screenshots/reply-quality.png"));
		b.click("reply-quality-send-back-" + id);
		b.waitForCss(".el-message-box__input input");
		b.clickCss(".el-message-box__btns .el-button--primary");
		b.waitForCss(held + "[data-count='" + (before - 1) + "']");
		assertThat(b.isPresent("reply-quality-held-" + id)).isFalse();

		b.go("/orders/" + id);
		assertThat(b.waitFor("order-status").getText()).isEqualTo("办理中");
		b.waitForCss(Browser.css("timeline") + " [data-event='REPLY_SENT_BACK']");
		assertThat(b.waitFor("timeline").getText()).contains("答复退回");
		b.waitForCss(Browser.css("order-flag-REPLY_QUALITY") + "[data-status='CONFIRMED']");
		b.signOut();
	}

}
