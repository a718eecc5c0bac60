package io.hotline.supervision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists that are not lists of orders, as a supervisor and an administrator use them,
 * in Chinese and in English: 督办件 filtered by unit, sorted, paged on the server, the
 * choice remembered after a reload and exported (Excel, then CSV in English); the
 * accounts found by name and role, sorted and exported; the cockpit's ranking with the
 * range of ranks each unit's interval allows, sorted and exported, and the orders with
 * coordinates drawn on the district map.
 */
@HotlineTest
class DeskListsBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aSupervisorAndAnAdministratorSortFilterPageRememberAndExportTheirLists() throws Exception {
		// 22 cases of a unit of its own (one order, 22 episodes), case i reminded i times
		SupervisionPlant plant = new SupervisionPlant(this.port, this.jdbc, this.clock);
		long unit = plant.unit();
		String unitName = Api.as(this.port, "admin")
			.get("/api/units?all=true")
			.body()
			.valueStream()
			.filter((u) -> u.get("id").asLong() == unit)
			.findFirst()
			.orElseThrow()
			.get("name")
			.asString();
		long order = plant.atUnit(plant.handler(unit), unit).get("id").asLong();
		for (int i = 1; i <= 22; i++) {
			this.jdbc
				.sql("""
						insert into supervision_case (order_id, kind, episode, unit_id, status, opened_at, deadline,
						    next_remind_at, reminders)
						values (?, 'OVERDUE', ?, ?, 'OPEN', now(), now() + interval '2 days', now() + interval '30 days', ?)""")
				.params(order, 1000 + i, unit, i)
				.update();
		}
		// an order with coordinates in the city, for the map
		long located = plant.register(Api.as(this.port, "agent1"), SupervisionPlant.phone());
		this.jdbc.sql("update work_order set lat = 23.1291, lon = 113.2644 where id = ?").param(located).update();

		Browser b = browser();
		b.signIn("supervisor1");
		language(b, "中文");
		b.go("/supervision");
		b.clickCss("#tab-cases");
		String cases = Browser.css("supervision-cases");
		b.waitForCss(cases + "[data-state='ready']");
		pickUnit(b, "cases-unit", unitName);
		b.waitForCss(cases + "[data-state='ready'][data-total='22'][data-count='20']");
		sortBy(b, "cases-table", "催办次数", "descending");
		waitForCell(b, "cases-table", 7, "22");
		b.clickCss(Browser.css("cases-pager") + " .btn-next");
		b.waitForCss(cases + "[data-state='ready'][data-count='2']");
		waitForCell(b, "cases-table", 7, "2");

		// remembered: the same unit, order and page after a reload
		b.driver().navigate().refresh();
		b.clickCss("#tab-cases");
		b.waitForCss(cases + "[data-state='ready'][data-total='22'][data-count='2']");
		waitForCell(b, "cases-table", 7, "2");

		// exported: every case of the filter, in the order shown, with the screen's words
		b.click("cases-export-xlsx");
		List<List<String>> sheet = sheet(b.waitForDownload(".xlsx"));
		assertThat(sheet.get(0)).contains("工单编号", "督查类型", "催办次数");
		assertThat(sheet).hasSize(23);
		assertThat(sheet.get(1).get(6)).isEqualTo("22");
		assertThat(sheet.get(22).get(6)).isEqualTo("1");
		assertThat(sheet.get(1).get(1)).isEqualTo("超期未办结");
		assertThat(sheet.get(1).get(2)).isEqualTo(unitName);

		// in English: the same list, its export in English words
		language(b, "EN");
		b.waitForXpath("//*[@data-test='cases-table']//th[contains(normalize-space(.), 'Reminders')]");
		b.click("cases-export-csv");
		List<String> csv = Files.readAllLines(b.waitForDownload(".csv"), StandardCharsets.UTF_8);
		assertThat(csv.get(0)).contains("Reminders").contains("Number");
		assertThat(csv).hasSize(23);
		assertThat(csv.get(1)).contains("Overdue");

