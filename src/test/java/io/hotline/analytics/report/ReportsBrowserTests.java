package io.hotline.analytics.report;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in headless Chromium: a supervisor makes a weekly report, previews it,
 * downloads it as PDF and Word, subscribes, finds the new issue in their reports (in
 * English now), reads it, and exports the list of past issues.
 */
@HotlineTest
class ReportsBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorMakesPreviewsDownloadsSubscribesAndReadsAPastIssue() throws Exception {
		String user = "supervisor-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles)
				values (?, '{noop}demo', '督办员', cast('{SUPERVISOR}' as varchar(24)[]))""").param(user).update();
		Browser b = browser();
		b.signIn(user);
		b.click("nav-reports");
		assertThat(b.waitFor("reports-page").getText()).contains("常态化报告", "往期报告", "订阅");

		b.click("report-preview-button");
		b.waitFor("report-preview");
		b.driver().switchTo().frame(b.waitFor("report-preview"));
		assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("12345热线周报", "一、总体情况", "二、考核指标");
		b.driver().switchTo().defaultContent();

		b.click("report-pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(b.waitForDownload(".pdf")))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("一、总体情况", "按时办结率");
		}
		b.click("report-docx");
		assertThat(word(b.waitForDownload(".docx"))).contains("一、总体情况", "按时办结率");

		b.click("report-subscribe-WEEKLY");
		b.waitForXpath("//*[@data-test='report-subscribe-WEEKLY'][contains(@class, 'is-checked')]");
		assertThat(Api.as(this.port, user, "demo").get("/api/analytics/reports/subscriptions").body().toString())
			.contains("WEEKLY");
		long id = Api.as(this.port, "admin")
			.post("/api/analytics/reports/weekly/issue?period=2026-W31", Map.of())
			.body()
			.get("id")
			.asLong();

		b.go("/reports");
		b.clickXpath("//*[@data-test='language']//*[normalize-space(.)='EN']");
		assertThat(b.waitFor("reports-page").getText()).contains("Regular reports", "My new reports", "Past issues");
		assertThat(b.waitFor("report-inbox").getText()).contains("2026-W31", "New");
		b.click("report-inbox-open-" + id);
		b.waitForXpath("//*[contains(@class, 'preview-card')]//*[contains(., 'Preview: Weekly 2026-W31')]");
		b.driver().switchTo().frame(b.waitFor("report-preview"));
		assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("2026-W31");
		b.driver().switchTo().defaultContent();
		b.waitForXpath("//*[@data-test='report-inbox'][not(.//*[normalize-space(.)='New'])]");
		screenshot(b, "reports-page.png");

		b.type("report-issues-period", "2026-W31");
		b.waitForXpath("//*[@data-test='report-issues-total'][contains(., '1 issue in all')]");
		b.waitFor("report-issue-open-" + id);
		b.click("report-issues-export-xlsx");
		try (ReadableWorkbook book = new ReadableWorkbook(
				new ByteArrayInputStream(Files.readAllBytes(b.waitForDownload(".xlsx"))))) {
			String rows = book.getFirstSheet().read().toString();
			assertThat(rows).contains("Period", "2026-W31", "Weekly");
		}
		b.clickXpath("//*[@data-test='language']//*[normalize-space(.)='中文']");
	}

	private static void screenshot(Browser b, String name) throws Exception {
		if (System.getProperty("screenshots") != null) {
			Thread.sleep(500);
			b.screenshot(Path.of("docs/screenshots", name));
		}
	}

	private static String word(Path docx) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>",
							"");
				}
			}
		}
		return "";
	}

}
