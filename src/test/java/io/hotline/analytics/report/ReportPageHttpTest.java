package io.hotline.analytics.report;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page's calls: a report of a period and scope in the four forms (the Word
 * document and the workbook opened and read), its figures against the cockpit's for the
 * same period and scope, the words it prints for codes, subscriptions and past issues.
 */
@HotlineTest
class ReportPageHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportDownloadsAsPdfWordAndExcelWithItsText() throws Exception {
		Api supervisor = Api.as(this.port, "supervisor1");
		String path = "/api/analytics/reports/weekly?period=" + lastWeek() + "&format=";

		Api.Download pdf = supervisor.download(path + "pdf");
		assertThat(pdf.status()).isEqualTo(200);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("一、总体情况", "二、考核指标", "按时办结率", "受理量");
		assertThat(text.codePoints().filter((c) -> c >= 0x2F00 && c <= 0x2FDF)).isEmpty();

		Api.Download docx = supervisor.download(path + "docx");
		assertThat(docx.status()).isEqualTo(200);
		assertThat(docx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
		assertThat(docx.disposition()).contains("attachment", "12345-weekly-" + lastWeek() + ".docx");
		Map<String, byte[]> parts = unzip(docx.body());
		assertThat(parts).containsKeys("[Content_Types].xml", "word/document.xml", "word/media/chart1.png",
				"word/media/chart2.png");
		String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
		String words = document.replaceAll("<[^>]+>", "");
		assertThat(words).contains("12345热线周报", "一、总体情况", "二、考核指标", "按时办结率", "四、承办单位排名");
		assertThat(document).contains("<w:tbl>", "<w:keepNext/>", "r:embed=\"rIdChart1\"");

		Api.Download xlsx = supervisor.download(path + "xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		Map<String, List<List<String>>> sheets = sheets(xlsx.body());
		assertThat(sheets.keySet()).startsWith("报告").contains("二、考核指标", "四、承办单位排名");
		assertThat(sheets.get("报告").get(0).get(0)).contains("12345热线周报");
		assertThat(sheets.get("二、考核指标").get(0)).startsWith("指标", "本周", "上周", "变化");

		assertThat(supervisor.get("/api/analytics/reports/weekly?format=odt").detail()).contains("docx", "xlsx");
	}

	@Test
	void theReportsFiguresAreTheCockpitsForTheSamePeriodAndScope() throws Exception {
		String district = this.jdbc.sql("""
				select district_code from order_fact where district_code is not null
				group by district_code order by count(*) desc limit 1""").query(String.class).single();
		LocalDate monday = monday().minusWeeks(1);
		for (String scope : List.of("", "&district=" + district)) {
			Api analyst = Api.withRole(Role.ANALYST, this.port, this.jdbc);
			Map<String, List<String>> report = new HashMap<>();
			sheets(analyst.download("/api/analytics/reports/weekly?format=xlsx&period=" + lastWeek() + scope).body())
				.get("二、考核指标")
				.forEach((row) -> report.put(row.get(0), row));
			JsonNode totals = analyst
				.get("/api/analytics/kpi-report?from=" + monday + "&to=" + monday.plusDays(6) + scope)
				.body()
				.get("totals");
			assertThat(Long.parseLong(report.get("受理量").get(1))).as("受理量 %s", scope)
				.isEqualTo(totals.get("orders").asLong());
			ReportContent.rateNames().forEach((key, name) -> {
				JsonNode rate = totals.get("rates").get(key);
				String shown = report.get(name).get(1);
				if (rate == null || rate.get("rate").isNull()) {
					assertThat(shown).as(name).isEqualTo("—");
				}
				else {
					assertThat(Double.parseDouble(shown)).as("%s %s", name, scope)
						.isCloseTo(rate.get("rate").asDouble(), org.assertj.core.data.Offset.offset(0.00051));
				}
			});
		}
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/reports/weekly?district=nowhere").status())
			.isEqualTo(400);
	}

	@Test
	void aReportPrintsStatusesTypesAndChannelsInWords() {
		String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
		String html = Api.as(this.port, "supervisor1")
			.download("/api/analytics/reports/monthly?period=" + month)
			.text()
			.replaceAll("src=\"data:[^\"]*\"", "");
		assertThat(html).contains("七、典型案例");
		String cases = html.substring(html.indexOf("七、典型案例"));
		assertThat(cases).as("the cases of the month").contains("<li>");
		assertThat(ReportWords.all().keySet())
			.allSatisfy((code) -> assertThat(html).as(code).doesNotContainPattern("\\b" + code + "\\b"));
		assertThat(cases).containsAnyOf(ReportWords.all().values().toArray(String[]::new));
	}

	@Test
	void aSubscriberFindsTheNewIssueAmongThePastIssues() {
		Api reader = Api.withRole(Role.SUPERVISOR, this.port, this.jdbc);
		assertThat(reader.put("/api/analytics/reports/subscriptions/weekly", Map.of()).status()).isEqualTo(204);
		assertThat(reader.get("/api/analytics/reports/subscriptions").body().get("kinds").toString())
			.contains("WEEKLY");
		long id = Api.as(this.port, "admin")
			.post("/api/analytics/reports/weekly/issue?period=2026-W30", Map.of())
			.body()
			.get("id")
			.asLong();
		JsonNode page = reader.get("/api/analytics/reports/issues?kind=weekly&period=2026-W3&sort=period&direction=asc")
			.body();
		List<String> periods = new ArrayList<>();
		page.get("items").forEach((item) -> periods.add(item.get("period").asString()));
		assertThat(periods).contains("2026-W30").isSorted();
		JsonNode issue = null;
		for (JsonNode item : page.get("items")) {
			issue = (item.get("id").asLong() == id) ? item : issue;
		}
		assertThat(issue).isNotNull();
		assertThat(issue.get("delivered").asBoolean()).isTrue();
		assertThat(issue.get("readAt").isNull()).isTrue();
		assertThat(reader.download("/api/analytics/reports/issues/" + id + "?format=docx").status()).isEqualTo(200);
		JsonNode read = reader.get("/api/analytics/reports/issues?kind=weekly&period=2026-W30").body();
		assertThat(read.get("total").asLong()).isEqualTo(1);
		assertThat(read.get("items").get(0).get("readAt").isNull()).isFalse();
		assertThat(reader.get("/api/analytics/reports/issues?size=1").body().get("items")).hasSize(1);
		assertThat(reader.get("/api/analytics/reports/issues?sort=title").detail()).contains("period", "createdAt");
		assertThat(Api.as(this.port, "agent1").get("/api/analytics/reports/issues").status()).isEqualTo(403);
		assertThat(reader.delete("/api/analytics/reports/subscriptions/weekly").status()).isEqualTo(204);
		assertThat(reader.get("/api/analytics/reports/subscriptions").body().get("kinds")).isEmpty();
	}

	private static LocalDate monday() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static String lastWeek() {
		LocalDate monday = monday().minusWeeks(1);
		return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> parts = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		return parts;
	}

	private static Map<String, List<List<String>>> sheets(byte[] xlsx) throws Exception {
		Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
		try (InputStream in = new ByteArrayInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				try (Stream<Row> rows = sheet.openStream()) {
					sheets.put(sheet.getName(),
							rows.map((row) -> row.stream().map((c) -> (c == null) ? "" : c.getText()).toList())
								.toList());
				}
			}
		}
		return sheets;
	}

}
