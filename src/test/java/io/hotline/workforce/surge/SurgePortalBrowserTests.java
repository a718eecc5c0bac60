package io.hotline.workforce.surge;

import java.sql.Timestamp;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Self-service deflection on the portal, in headless Chromium: while a surge with
 * deflection is on, the hot topic's answers come first on the submission page and one
 * opens its article; without the surge none are shown.
 */
@HotlineTest
class SurgePortalBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void calm() {
		Api.as(this.port, "admin").put("/api/workforce/surge/measures", SurgeHttpTest.measures(false, 1.5));
		this.jdbc.sql("update surge_state set surge_on = false, since = null, reason = null where id = 1").update();
	}

	@Test
	void theHotTopicsAnswersComeFirstOnThePortalDuringASurge() throws Exception {
		Map<String, Object> measures = SurgeHttpTest.measures(false, 1.5);
		measures.put("deflection", Map.of("on", true, "topic", "停水 水压低", "share", 0.25));
		assertThat(Api.as(this.port, "admin").put("/api/workforce/surge/measures", measures).status()).isEqualTo(200);
		Browser b = browser();
		b.go("/portal");
		b.waitFor("portal-content");
		assertThat(b.isPresent("portal-hot-answers")).as("no surge: no hot answers").isFalse();

		this.jdbc.sql("update surge_state set surge_on = true, since = ?, reason = 'test' where id = 1")
			.param(Timestamp.from(this.clock.instant()))
			.update();
		b.go("/portal");
		assertThat(b.waitFor("portal-hot-answers").getText()).contains("热点问题自助解答").contains("停水 水压低");
		String title = b.waitFor("portal-hot-0").findElement(By.tagName("a")).getText();
		assertThat(title).contains("停水");
		b.clickCss(Browser.css("portal-hot-0") + " a");
		assertThat(b.waitFor("portal-kb-article").getText()).contains(title);
	}

}
