package io.hotline.quality;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import static io.hotline.quality.QualityHttpTest.call;
import static io.hotline.support.Utterances.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能质检 in headless Chromium: the quality officer edits a rule, tries the draft on past
 * calls and switches it on; an agent appeals a finding of their own call.
 */
@HotlineTest
class QualityBrowserTests extends BrowserTests {

	@Test
	void aQualityOfficerEditsARuleTriesItAndSwitchesItOn() throws Exception {
		call(Api.as(this.port, "agent1"), Instant.now().minus(1, ChronoUnit.DAYS),
				List.of(line("AGENT", "您好，便民服务热线", 0, 2), line("CALLER", "我想问社保卡怎么补办", 2.5, 5)));
		Browser browser = browser();
		browser.signIn("quality1");
		browser.waitFor("quality-desk");
		browser.waitFor("rule-table");
		browser.click("rule-edit-greeting");
		browser.type("rule-parameters", "{\"names\": [\"12345\", \"便民服务热线\"], \"utterances\": 1, \"seconds\": 15}");
		browser.click("rule-save");
		browser.waitForNoDialog();
		assertThat(browser.waitFor("rule-params-greeting").getText()).contains("便民服务热线");
		String version = browser.waitFor("rule-set-editor").getAttribute("data-version");

		browser.click("trial-run");
		browser.waitFor("trial-result");
		int byActive = Integer.parseInt(browser.waitFor("trial-active-greeting").getText());
		int byDraft = Integer.parseInt(browser.waitFor("trial-draft-greeting").getText());
		assertThat(byActive).as("the active version flags the greeting the draft accepts").isGreaterThan(byDraft);
		assertThat(browser.waitFor("trial-examples").getText()).contains("便民服务热线");

		browser.click("rule-set-activate");
		browser.waitForCss("[data-test='version-" + version + "'][data-status='ACTIVE']");
		assertThat(Api.as(this.port, "quality1").get("/api/quality/rule-sets/active").body().get("version").asString())
			.isEqualTo(version);
	}

	@Test
	void anAgentAppealsAFindingOfTheirOwnCall() throws Exception {
		String callId = call(Api.as(this.port, "agent1"), Instant.now().minus(2, ChronoUnit.MINUTES),
				List.of(line("AGENT", "您好，12345热线", 0, 2), line("CALLER", "楼上漏水怎么办", 2.5, 5),
						line("AGENT", "这个我也没办法，不归我们管", 5.5, 8)));
		Api.as(this.port, "quality1").post("/api/quality/run", Map.of());
		Browser browser = browser();
		browser.signIn("agent1");
		browser.click("nav-my-inspections");
		browser.waitFor("my-inspections");
		browser.click("inspection-row-" + callId);
		browser.waitFor("inspection-findings");
		browser.click("appeal-forbidden-words");
		browser.type("appeal-reason", "市民问的是物业维修，我已告知物业电话");
		browser.click("appeal-submit");
		browser.waitForCss("[data-test^='finding-appeal-'][data-status='OPEN']");
		assertThat(Api.as(this.port, "quality1").get("/api/quality/appeals?status=OPEN&limit=500").body().toString())
			.contains(callId);
	}

}
