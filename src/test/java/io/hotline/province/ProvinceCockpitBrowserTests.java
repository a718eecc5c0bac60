package io.hotline.province;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.workforce.SurgeReports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 省级平台 in a real browser: a province (甘肃省) fed by two of its cities, seen by a supervisor
 * — both cities connected, their orders, one order's timeline as its city sent it, and a
 * city's order count in 考核排名 opening that city's orders; 省级督办 from an order's drawer, the
 * city's case as the city reports it, and a reminder (催办) from the list; 派遣支援 to a city
 * that asked for help, listed with its progress.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(
		properties = { "hotline.jurisdiction=62", "hotline.node.master-key=" + ProvinceCockpitBrowserTests.SECRET,
				"hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200" })
class ProvinceCockpitBrowserTests extends BrowserTests {

	static final String SECRET = "province-secret-for-tests";

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Test
	void showsTheCitiesTheirOrdersAndAnOrdersTimelineToTheProvincesSupervisor() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant().minus(Duration.ofHours(5));
		assertThat(feed.send("6201",
				List.of(CityFeed.closed(501, "LZ0501", "黄河边路灯不亮", at, "SATISFIED"),
						CityFeed.registered(502, "LZ0502", "小区噪音扰民", at.plusSeconds(60))),
				List.of(CityFeed.event(5011, 501, "REGISTERED", at, "REGISTERED", null),
						CityFeed.event(5012, 501, "FINISHED", at.plusSeconds(600), "CLOSED", "已修复路灯"))))
			.isEqualTo(200);
		assertThat(feed.send("6202", List.of(CityFeed.registered(601, "JYG0601", "道路积水", at)), List.of()))
			.isEqualTo(200);

		Browser browser = browser();
		browser.signIn("supervisor1");
		browser.click("nav-province");
		browser.waitForCss("[data-test='city-state'][data-city='6201'][data-state='CONNECTED']");
		browser.waitForCss("[data-test='city-state'][data-city='6202'][data-state='CONNECTED']");
		assertThat(browser.waitForCss("[data-test='city-orders'][data-city='6201']").getText()).isEqualTo("2");

		browser.clickCss("#tab-orders");
		browser.waitForCss("[data-test='province-order'][data-number='JYG0601']");
		browser.clickCss("[data-test='province-order'][data-number='LZ0501']");
		browser.waitForCss("[data-test='province-order-detail'][data-number='LZ0501']");
		String timeline = browser.waitForCss("[data-test='province-timeline'][data-count='2']").getText();
		assertThat(timeline).contains("受理", "已修复路灯");
		browser.driver().navigate().refresh();

		browser.waitFor("province-page");
		browser.clickCss("#tab-ranking");
		browser.clickCss("[data-test='kpi-orders'][data-city='6202']");
		browser.waitForCss("[data-test='province-orders'][data-total='1'][data-state='ready']");
		browser.waitForCss("[data-test='province-order'][data-number='JYG0601']");
		assertThat(browser.driver().findElements(By.cssSelector("[data-test='province-order'][data-number='LZ0501']")))
			.isEmpty();

		// 跨市转办: a transfer of 兰州 to 天水, listed in its tab and filtered by its receiver
		NodeMessages.Order registered = CityFeed.registered(503, "LZ0503", "麦积区路灯不亮", at);
		NodeMessages.Order transferred = new NodeMessages.Order(503, "LZ0503", 2, "TRANSFERRED", "COMPLAINT", "PHONE",
				"NORMAL", registered.title(), "内容", null, null, null, null, null, "王*", "139****5678", false, null,
				null, null, null, false, null, null, null, null, null, null, at.plusSeconds(60), null, null, 0, 0, 0,
				null, at, at.plusSeconds(60), new NodeMessages.Transfer("6205", "天水市12345", "事发地在天水市麦积区", "dispatcher1",
						at.plusSeconds(60), "麦积区路灯不亮", "麦积区路灯不亮", null, "王建国", "13912345678"));
		assertThat(feed.send("6201", List.of(transferred), List.of())).isEqualTo(200);
		browser.clickCss("#tab-transfers");
		browser.waitForCss("[data-test='transfer-row'][data-number='LZ0503']");
		assertThat(browser.waitFor("transfers-table").getText()).contains("兰州市", "天水市", "事发地在天水市麦积区", "待接收方领取");

