package io.hotline.supervision;

import java.time.Duration;
import java.time.Instant;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision desk in headless Chromium: a supervisor finds a planted overdue case
 * among the 督办件, closes it with a note, and sees the monitors' settings. Every step waits
 * for a {@code data-state} or {@code data-status}, never for a fixed time.
 */
@HotlineTest
class SupervisionBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aSupervisorSeesAPlantedCaseAndClosesIt() throws Exception {
		SupervisionPlant plant = new SupervisionPlant(this.port, this.jdbc, this.clock);
		long unit = plant.unit();
		Api handler = plant.handler(unit);
		JsonNode order = plant.atUnit(handler, unit);
		plant.moveTo(Instant.parse(order.get("deadline").asString()).plus(Duration.ofHours(1)));
		plant.run(unit);
		this.clock.reset();
		long caseId = plant.caseOf(order.get("id").asLong(), "OVERDUE").get("id").asLong();

		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/supervision");
		b.clickCss("#tab-cases");
		b.waitForCss(Browser.css("supervision-cases") + "[data-state='ready']");
		assertThat(b.waitFor("case-order-" + caseId).getText()).isEqualTo(order.get("number").asString());
		b.waitForCss(Browser.css("case-status-" + caseId) + "[data-status='REMINDED'], "
				+ Browser.css("case-status-" + caseId) + "[data-status='OPEN']");

		b.click("case-close-" + caseId);
		b.waitForCss(".el-message-box input").sendKeys("已电话督促承办单位");
		b.clickCss(".el-message-box__btns .el-button--primary");
		b.waitForCss(Browser.css("case-status-" + caseId) + "[data-status='CLOSED']");
		JsonNode closed = plant.caseOf(order.get("id").asLong(), "OVERDUE");
		assertThat(closed.get("closedBy").asString()).isEqualTo("supervisor1");
		assertThat(closed.get("closeNote").asString()).isEqualTo("已电话督促承办单位");

		b.clickCss("#tab-monitors");
		b.waitForCss(Browser.css("supervision-monitors") + "[data-state='ready']");
		assertThat(b.isPresent("monitor-save-OVERDUE")).isTrue();
	}

}
