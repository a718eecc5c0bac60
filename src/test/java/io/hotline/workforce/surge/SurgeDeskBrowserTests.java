package io.hotline.workforce.surge;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 话务高峰 in headless Chromium: an administrator turns the callback queue on with a promise
 * and saves, a refused value shows the server's message at its field, and the page reads
 * in English; a supervisor sees the queue's numbers masked and the measures read only; an
 * agent sees a number left through the phone system, takes it and records it reached. The
 * measures are put back as they were.
 */
@HotlineTest
class SurgeDeskBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private JsonNode before;

	@BeforeEach
	void emptyQueue() {
		// the callback queue is shared with SurgeHttpTest: close what earlier tests left
		this.jdbc.sql("update surge_callback set status = 'UNREACHED', done_at = now() where status <> 'REACHED'")
			.update();
		this.before = admin().get("/api/workforce/surge/measures").body();
	}

	@AfterEach
	void measuresBack() {
		assertThat(admin().put("/api/workforce/surge/measures", this.before).status()).isEqualTo(200);
	}

	@Test
	void anAdministratorSetsTheMeasuresAndARefusedValueShowsAtItsField() throws Exception {
		assertThat(admin().put("/api/workforce/surge/measures", SurgeHttpTest.measures(false, 1.5)).status())
			.isEqualTo(200);
		Browser b = browser();
		b.signIn("admin");
		b.click("nav-surge");
		b.waitForXpath("//h2[normalize-space(.)='话务高峰']");
		b.waitForCss(Browser.css("surge-measures") + "[data-state='ready']");
		b.waitForCss(Browser.css("surge-status") + "[data-state='ready']");
		assertThat(b.waitFor("surge-seats").getText()).as("the agents signed in, by seat").contains("中心坐席");
		assertThat(b.waitFor("surge-answered").getText()).contains("云坐席");
		b.click("surge-callbackQueue-on");
		b.type("surge-callbackQueue-promiseMinutes", "120");
		// the input keeps to the server's bounds (1.1–50)
		b.type("surge-trigger-factor", "99");
		b.click("surge-trigger-minutes");
		assertThat(b.waitFor("surge-trigger-factor")
			.findElement(org.openqa.selenium.By.tagName("input"))
			.getAttribute("value")).isEqualTo("50.00");
		b.type("surge-trigger-factor", "2");
		b.click("surge-measures-save");
		b.waitForXpath("//*[contains(@class, 'el-message--success')][contains(., '话务高峰措施已保存')]");
		JsonNode saved = admin().get("/api/workforce/surge/measures").body();
		assertThat(saved.get("callbackQueue").get("on").asBoolean()).isTrue();
		assertThat(saved.get("callbackQueue").get("promiseMinutes").asInt()).isEqualTo(120);
		assertThat(saved.get("trigger").get("factor").asDouble()).isEqualTo(2.0);
		assertThat(b.waitFor("surge-measures-set").getText()).isEqualTo("回呼队列");

		// deflection on without a hot topic: refused, the message next to the topic
		b.click("surge-deflection-on");
		b.type("surge-deflection-topic", org.openqa.selenium.Keys.BACK_SPACE);
		b.click("surge-measures-save");
		assertThat(b.waitFor("surge-deflection-topic-error").getText()).contains("自助分流的热点问题");
		assertThat(admin().get("/api/workforce/surge/measures").body().get("deflection").get("on").asBoolean())
			.as("a refused change stores nothing")
			.isFalse();

		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='EN']");
		b.waitForXpath("//h2[normalize-space(.)='Surge']");
		b.waitForXpath("//h3[normalize-space(.)='Surge measures']");
		assertThat(b.waitFor("surge-measures-set").getText()).isEqualTo("Callback queue");
		assertThat(b.waitFor("nav-surge").getText()).isEqualTo("Surge");
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='中文']");
		b.waitForXpath("//h2[normalize-space(.)='话务高峰']");
		b.signOut();
	}

	@Test
	void anAgentTakesACallbackLeftThroughThePhoneSystemAndRecordsItReached() throws Exception {
		Map<String, Object> on = SurgeHttpTest.measures(false, 1.5);
		on.put("callbackQueue", Map.of("on", true, "promiseMinutes", 120, "retryMinutes", 30, "maxTries", 3));
		assertThat(admin().put("/api/workforce/surge/measures", on).status()).isEqualTo(200);
		String number = "1380000" + String.format("%04d", (int) (Math.random() * 10000));
		Api.Response left = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc)
			.post("/api/workforce/callbacks", Map.of("callId", "surge-desk-" + number, "phone", number, "queuedAt",
					this.clock.instant().minus(Duration.ofMinutes(3)).toString()));
		assertThat(left.status()).as(String.valueOf(left.body())).isEqualTo(200);
		long id = left.id();

		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/workforce/surge");
		assertThat(b.waitFor("surge-callback-" + id).getText()).as("masked for supervisors")
			.isEqualTo(number.substring(0, 3) + "****" + number.substring(7));
		assertThat(b.isPresent("surge-next")).isFalse();
		b.click("surge-callbacks-export-csv");
		String csv = java.nio.file.Files.readString(b.waitForDownload(".csv"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).as("exported as shown")
			.contains("等待回呼")
			.contains(number.substring(0, 3) + "****")
			.doesNotContain(number);
		b.waitFor("surge-measures-read-only");
		assertThat(b.isPresent("surge-measures-save")).isFalse();

		// 请求支援: the supervisor asks other hotlines for agents, then withdraws the ask
		Api.as(this.port, "supervisor1").delete("/api/workforce/surge/help");
		b.driver().navigate().refresh();
		b.waitFor("surge-help");
		b.type("surge-help-note", "暴雨，来电是平时的 9 倍");
		b.click("surge-help-ask");
		assertThat(b.waitFor("surge-help-open").getText()).contains("10").contains("暴雨");
		assertThat(Api.as(this.port, "supervisor1").get("/api/workforce/surge/help").body().get("agents").asInt())
			.isEqualTo(10);
		b.click("surge-help-withdraw");
		b.waitForGone("surge-help-open");
		assertThat(Api.as(this.port, "supervisor1").get("/api/workforce/surge/help").status()).isEqualTo(204);
		b.signOut();

		String agent = agent();
		b.signIn(agent);
		b.click("nav-surge");
		assertThat(b.waitFor("surge-callback-" + id).getText()).isEqualTo(number);
		assertThat(b.waitFor("surge-callback-status-" + id).getText()).isEqualTo("等待回呼");
		assertThat(b.isPresent("surge-measures")).as("the measures are for supervisors").isFalse();
		b.click("surge-next");
		assertThat(b.waitForCss(Browser.css("surge-held") + "[data-id='" + id + "']").getText()).contains(number);
		assertThat(b.waitFor("surge-callback-status-" + id).getText()).isEqualTo("回呼中");
		assertThat(
				this.jdbc.sql("select agent from surge_callback where id = ?").param(id).query(String.class).single())
			.isEqualTo(agent);
		b.click("surge-reached");
		b.waitForXpath("//*[contains(@class, 'el-message--success')][contains(., '已登记：已接通')]");
		b.waitForCss(Browser.css("surge-callbacks") + "[data-count='0']");
		assertThat(b.isPresent("surge-held")).isFalse();
		assertThat(
				this.jdbc.sql("select status from surge_callback where id = ?").param(id).query(String.class).single())
			.isEqualTo("REACHED");
		assertThat(Api.as(this.port, agent).get("/api/workforce/callbacks").body()).isEmpty();
		b.click("surge-next");
		b.waitForXpath("//*[contains(@class, 'el-message')][contains(., '没有到期的回呼')]");
		b.signOut();
	}

	private Api admin() {
		return Api.as(this.port, "admin");
	}

	private String agent() {
		String username = "surge-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}demo', ?, cast('{AGENT}' as varchar(24)[]))""").params(username, username).update();
		return username;
	}

}
