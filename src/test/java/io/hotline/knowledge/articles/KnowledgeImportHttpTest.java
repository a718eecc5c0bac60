package io.hotline.knowledge.articles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.knowledge.articles.KnowledgeFixtures.code;
import static io.hotline.knowledge.articles.KnowledgeFixtures.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import of an existing knowledge base from CSV and Excel: all rows or none, each wrong
 * row named with its column and reason.
 */
@HotlineTest
class KnowledgeImportHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsACsvFileWhoseRowsAreAllRight() {
		String code = code();
		String category = this.jdbc.sql("select name from category where level = 2 order by code limit 1")
			.query(String.class)
			.single();
		String csv = "\uFEFF标题,答案,问题,分类,部门,政策依据,公开,失效日期,标签\n" + "\"医保异地备案 " + code
				+ "\",\"异地就医前，在国家医保服务平台App办理备案，\n备案后直接结算。\",医保异地怎么备案|异地看病报销," + category
				+ ",医保局,《基本医疗保险跨省异地就医直接结算办法》,是,2099-12-31,医保|异地\n" + "\"医保卡挂失 " + code + "\",医保卡丢失拨打服务热线挂失。,,,,,否,,\n";
		Api admin = Api.as(this.port, "admin");
		Response dry = admin.upload("/api/knowledge/import?dryRun=true", "file", "kb.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.body().get("imported").asInt()).isEqualTo(2);
		assertThat(count(code)).as("a dry run stores nothing").isZero();

		Response imported = admin.upload("/api/knowledge/import", "file", "kb.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.body().get("ids")).hasSize(2);
		long first = imported.body().get("ids").get(0).asLong();
		JsonNode article = admin.get("/api/knowledge/articles/" + first).body();
		assertThat(article.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(article.get("questions")).hasSize(2);
		assertThat(article.get("answer").asString()).contains("\n备案后直接结算");
		assertThat(article.get("categoryCode").isNull()).isFalse();
		assertThat(article.get("public").asBoolean()).isTrue();
		assertThat(article.get("expiresAt").asString()).isEqualTo("2099-12-31");
		assertThat(article.get("tags").toString()).contains("医保", "异地");
		found(admin, "异地就医怎么备案 " + code, first);

		Response byAgent = Api.as(this.port, "agent1")
			.upload("/api/knowledge/import", "file", "kb.csv",
					csv.replace(code, code + "A").getBytes(StandardCharsets.UTF_8));
		assertThat(byAgent.status()).isEqualTo(200);
		assertThat(Api.as(this.port, "agent1")
			.get("/api/knowledge/articles/" + byAgent.body().get("ids").get(0).asLong())
			.text("status")).isEqualTo("PENDING");
		assertThat(Api.as(this.port, "unit1")
			.upload("/api/knowledge/import", "file", "kb.csv", new byte[] { 'x' })
			.status()).isEqualTo(403);
	}

	@Test
	void refusesAFileWithWrongRowsNamingEachAndStoresNothing() {
		String code = code();
		String csv = "标题,答案,分类,失效日期,生效日期\n" + "好的一行 " + code + ",答案,,,\n" + ",没有标题,,,\n" + "分类错 " + code
				+ ",答案,NO-SUCH,,\n" + "日期错 " + code + ",答案,,2026-02-30,\n" + "先后错 " + code
				+ ",答案,,2026-01-01,2026-03-01\n";
		Response refused = Api.as(this.port, "admin")
			.upload("/api/knowledge/import", "file", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).contains("4", "5");
		JsonNode errors = refused.body().get("errors");
		assertThat(errors).hasSize(4);
		assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("标题");
		assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(errors.get(1).get("field").asString()).isEqualTo("分类");
		assertThat(errors.get(1).get("message").asString()).contains("NO-SUCH");
		assertThat(errors.get(2).get("field").asString()).isEqualTo("失效日期");
		assertThat(errors.get(3).get("row").asInt()).isEqualTo(6);
		assertThat(count(code)).isZero();

		Api admin = Api.as(this.port, "admin");
		assertThat(admin
			.upload("/api/knowledge/import", "file", "x.csv", "标题,答案,作者\n题,答,我\n".getBytes(StandardCharsets.UTF_8))
			.detail()).contains("作者");
		assertThat(admin.upload("/api/knowledge/import", "file", "x.csv", "答案\n答\n".getBytes(StandardCharsets.UTF_8))
			.detail()).contains("标题");
		assertThat(admin.upload("/api/knowledge/import", "file", "x.pdf", "%PDF".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(400);
		assertThat(admin.upload("/api/knowledge/import", "file", "x.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(400);
		assertThat(admin.upload("/api/knowledge/import", "file", "x.csv", "标题,答案\n".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(400);
	}

	@Test
	void importsTheFirstSheetOfAnExcelFileWithDateCells() throws IOException {
		String code = code();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(file, "hotline-test", "1.0");
		Worksheet sheet = workbook.newWorksheet("知识");
		String[] header = { "title", "answer", "questions", "effectiveFrom", "expiresAt", "public" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		sheet.value(1, 0, "老旧小区加装电梯补贴 " + code);
		sheet.value(1, 1, "既有住宅加装电梯，每台补贴20万元，向街道申请。");
		sheet.value(1, 2, "加装电梯有补贴吗\n加装电梯找谁");
		sheet.value(1, 3, LocalDate.of(2024, 1, 1));
		sheet.style(1, 3).format("yyyy-mm-dd").set();
		sheet.value(1, 4, LocalDate.of(2099, 6, 30));
		sheet.style(1, 4).format("yyyy-mm-dd").set();
		sheet.value(1, 5, true);
		workbook.finish();

		Response imported = Api.as(this.port, "admin")
			.upload("/api/knowledge/import", "file", "知识库.xlsx", file.toByteArray());
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		JsonNode article = Api.as(this.port, "admin")
			.get("/api/knowledge/articles/" + imported.body().get("ids").get(0).asLong())
			.body();
		assertThat(article.get("effectiveFrom").asString()).isEqualTo("2024-01-01");
		assertThat(article.get("expiresAt").asString()).isEqualTo("2099-06-30");
		assertThat(article.get("questions")).hasSize(2);
		assertThat(article.get("public").asBoolean()).isTrue();
	}

	private int count(String code) {
		return this.jdbc.sql("select count(*) from knowledge_article where title like ?")
			.param("%" + code)
			.query(Integer.class)
			.single();
	}

}
