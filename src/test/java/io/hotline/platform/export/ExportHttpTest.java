package io.hotline.platform.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists as shown, written as CSV and Excel files. */
@HotlineTest
class ExportHttpTest {

	@LocalServerPort
	int port;

	private static final Map<String, Object> TABLE = Map.of("name", "督办案件", "columns", List.of("编号", "内容", "件数"),
			"rows", List.of(List.of("A-1", "路灯不亮, \"三天\"", 3), Arrays.asList("A-2", "=HYPERLINK(\"x\")", null)));

	@Test
	void writesTheRowsAsCsvThatExcelReadsWithTheirChinese() {
		Api.Download csv = Api.as(this.port, "supervisor1").download("/api/exports/csv", TABLE);

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.disposition()).contains("attachment").contains("filename*=UTF-8''");
		assertThat(csv.text()).startsWith("\uFEFF编号,内容,件数\r\n")
			.contains("A-1,\"路灯不亮, \"\"三天\"\"\",3\r\n")
			// a formula is written as text, never run
			.contains("A-2,\"'=HYPERLINK(\"\"x\"\")\",\r\n");
	}

	@Test
	void writesTheRowsAsAnExcelSheet() {
		Api.Download xlsx = Api.as(this.port, "supervisor1").download("/api/exports/xlsx", TABLE);

		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.disposition()).contains(".xlsx");
		assertThat(xlsx.sheet()).containsExactly(List.of("编号", "内容", "件数"), List.of("A-1", "路灯不亮, \"三天\"", "3"),
				// an empty last cell is not written
				List.of("A-2", "'=HYPERLINK(\"x\")"));
	}

	@Test
	void refusesWhatItCannotWriteNamingTheProblem() {
		Api supervisor = Api.as(this.port, "supervisor1").inLanguage("en");

		assertThat(supervisor.post("/api/exports/pdf", TABLE).detail()).contains("'csv' or 'xlsx'").contains("pdf");
		assertThat(supervisor
			.post("/api/exports/csv", Map.of("name", "x", "columns", List.of("a", "b"), "rows", List.of(List.of("1"))))
			.detail()).contains("row 1").contains("(2)");
		assertThat(supervisor.post("/api/exports/csv", Map.of("name", "x", "columns", List.of(), "rows", List.of()))
			.status()).isEqualTo(400);
		assertThat(Api.anonymous(this.port).post("/api/exports/csv", TABLE).status()).isEqualTo(401);
	}

}