		// the administrator's accounts: found by name and role, sorted, exported
		b.signOut();
		b.signIn("admin");
		b.go("/admin");
		b.clickCss("#tab-users");
		JsonNode handlers = Api.as(this.port, "admin").get("/api/users/page?q=unit&role=HANDLER&limit=500").body();
		b.type("users-q", "unit", Keys.ENTER);
		b.click("users-role");
		b.click("users-role-HANDLER");
		String users = Browser.css("user-table");
		b.waitForCss(users + "[data-total='" + handlers.get("total").asLong() + "']");
		sortBy(b, "user-table", "User name", "descending");
		List<String> names = handlers.get("users").valueStream().map((u) -> u.get("username").asString()).toList();
		String last = names.stream().max(String::compareTo).orElseThrow();
		waitForCell(b, "user-table", 1, last);
		b.click("users-export-xlsx");
		List<List<String>> accounts = sheet(b.waitForDownload(".xlsx"));
		assertThat(accounts.get(0)).contains("User name");
		assertThat(accounts).hasSize(names.size() + 1);
		assertThat(accounts.get(1).get(0)).isEqualTo(last);
		assertThat(accounts.get(1).get(2)).contains("Handler");

		// the cockpit, in Chinese again: the ranking with its ranges, sorted and
		// exported;
		// the orders' points on the map
		b.signOut();
		b.signIn("supervisor1");
		language(b, "中文");
		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode points = null;
		for (int i = 0; i < 100 && (points == null || points.get("located").asLong() == 0); i++) {
			points = supervisor.get("/api/analytics/points?zoom=9").body();
			Thread.sleep(100);
		}
		assertThat(points.get("located").asLong()).isPositive();
		JsonNode ranking = supervisor.get("/api/analytics/rankings?level=district").body();
		b.click("nav-cockpit");
		b.waitForCss(Browser.css("cockpit-rankings") + "[data-state='loaded'][data-level='district']");
		JsonNode first = ranking.get("rows").get(0);
		String range = (first.get("bestRank").asInt() == first.get("worstRank").asInt()) ? first.get("rank").asString()
				: first.get("bestRank").asInt() + "–" + first.get("worstRank").asInt();
		assertThat(b.waitFor("cockpit-rank-range-" + first.get("key").asString()).getText()).isEqualTo(range);
		sortBy(b, "cockpit-rank-table", "受理量", "descending");
		long most = ranking.get("rows").valueStream().mapToLong((r) -> r.get("orders").asLong()).max().orElseThrow();
		waitForCell(b, "cockpit-rank-table", 4, Long.toString(most));
		b.click("cockpit-rank-export-xlsx");
		List<List<String>> ranks = sheet(b.waitForDownload(".xlsx"));
		assertThat(ranks.get(0)).contains("名次", "名次区间", "受理量", "得分下限", "得分上限");
		assertThat(ranks).hasSize(1 + ranking.get("rows").size() + ranking.get("tooFew").size());
		assertThat(ranks.get(1).get(3)).isEqualTo(Long.toString(most));
		String shown = Browser.css("cockpit-points") + "[data-state='loaded']";
		assertThat(Long.parseLong(b.waitForCss(shown).getAttribute("data-located")))
			.isGreaterThanOrEqualTo(points.get("located").asLong());
		b.waitForCss(Browser.css("cockpit-boundary-chart") + "[data-state='rendered'] canvas");
		b.screenshot(Path.of("target/screenshots/cockpit-points.png"));
	}

	private static void language(Browser b, String label) {
		b.clickXpath("//*[@data-test='language']//span[normalize-space(.)='" + label + "']");
	}

	/** Picks a unit in a unit picker by typing part of its name. */
	private static void pickUnit(Browser b, String picker, String name) {
		b.click(picker);
		b.type(picker, name);
		b.clickXpath("//li[contains(@class,'el-select-dropdown__item')][.//*[normalize-space(text())='" + name + "']]");
	}

	/**
	 * Sorts a table by the column of this heading, in the direction (ascending or
	 * descending).
	 */
	private static void sortBy(Browser b, String table, String heading, String direction) {
		b.clickXpath(
				"//*[@data-test='" + table + "']//th[.//div[contains(@class,'cell')][contains(normalize-space(.), '"
						+ heading + "')]]//i[contains(@class,'" + direction + "')]");
	}

	/** Waits until the first row's cell of the column (from 1) reads so. */
	private static void waitForCell(Browser b, String table, int column, String text) {
		By cell = By
			.cssSelector(Browser.css(table) + " .el-table__body tbody tr:first-child td:nth-child(" + column + ")");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until((d) -> {
			List<org.openqa.selenium.WebElement> found = d.findElements(cell);
			return !found.isEmpty() && found.get(0).getText().strip().equals(text);
		});
	}

	private static List<List<String>> sheet(Path file) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(file));
				java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
			return rows.map((row) -> row.stream().map((c) -> (c == null) ? "" : c.getText()).toList()).toList();
		}
	}

}