		// 多援一: 天水 in surge, helped by 兰州
		SurgeReports.SurgeReport tianshui = new SurgeReports.SurgeReport(true, at, 900L, 100.0, 0.42, 0.55, 1200, 660,
				40, 10, 20, List.of(new SurgeReports.Helper("兰州市12345", 20, 120)), 30, "暴雨", at, this.clock.instant());
		assertThat(feed.post("6205", "/api/node/surge", tianshui).statusCode()).isEqualTo(200);
		browser.clickCss("#tab-surges");
		browser.waitForCss("[data-test='surge-state-6205'][data-state='ON']");
		assertThat(browser.waitFor("surge-help-6205").getText()).contains("30").contains("暴雨");
		assertThat(browser.waitFor("surges-help").getText()).contains("天水市", "兰州市12345", "120", "18.2%");
		// 派遣支援: 嘉峪关's agents granted to 天水
		browser.click("surge-grant-6205");
		browser.waitFor("grant-dialog");
		browser.click("grant-helper");
		browser.clickXpath("//li[contains(@class,'el-select-dropdown__item')][.//*[normalize-space(text())='嘉峪关市']]");
		browser.type("grant-note", "嘉峪关市支援 12 席");
		browser.click("grant-send");
		browser.waitForCss("[data-test='grant-row'][data-city='6205'][data-helper='6202'][data-state='QUEUED']");
		assertThat(browser.waitFor("grants-table").getText()).contains("天水市", "嘉峪关市", "嘉峪关市支援 12 席", "待送达");

		// 月度报告 of this month: 兰州's satisfied order, the transfer out
		String month = java.time.YearMonth.from(at.atZone(java.time.ZoneId.of("Asia/Shanghai"))).toString();
		browser.clickCss("#tab-monthly");
		browser.waitForCss("[data-test='province-monthly'][data-state='ready']");
		browser.go("/province?tab=monthly&month=" + month);
		assertThat(browser.waitForCss("[data-test='monthly-summary']").getText()).contains(month);
		assertThat(browser.waitFor("monthly-satisfied-6201").getText()).isEqualTo("100.0%");
		assertThat(browser.waitFor("monthly-table").getText()).contains("兰州市", "嘉峪关市");
	}

	@Test
	void superviseAnOrderSeeTheCitysCaseAndRemindIt() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant().minus(Duration.ofHours(2));
		assertThat(feed.send("6204", List.of(CityFeed.registered(701, "BY0701", "白银区供暖不热", at)), List.of()))
			.isEqualTo(200);
		Browser browser = browser();
		browser.signIn("supervisor1");
		browser.go("/province?tab=orders");
		browser.clickCss("[data-test='province-order'][data-number='BY0701']");
		browser.waitForCss("[data-test='province-order-detail'][data-number='BY0701']");
		browser.type("province-supervise-note", "供暖问题群众反映集中，请尽快办结");
		browser.click("province-supervise-send");
		browser.waitForCss(".el-message--success");

		browser.go("/province?tab=supervision");
		browser.waitForCss("[data-test='supervision-row'][data-number='BY0701'][data-kind='SUPERVISE']");
		assertThat(browser.waitFor("supervision-table").getText()).contains("白银市", "供暖问题群众反映集中", "待送达", "3 个工作日");
		long id = this.json.readTree(feed.post("6204", "/api/node/commands", new NodeMessages.Pull(List.of())).body())
			.at("/commands/0/id")
			.asLong();
		assertThat(feed.post("6204", "/api/node/commands",
				new NodeMessages.Pull(List.of(new NodeMessages.Done(id, "APPLIED")), List.of(),
						List.of(new NodeMessages.CaseState(id, "ESCALATED", at.plus(Duration.ofDays(3)), 3,
								this.clock.instant(), null, null))))
			.statusCode()).isEqualTo(200);
		browser.go("/province?tab=supervision");
		assertThat(browser.waitFor("supervision-case-" + id).getText()).isEqualTo("已升级");
		browser.click("supervision-remind-" + id);
		browser.waitForCss(".el-message-box__input input").sendKeys("请本周内办结");
		browser.clickCss(".el-message-box__btns .el-button--primary");
		browser.waitForCss("[data-test='supervision-row'][data-number='BY0701'][data-kind='REMIND']");
		assertThat(browser.waitFor("supervision-table").getText()).contains("请本周内办结", "催办");
	}

}
