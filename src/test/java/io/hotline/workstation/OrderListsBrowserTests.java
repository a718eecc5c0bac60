package io.hotline.workstation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher's and a unit's day with the lists (issue 17, part A), in Chinese and then
 * English: a filter and a sort chosen, the pages turned, the choice still there after a
 * reload and on the next visit, a card's count opening the list filtered to it, and the
 * list exported as CSV and Excel.
 */
@HotlineTest
class OrderListsBrowserTests extends BrowserTests {

	@Test
	void aDispatcherAndAUnitFilterSortPageRememberAndExportTheirLists() throws Exception {
		String marker = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api agent = Api.as(this.port, "agent1");
		List<Long> helps = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			helps.add(register(agent, marker, "HELP", "NORMAL"));
		}
		long urgent = register(agent, marker, "COMPLAINT", "VERY_URGENT");
		String urgentNumber = agent.get("/api/orders/" + urgent).text("number");

		Browser b = browser();
		b.signIn("dispatcher1");
		b.go("/dispatch");
		b.type("filter-q", marker);
		waitFor(b, () -> b.driver().getCurrentUrl().contains("q=" + marker));
		// urgent first, then by deadline; 22 orders on two pages
		waitForRows(b, "queue-dispatch", 20);
		assertThat(firstRowNumber(b, "queue-dispatch")).isEqualTo(urgentNumber);
		b.clickCss(Browser.css("pager") + " .el-pager li:nth-child(2)");
		waitForRows(b, "queue-dispatch", 2);

		b.click("filter-type");
		b.click("filter-type-COMPLAINT");
		waitForRows(b, "queue-dispatch", 1);
		// the number column's heading: sorted by number, ascending
		b.clickCss(Browser.css("queue-dispatch") + " .el-table__header-wrapper th:first-child .cell");
		waitFor(b, () -> b.driver().getCurrentUrl().contains("sort=number"));
		b.driver().navigate().refresh();
		waitForRows(b, "queue-dispatch", 1);
		assertThat(b.driver().getCurrentUrl()).contains("type=COMPLAINT", "q=" + marker);
		// the next visit, without the link's filters: the choice is remembered
		b.go("/dispatch");
		waitFor(b, () -> b.driver().getCurrentUrl().contains("type=COMPLAINT"));
		waitForRows(b, "queue-dispatch", 1);

		b.click("list-export-csv");
		String csv = Files.readString(b.waitForDownload(".csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("工单编号", "特急", urgentNumber).doesNotContain("13912340000");
		assertThat(csv.lines().count()).isEqualTo(2);

		// in English: a card's count opens the list filtered to it, and says it counts
		// all
		b.clickXpath("//label[contains(@class,'el-radio-button')][normalize-space(.)='EN']");
		assertThat(b.waitFor("count-urgent-scope").getText()).isEqualTo("all pages");
		b.click("count-new");
		waitFor(b, () -> b.driver().getCurrentUrl().contains("status=REGISTERED"));
		assertThat(b.driver().getCurrentUrl()).doesNotContain("type=COMPLAINT");
		b.type("filter-q", marker);
		waitFor(b, () -> b.driver().getCurrentUrl().contains("q=" + marker));
		waitForRows(b, "queue-dispatch", 20);
		b.click("list-export-xlsx");
		List<String> sheet = sheet(b.waitForDownload(".xlsx"));
		assertThat(sheet).hasSize(23);
		assertThat(sheet.get(0)).contains("Number", "Urgency", "Phone number");
		assertThat(sheet.get(1)).contains(urgentNumber, "Very urgent", "Registered").doesNotContain("13912340000");
		b.signOut();

		long unit1 = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		Api dispatcher = Api.as(this.port, "dispatcher1");
		dispatcher.post("/api/orders/" + helps.get(0) + "/dispatch", Map.of("unitIds", List.of(unit1)));
		dispatcher.post("/api/orders/" + helps.get(1) + "/dispatch", Map.of("unitIds", List.of(unit1)));
		Api.as(this.port, "unit1").post("/api/orders/" + helps.get(0) + "/sign", Map.of());

		b.signIn("unit1");
		b.go("/inbox?q=" + marker);
		waitForRows(b, "queue-inbox", 2);
		// the order to sign first, new, with its sign deadline and the time left
		assertThat(b.waitFor("tag-new-" + helps.get(1)).getText()).isEqualTo("New");
		assertThat(b.waitFor("sign-left-" + helps.get(1)).getText()).containsAnyOf("left", "overdue");
		assertThat(b.driver()
			.findElement(By.cssSelector(Browser.css("queue-inbox") + " .el-table__body tr:first-child"))
			.getText()).contains(agent.get("/api/orders/" + helps.get(1)).text("number"));
		b.clickXpath("//label[contains(@class,'el-radio-button')][normalize-space(.)='中文']");
		assertThat(b.waitFor("count-to-sign-scope").getText()).isEqualTo("全部页合计");
		b.click("count-to-sign");
		waitFor(b, () -> b.driver().getCurrentUrl().contains("status=DISPATCHED"));
		b.type("filter-q", marker);
		waitFor(b, () -> b.driver().getCurrentUrl().contains("q=" + marker));
		waitForRows(b, "queue-inbox", 1);
		b.click("list-export-xlsx");
		List<String> inbox = sheet(b.waitForDownload(".xlsx"));
		assertThat(inbox).hasSize(2);
		assertThat(inbox.get(1)).contains("已派单", "139****0000").doesNotContain("13912340000");
		b.signOut();
	}

	private static long register(Api agent, String marker, String type, String urgency) {
		return agent
			.post("/api/orders", Map.of("channel", "PHONE", "type", type, "urgency", urgency, "content",
					"路灯不亮 " + marker, "address", "天河区林和西路9号", "caller", Map.of("name", "王女士", "phone", "13912340000")))
			.id();
	}

	private static void waitForRows(Browser b, String table, int rows) {
		waitFor(b,
				() -> b.driver()
					.findElements(By.cssSelector(Browser.css(table) + " .el-table__body tr.el-table__row"))
					.size() == rows);
	}

	private static String firstRowNumber(Browser b, String table) {
		return b.driver()
			.findElement(By.cssSelector(Browser.css(table) + " .el-table__body tr:first-child a"))
			.getText();
	}

	private static void waitFor(Browser b, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until((d) -> condition.getAsBoolean());
	}

	/** The rows of an Excel file's first sheet, each as its cells joined by '|'. */
	private static List<String> sheet(Path file) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(file));
				java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
			return rows.map((row) -> String.join("|", row.stream().map((c) -> c == null ? "" : c.getText()).toList()))
				.toList();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
