package io.hotline.analytics.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weekly and monthly reports over HTTP: the HTML's sections and narrative, the PDF's
 * Chinese text (extracted, drawn in the embedded font, and rendered to an image with ink
 * where the title is), the templates, and issuing to subscribers.
 */
@HotlineTest
class ReportHttpTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWeeklyReportInHtmlHasItsSectionsAndItsNarrative() throws Exception {
		HttpResponse<String> html = get("supervisor1", "/api/analytics/reports/weekly?period=" + thisWeek(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains("12345热线周报", "一、总体情况", "本周受理工单", "按时办结率", "二、考核指标", "data:image/png;base64,",
				"四、承办单位排名");
		// 与上周持平 where the two weeks had as many orders (it happens)
		assertThat(html.body()).containsAnyOf("较上周", "与上周持平").doesNotContain("{{");
		HttpResponse<String> monthly = get("analyst1", "/api/analytics/reports/monthly",
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(monthly.statusCode()).isEqualTo(200);
		assertThat(monthly.body()).contains("12345热线月报", "本月受理工单");
		assertThat(Api.as(this.port, "agent1").get("/api/analytics/reports/weekly").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/reports/daily").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/reports/weekly?period=2026-W99").status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/reports/weekly?format=doc").status())
			.isEqualTo(400);
	}

	@Test
	void thePdfCarriesChineseTextInItsEmbeddedFontAndRendersIt() throws Exception {
		HttpResponse<byte[]> pdf = get("supervisor1", "/api/analytics/reports/weekly?format=pdf",
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("12345热线周报", "总体情况", "按时办结率", "满意率");
			Set<String> fonts = new HashSet<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(fonts).anyMatch((f) -> f.contains("NotoSansSC"));
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
			javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
					java.nio.file.Path.of("target/screenshots/report-weekly.png").toFile());
			// the title, drawn in red at the top of the first page: its glyphs leave ink
			int red = 0;
			for (int y = 0; y < image.getHeight() / 8; y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int rgb = image.getRGB(x, y);
					int r = (rgb >> 16) & 0xff;
					int g = (rgb >> 8) & 0xff;
					if (r > 150 && g < 120) {
						red++;
					}
				}
			}
			assertThat(red).as("red title pixels").isGreaterThan(200);
		}
	}

