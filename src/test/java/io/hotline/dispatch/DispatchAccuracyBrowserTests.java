package io.hotline.dispatch;

import java.util.Locale;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** 派单质量 in headless Chromium: the page shows the figures the API answers. */
@HotlineTest
class DispatchAccuracyBrowserTests extends BrowserTests {

	@Test
	void aSupervisorSeesTheFiguresOfTheApiByWeekAndByMonth() throws Exception {
		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-quality");
		assertThat(b.waitForCss(Browser.css("quality-chart") + " canvas")).isNotNull();
		assertTableShows(b, Api.as(this.port, "supervisor1").get("/api/dispatch/accuracy").body());

		b.click("quality-interval-month");
		JsonNode months = Api.as(this.port, "supervisor1").get("/api/dispatch/accuracy?interval=month").body();
		assertThat(months.get("periods")).hasSize(12);
		assertTableShows(b, months);
		b.signOut();
	}

	/** Every period's row and the total below them, as the API answers them. */
	private static void assertTableShows(Browser b, JsonNode report) {
		for (JsonNode period : report.get("periods")) {
			String day = period.get("period").asString();
			assertThat(b.waitFor("quality-dispatched-" + day).getText()).isEqualTo(period.get("dispatched").asString());
			assertThat(b.waitFor("quality-returned-" + day).getText()).isEqualTo(period.get("returned").asString());
			assertThat(b.waitFor("quality-redispatched-" + day).getText())
				.isEqualTo(period.get("redispatched").asString());
			assertThat(b.waitFor("quality-accuracy-" + day).getText()).isEqualTo(percent(period.get("accuracy")));
			assertThat(b.waitFor("quality-redispatchRate-" + day).getText())
				.isEqualTo(percent(period.get("redispatchRate")));
		}
		JsonNode total = report.get("total");
		assertThat(total.get("dispatched").asLong()).isPositive();
		assertThat(b.waitForCss(Browser.css("quality-table") + " .el-table__footer").getText()).contains("合计",
				total.get("dispatched").asString(), percent(total.get("accuracy")));
	}

	private static String percent(JsonNode rate) {
		return rate.isNull() ? "–" : String.format(Locale.ROOT, "%.2f%%", rate.asDouble() * 100);
	}

}
