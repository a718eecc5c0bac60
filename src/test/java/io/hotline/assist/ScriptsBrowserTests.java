package io.hotline.assist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 话术管理 in headless Chromium: the scripts found by words, sorted by a column's heading
 * both ways, paged and exported as shown.
 */
@HotlineTest
class ScriptsBrowserTests extends BrowserTests {

	@Test
	void aQualityOfficerFindsSortsAndExportsTheScripts() throws Exception {
		Browser b = browser();
		b.signIn("quality1");
		b.go("/assist/scripts");
		b.waitForCss(Browser.css("scripts") + " .el-table__body tr");
		b.type("scripts-words", "转接1", Keys.ENTER);
		rows(b, 3);
		assertThat(b.waitFor("scripts-pager").getAttribute("data-total")).isEqualTo("3");
		String codeHeading = Browser.css("scripts") + " .el-table__header-wrapper th:nth-child(2) .cell";
		b.clickCss(codeHeading);
		first(b, "EMERGENCY_110");
		b.clickCss(codeHeading);
		first(b, "EMERGENCY_120");

		b.click("scripts-export-csv");
		List<String> csv = Files.readAllLines(b.waitForDownload(".csv"), StandardCharsets.UTF_8);
		assertThat(csv.get(0)).contains("编码", "话术");
		assertThat(csv).hasSize(4);
		assertThat(csv.get(1)).contains("EMERGENCY_120");
		assertThat(csv.get(3)).contains("EMERGENCY_110");
		b.signOut();
	}

	private static void rows(Browser b, int count) {
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(
				(d) -> d.findElements(By.cssSelector(Browser.css("scripts") + " .el-table__body tr")).size() == count);
	}

	private static void first(Browser b, String code) {
		new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until((d) -> {
			List<WebElement> rows = d.findElements(By.cssSelector(Browser.css("scripts") + " .el-table__body tr"));
			return !rows.isEmpty() && rows.get(0).getText().contains(code);
		});
	}

}
