package io.hotline.cti;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 实时监控 in headless Chromium: a team leader watches one queue's waiting calls, answer rate
 * with its alert, and the agents' states, in Chinese and in English.
 */
@HotlineTest
class WallboardBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void showsTheQueueTheAnswerRateItsAlertAndTheAgents() throws Exception {
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		String queue = "q-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String answered = "wb-" + UUID.randomUUID();
		post(phone, "/api/cti/events",
				Map.of("callId", answered, "event", "QUEUED", "queue", queue, "at", now.minusSeconds(300).toString()));
		post(phone, "/api/cti/events",
				Map.of("callId", answered, "event", "ANSWERED", "at", now.minusSeconds(290).toString()));
		String abandoned = "wb-" + UUID.randomUUID();
		post(phone, "/api/cti/events",
				Map.of("callId", abandoned, "event", "QUEUED", "queue", queue, "at", now.minusSeconds(200).toString()));
		post(phone, "/api/cti/events",
				Map.of("callId", abandoned, "event", "ABANDONED", "at", now.minusSeconds(100).toString()));
		post(phone, "/api/cti/events", Map.of("callId", "wb-" + UUID.randomUUID(), "event", "QUEUED", "queue", queue,
				"at", now.minusSeconds(30).toString()));
		String agent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		// a user of the platform: the wallboard names them by their display name
		String name = "李四" + agent.substring(6);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}secret', ?, cast('{AGENT}' as varchar(24)[]))""").params(agent, name).update();
		post(phone, "/api/cti/agent-states", Map.of("agent", agent, "state", "SIGNED_IN", "seat", "PARTNER", "partner",
				"无锡12345", "at", now.minusSeconds(90).toString()));
		post(phone, "/api/cti/agent-states",
				Map.of("agent", agent, "state", "BREAK", "reason", "培训", "at", now.minusSeconds(60).toString()));

		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-wallboard");
		b.waitForCss(Browser.css("wallboard") + "[data-state='ready']");
		b.type("wallboard-queue", queue, "\n");
		b.waitForCss(Browser.css("wallboard-waiting") + "[data-value='1']");
		assertThat(b.waitFor("wallboard-answer-rate-last15").getText()).isEqualTo("50.0%");
		assertThat(b.waitFor("wallboard-alert-ANSWER_RATE_LOW").getText()).contains("接通率 50.0%，低于目标 80.0%");
		assertThat(b.waitFor("wallboard-agent-" + agent).getText()).isEqualTo("小休（培训）");
		assertThat(b.waitFor("wallboard-agent-name-" + agent).getText()).isEqualTo(name);
		assertThat(b.waitFor("wallboard-seat-" + agent).getText()).as("a partner hotline's agent, in overflow")
			.isEqualTo("协作热线（无锡12345）");
		// filtered by a part of the name: that agent alone
		b.type("wallboard-agent-filter", name);
		b.waitForXpath("//*[@data-test='wallboard-agents']//tbody[count(tr)=1]//*[@data-test='wallboard-agent-name-"
				+ agent + "']");

		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='EN']");
		b.waitForXpath("//*[@data-test='wallboard-agent-" + agent + "'][starts-with(normalize-space(.), 'Break')]");
		b.waitForXpath("//*[@data-test='wallboard-agents']//th[normalize-space(.)='Name']");
		assertThat(b.waitFor("wallboard-alert-ANSWER_RATE_LOW").getText()).contains("below the target 80.0%");
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='中文']");
		b.waitForXpath("//h2[normalize-space(.)='话务实时监控']");
		b.signOut();
	}

	private static void post(Api api, String path, Map<String, Object> body) {
		assertThat(api.post(path, new HashMap<>(body)).status()).isEqualTo(200);
	}

}