	@Test
	void anAdministratorEditsTheTemplateAndABrokenOneIsRefused() throws Exception {
		Api admin = Api.as(this.port, "admin");
		HttpResponse<String> broken = put("admin", "/api/analytics/reports/templates/weekly",
				"<html><body><p>未闭合</body></html>");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("XHTML");
		String custom = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>{{title}}</h1><p>领导批示栏</p>{{kpiTable}}</body></html>";
		assertThat(put("supervisor1", "/api/analytics/reports/templates/weekly", custom).statusCode()).isEqualTo(403);
		assertThat(put("admin", "/api/analytics/reports/templates/weekly", custom).statusCode()).isEqualTo(204);
		String html = get("supervisor1", "/api/analytics/reports/weekly", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(html).contains("领导批示栏", "按时办结率").doesNotContain("一、总体情况");
		assertThat(admin.delete("/api/analytics/reports/templates/weekly").status()).isEqualTo(204);
		assertThat(get("supervisor1", "/api/analytics/reports/weekly", HttpResponse.BodyHandlers.ofString()).body())
			.contains("一、总体情况");
	}

	@Test
	void anIssuedReportReachesTheSubscribersInboxOnce() throws Exception {
		Api supervisor = Api.as(this.port, "supervisor1");
		assertThat(supervisor.put("/api/analytics/reports/subscriptions/monthly", Map.of()).status()).isEqualTo(204);
		Api admin = Api.as(this.port, "admin");
		long id = admin.post("/api/analytics/reports/monthly/issue?period=2026-10", Map.of()).body().get("id").asLong();
		assertThat(
				admin.post("/api/analytics/reports/monthly/issue?period=2026-10", Map.of()).body().get("id").asLong())
			.isEqualTo(id);
		assertThat(supervisor.get("/api/analytics/reports/inbox").body().toString()).contains("\"id\":" + id)
			.contains("2026-10");
		HttpResponse<byte[]> pdf = get("supervisor1", "/api/analytics/reports/issues/" + id + "?format=pdf",
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		assertThat(Api.as(this.port, "agent1").get("/api/analytics/reports/issues/" + id).status()).isEqualTo(403);
		assertThat(supervisor.post("/api/analytics/reports/monthly/issue", Map.of()).status()).isEqualTo(403);
		assertThat(supervisor.delete("/api/analytics/reports/subscriptions/monthly").status()).isEqualTo(204);
	}

	@Test
	void aTemplateWithADoctypeOrEntitiesIsRefusedAndTheBuiltInDoctypeIsNot() throws Exception {
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE html [
				 <!ENTITY lol "lol">
				 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
				 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
				]>
				<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>{{title}}</h1><p>&lol3;</p></body></html>""";
		HttpResponse<String> refused = put("admin", "/api/analytics/reports/templates/monthly", laughs);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("DOCTYPE");
		String external = """
				<!DOCTYPE html SYSTEM "file:///etc/passwd">
				<html xmlns="http://www.w3.org/1999/xhtml"><body>{{title}}</body></html>""";
		assertThat(put("admin", "/api/analytics/reports/templates/monthly", external).statusCode()).isEqualTo(400);
		assertThat(get("supervisor1", "/api/analytics/reports/monthly", HttpResponse.BodyHandlers.ofString()).body())
			.contains("一、总体情况");
		// the built-in template, as read, saved again: its plain <!DOCTYPE html> is no
		// DTD
		String builtIn = get("admin", "/api/analytics/reports/templates/monthly", HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(builtIn).startsWith("<!DOCTYPE html>");
		assertThat(put("admin", "/api/analytics/reports/templates/monthly", builtIn).statusCode()).isEqualTo(204);
		assertThat(Api.as(this.port, "admin").delete("/api/analytics/reports/templates/monthly").status())
			.isEqualTo(204);
	}

	@Test
	void aStoredTemplateThatCannotBeUsedGivesWayToTheBuiltInOneAndSaysSo() throws Exception {
		// stored before templates were checked for entities
		String laughs = """
				<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
				<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>{{title}}</h1><p>&lol2;</p></body></html>""";
		this.jdbc.sql("""
				insert into report_template (kind, body, updated_by, updated_at) values ('MONTHLY', ?, 'admin', now())
				on conflict (kind) do update set body = excluded.body""").param(laughs).update();
		try {
			HttpResponse<String> html = get("analyst1", "/api/analytics/reports/monthly",
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(html.statusCode()).isEqualTo(200);
			assertThat(html.body()).contains("一、总体情况", "内置模板").doesNotContain("lollol");
			HttpResponse<byte[]> pdf = get("analyst1", "/api/analytics/reports/monthly?format=pdf",
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		}
		finally {
			this.jdbc.sql("delete from report_template where kind = 'MONTHLY'").update();
		}
	}

	/**
	 * Issuing computes the report (KPIs, hotspots and their embeddings, charts, PDF)
	 * before it opens the short transaction that stores it: no connection sits idle in a
	 * transaction meanwhile.
	 */
	@Test
	void anIssueHoldsNoTransactionWhileItComputesTheReport() throws Exception {
		java.util.Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.concurrent.atomic.AtomicBoolean issuing = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread watcher = new Thread(() -> {
			while (issuing.get()) {
				held.addAll(this.jdbc.sql("""
						select query from pg_stat_activity where pid <> pg_backend_pid()
						and state like 'idle in transaction%' and now() - state_change > interval '300 milliseconds'""")
					.query(String.class)
					.list());
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		watcher.start();
		long started = System.nanoTime();
		try {
			assertThat(Api.as(this.port, "admin")
				.post("/api/analytics/reports/weekly/issue?period=2026-W40", Map.of())
				.status()).isEqualTo(200);
		}
		finally {
			issuing.set(false);
			watcher.join();
		}
		assertThat(held).as("transactions left idle while the report was computed").isEmpty();
		// warm (the KPIs, hotspots and font already made by tests before), a report takes
		// less than the watcher needs to see anything: then this run proves nothing
		org.junit.jupiter.api.Assumptions.assumeTrue(
				java.time.Duration.ofNanos(System.nanoTime() - started).toMillis() > 500,
				"the issue took less than 500 ms: too short to be seen");
	}

	private static String thisWeek() {
		LocalDate monday = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private <T> HttpResponse<T> get(String user, String path, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", auth(user))
			.GET()
			.build(), body);
	}

	private HttpResponse<String> put(String user, String path, String body) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", auth(user))
			.header("Content-Type", "text/html; charset=UTF-8")
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String auth(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
