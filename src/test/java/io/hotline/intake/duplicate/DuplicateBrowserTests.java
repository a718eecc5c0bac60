package io.hotline.intake.duplicate;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能查重 in headless Chromium: the agent typing a message about a matter registered already
 * sees that order among the hints, registers it anyway, and a dispatcher merges the new
 * order into the first on its page. Every step waits for a {@code data-} state, never for
 * a fixed time.
 */
@HotlineTest
class DuplicateBrowserTests extends BrowserTests {

	@Autowired
	RecentOrders recent;

	@Test
	void theAgentSeesTheHintAndTheDispatcherMergesOnTheOrderPage() throws Exception {
		String text = "天寿路98号松柏苑地下车库进水，积水半米深，业主车辆被泡，物业不抽水";
		long first = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", text, "title", "松柏苑地下车库进水", "caller",
							Map.of("phone", "13622220001")))
			.id();
		this.recent.settle();

		Browser b = browser();
		b.signIn("agent1");
		b.type("caller-phone", "13622220002");
		b.type("order-content", "松柏苑地下车库又进水了，积水很深，车辆被泡，物业一直不抽水");
		b.waitFor("duplicate-hint-" + first);
		assertThat(b.waitFor("duplicate-hint-" + first).getText()).contains("内容相似");
		b.click("register-submit");
		long second = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		this.recent.settle();
		b.signOut();

		b.signIn("dispatcher1");
		b.go("/orders/" + second);
		b.waitForCss("[data-test='order-related'][data-state='ready']");
		b.waitForCss("[data-test='related-link-" + first + "'][data-kind='DUPLICATE']");
		b.click("related-merge-" + first);
		b.clickCss(".el-message-box__btns .el-button--primary");
		b.waitForCss("[data-test='related-link-" + first + "'][data-kind='MERGED_INTO']");
		assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + second).body().get("events").toString())
			.contains("MERGED");
		b.signOut();
	}

}
