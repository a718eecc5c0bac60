package io.hotline.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base in headless Chromium: an agent answers a consultation with a
 * recommended article; an administrator reviews; a writer's stale edit; an order's linked
 * knowledge; the citizens' search; the import's rows to fix. Each test writes articles of
 * its own subject (a random code) so that tests sharing the database do not meet, and
 * waits for the background rebuild of the search index to have them.
 */
@HotlineTest
class KnowledgeBrowserTests extends BrowserTests {

	private static final Duration INDEXED = Duration.ofSeconds(60);

	@Test
	void anAgentTakesARecommendedAnswerAndTheOrderIsFinishedAndLinkedInOneGo() throws Exception {
		String code = code();
		String answer = "居民身份证有效期满前三个月内，可持原证到户籍所在地或现居住地派出所办理换领，需本人到场采集指纹。" + code;
		long article = published(Map.of("title", "居民身份证到期换领 " + code, "answer", answer, "questions",
				List.of("身份证过期了怎么换"), "public", true));
		found("身份证到期 " + code, article);

		Browser b = browser();
		b.signIn("agent1");
		b.type("caller-phone", "13900007777");
		b.type("order-content", code + " 我的身份证下个月到期了，想问一下到哪里换新的");
		String hit = Browser.css("kb-recommend") + "[data-state='loaded'] [data-id='" + article + "']";
		b.waitForCss(hit);
		assertThat(b.waitForCss(hit + " " + Browser.css("kb-hit-highlight") + " em").getText()).isNotBlank();
		screenshot(b, "knowledge-recommendations.png");

		b.clickCss(hit);
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'][data-id='" + article + "'] "
				+ Browser.css("kb-article"));
		assertThat(b.waitFor("kb-article-answer").getText()).isEqualTo(answer);
		b.click("kb-use");
		gone(b, ".el-drawer");
		b.waitForCss(Browser.css("registration-article") + "[data-id='" + article + "']");
		b.waitForCss(hit + " " + Browser.css("kb-hit-chosen"));
		assertThat(b.waitForCss("textarea" + Browser.css("order-answer")).getAttribute("value")).isEqualTo(answer);
		assertThat(b.waitFor("order-type").getText()).contains("咨询");

		b.click("register-finish");
		long order = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		JsonNode finished = Api.as(this.port, "agent1").get("/api/orders/" + order).body();
		assertThat(finished.get("status").asString()).isEqualTo("CLOSED");
		assertThat(finished.get("type").asString()).isEqualTo("CONSULTATION");
		JsonNode links = Api.as(this.port, "agent1").get("/api/orders/" + order + "/knowledge").body().get("links");
		assertThat(links).hasSize(1);
		assertThat(links.get(0).get("articleId").asLong()).isEqualTo(article);
		assertThat(links.get(0).get("answered").asBoolean()).isTrue();
		// the form is blank again for the next call
		b.waitForCss(Browser.css("kb-recommend") + "[data-state='idle']");
		assertThat(b.isPresent("registration-article")).isFalse();
		b.signOut();
	}

	@Test
	void anAgentRegistersWithoutFinishingAndTheChosenArticleIsLinkedNotAnswered() throws Exception {
		String code = code();
		long article = published(
				Map.of("title", "燃气开户办理 " + code, "answer", "新建住宅燃气开户，请携带房产证明和身份证到燃气公司营业厅办理，或在线上营业厅申请。" + code));
		found("燃气开户 " + code, article);

		Browser b = browser();
		b.signIn("agent1");
		b.type("caller-phone", "13900007778");
		b.type("order-content", code + " 新房子燃气怎么开户");
		String hit = Browser.css("kb-recommend") + "[data-state='loaded'] [data-id='" + article + "']";
		b.clickCss(hit);
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'][data-id='" + article + "'] "
				+ Browser.css("kb-article"));
		b.click("kb-use");
		gone(b, ".el-drawer");
		b.waitForCss(Browser.css("registration-article") + "[data-id='" + article + "']");
		b.click("register-submit");
		long order = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		JsonNode registered = Api.as(this.port, "agent1").get("/api/orders/" + order).body();
		assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
		JsonNode links = Api.as(this.port, "agent1").get("/api/orders/" + order + "/knowledge").body().get("links");
		assertThat(links).hasSize(1);
		assertThat(links.get(0).get("articleId").asLong()).isEqualTo(article);
		assertThat(links.get(0).get("answered").asBoolean()).isFalse();
		b.signOut();
	}

	@Test
	void anAgentsNotHelpfulFeedbackCarriesWhatWasTyped() throws Exception {
		String code = code();
		long article = published(Map.of("title", "养犬登记 " + code, "answer", "养犬人应当到居住地派出所办理养犬登记。" + code));
		found("养犬登记 " + code, article);

		Browser b = browser();
		b.signIn("agent1");
		String typed = code + " 养犬登记要交多少钱";
		b.type("order-content", typed);
		b.clickCss(Browser.css("kb-recommend") + "[data-state='loaded'] [data-id='" + article + "']");
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'][data-id='" + article + "'] "
				+ Browser.css("kb-article"));
		b.click("kb-not-helpful");
		b.waitForCss(Browser.css("kb-feedback") + "[data-sent='false']");
		until(() -> gapOf(typed) != null);
		assertThat(gapOf(typed).get("reason").asString()).isEqualTo("NOT_HELPFUL");
		b.clickCss(".el-drawer__close-btn");
		gone(b, ".el-drawer");
		b.signOut();
	}

	@Test
	void anAdministratorApprovesAPendingArticleThatASupervisorSawReadOnly() throws Exception {
		String code = code();
		Api.Response pending = Api.as(this.port, "agent1")
			.post("/api/knowledge/articles", Map.of("title", "新生儿医保参保 " + code, "answer",
					"新生儿出生后可在出生之日起三个月内办理城乡居民医保参保登记，自出生之日起享受待遇。" + code, "source", "《城乡居民基本医疗保险办法》第十二条"));
		assertThat(pending.status()).as(pending.body().toString()).isEqualTo(201);
		assertThat(pending.text("status")).isEqualTo("PENDING");
		long article = pending.id();
		String row = Browser.css("kb-review") + "[data-state='loaded'] " + Browser.css("kb-review-row-" + article);

		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-knowledge");
		b.clickCss("#tab-review");
		b.waitForCss(row);
		assertThat(b.isPresent("kb-approve-" + article)).isFalse();
		b.signOut();

		b.signIn("admin");
		b.go("/knowledge");
		b.clickCss("#tab-review");
		b.clickCss(row);
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'][data-id='" + article + "'] "
				+ Browser.css("kb-article") + "[data-status='PENDING']");
		assertThat(b.waitFor("kb-article-source").getText()).contains("第十二条");
		assertThat(b.waitFor("kb-versions").getText()).contains("v1");
		b.clickCss(".el-drawer__close-btn");
		gone(b, ".el-drawer");
		b.click("kb-approve-" + article);
		b.type("kb-review-note", "内容准确，同意发布");
		screenshot(b, "knowledge-review.png");
		b.click("kb-review-submit");
		b.waitForNoDialog();
		gone(b, Browser.css("kb-review-row-" + article));
		b.waitForCss(Browser.css("kb-review") + "[data-state='loaded']");
		JsonNode approved = Api.as(this.port, "admin").get("/api/knowledge/articles/" + article).body();
		assertThat(approved.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(approved.get("reviewNote").asString()).isEqualTo("内容准确，同意发布");
		assertThat(approved.get("reviewedBy").asString()).isEqualTo("admin");
		b.signOut();
	}

	@Test
	void aWriterWhoseArticleChangedMeanwhileIsToldAndReloadsIt() throws Exception {
		String code = code();
		Map<String, Object> content = Map.of("title", "居住证办理 " + code, "answer", "居住证可在社区服务中心申领。" + code);
		long article = published(content);

		Browser b = browser();
		b.signIn("admin");
		b.go("/knowledge?article=" + article);
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'][data-id='" + article + "'] "
				+ Browser.css("kb-article"));
		b.click("kb-edit");
		b.waitFor("kb-editor");
		// someone else saves first
		Map<String, Object> other = new HashMap<>(content);
		other.put("title", "居住证申领指南 " + code);
		other.put("version", 1);
		Api.Response saved = Api.as(this.port, "admin").put("/api/knowledge/articles/" + article, other);
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);

		b.type("kb-edit-title", "居住证办理流程 " + code);
		b.click("kb-edit-save");
		b.waitForCss(Browser.css("kb-edit-error") + "[data-stale='true']");
		b.click("kb-edit-reload");
		untilBrowser(() -> ("居住证申领指南 " + code)
			.equals(b.waitForCss("input" + Browser.css("kb-edit-title")).getAttribute("value")));
		b.type("kb-edit-title", "居住证办理流程 " + code);
		b.click("kb-edit-save");
		b.waitForNoDialog();
		JsonNode now = Api.as(this.port, "admin").get("/api/knowledge/articles/" + article).body();
		assertThat(now.get("title").asString()).isEqualTo("居住证办理流程 " + code);
		assertThat(now.get("version").asInt()).isEqualTo(3);
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'] " + Browser.css("kb-version-3"));
		b.clickCss(".el-drawer__close-btn");
		gone(b, ".el-drawer");
		b.signOut();
	}

	@Test
	void anOrdersKnowledgeIsLinkedAndUnlinkedOnItsDetail() throws Exception {
		String code = code();
		long article = published(Map.of("title", "不动产登记查询 " + code, "answer", "可持身份证到不动产登记中心查询。" + code));
		found("不动产登记 " + code, article);
		long order = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "CONSULTATION", "content", "咨询不动产登记查询 " + code, "caller",
							Map.of("phone", "13900007779")))
			.id();

		Browser b = browser();
		b.signIn("agent1");
		b.go("/orders/" + order);
		b.waitForCss(Browser.css("order-knowledge") + "[data-state='loaded'][data-count='0']");
		b.click("kb-picker");
		b.type("kb-picker", code);
		b.click("kb-option-" + article);
		b.click("kb-link-submit");
		b.waitForCss(Browser.css("order-knowledge") + "[data-state='loaded'][data-count='1'] "
				+ Browser.css("kb-link-" + article));
		JsonNode links = Api.as(this.port, "agent1").get("/api/orders/" + order + "/knowledge").body().get("links");
		assertThat(links).hasSize(1);
		assertThat(links.get(0).get("answered").asBoolean()).isFalse();
		screenshot(b, "knowledge-order.png");

		b.click("kb-unlink-" + article);
		b.waitForCss(Browser.css("order-knowledge") + "[data-state='loaded'][data-count='0']");
		assertThat(Api.as(this.port, "agent1").get("/api/orders/" + order + "/knowledge").body().get("links"))
			.isEmpty();
		b.signOut();
	}

	@Test
	void theCitizensSearchShowsAPublicArticleAndNotAnInternalOne() throws Exception {
		String code = code();
		long shared = published(Map.of("title", "公积金提取办理指南 " + code, "answer",
				"职工购房、退休或离职的，可以申请提取住房公积金，携带身份证到公积金管理中心办理。" + code, "public", true, "source", "《住房公积金管理条例》第二十四条"));
		long internal = published(
				Map.of("title", "公积金提取内部口径 " + code, "answer", "坐席内部口径：提取审核一般三个工作日内完成。" + code, "public", false));
		found("公积金提取 " + code, internal);
		until(() -> ids(Api.anonymous(this.port)
			.get("/api/public/knowledge/search?size=50&q=" + q("公积金提取 " + code))
			.body()
			.get("hits")).contains(shared));

		Browser b = browser();
		b.driver().manage().deleteAllCookies();
		b.go("/portal");
		b.click("portal-faq-link");
		b.type("portal-kb-q", "公积金提取 " + code, Keys.ENTER);
		String hit = Browser.css("portal-knowledge") + "[data-state='loaded'] [data-id='" + shared + "']";
		b.waitForCss(hit);
		assertThat(b.waitForCss(hit + " .kb-highlight em").getText()).isNotBlank();
		assertThat(b.driver().findElements(By.cssSelector("[data-id='" + internal + "']"))).isEmpty();
		assertThat(b.driver().getPageSource()).doesNotContain("内部口径");
		screenshot(b, "knowledge-portal.png");

		b.clickCss(hit);
		b.waitForCss(Browser.css("portal-kb-article") + "[data-id='" + shared + "']");
		assertThat(b.waitFor("portal-kb-answer").getText()).contains("公积金管理中心");
		assertThat(b.waitFor("portal-kb-article").getText()).contains("第二十四条");
		b.click("kb-helpful");
		b.waitForCss(Browser.css("kb-feedback") + "[data-sent='true']");
		assertThat(Api.anonymous(this.port).get("/api/public/knowledge/articles/" + internal).status()).isEqualTo(404);
	}

	@Test
	void theImportDialogShowsTheRowsToFixThenImportsAGoodFile() throws Exception {
		String code = code();
		Path bad = Files.createTempFile("knowledge-bad-", ".csv");
		Files.writeString(bad, """
				标题,答案,分类,失效日期
				医保卡挂失 %1$s,可拨打社保服务热线或到社保经办窗口挂失。,,2027-01-01
				,没有标题的答案,,
				驾驶证换证 %1$s,到期前九十日内到车管所换证。,,2027-13-40
				""".formatted(code), StandardCharsets.UTF_8);
		Path good = Files.createTempFile("knowledge-good-", ".csv");
		Files.writeString(good, """
				标题,答案,问题,标签
				医保卡挂失 %1$s,可拨打社保服务热线或到社保经办窗口挂失。,医保卡丢了怎么办|社保卡丢失,医保|社保卡
				驾驶证换证 %1$s,到期前九十日内到车管所或网上办理换证。,驾照到期怎么换,交通
				""".formatted(code), StandardCharsets.UTF_8);
		try {
			Browser b = browser();
			b.signIn("agent1");
			b.go("/knowledge");
			b.click("kb-import-open");
			b.waitFor("kb-import-file").sendKeys(bad.toAbsolutePath().toString());
			b.click("kb-import-check");
			b.waitForCss(Browser.css("kb-import-body") + "[data-state='invalid']");
			List<String> rows = b.driver()
				.findElements(By.cssSelector(Browser.css("kb-import-errors") + " .el-table__body tr"))
				.stream()
				.map((tr) -> tr.findElement(By.cssSelector("td")).getText().strip())
				.toList();
			assertThat(rows).containsOnly("3", "4");
			screenshot(b, "knowledge-import-errors.png");
			assertThat(articlesTitled(code)).isEmpty();

			b.waitFor("kb-import-file").sendKeys(good.toAbsolutePath().toString());
			b.click("kb-import-check");
			b.waitForCss(Browser.css("kb-import-body") + "[data-state='checked']");
			assertThat(articlesTitled(code)).isEmpty();
			b.click("kb-import-submit");
			b.waitForCss(Browser.css("kb-import-body") + "[data-state='imported']");
			assertThat(b.waitFor("kb-import-done").getText()).contains("2");
			assertThat(articlesTitled(code)).hasSize(2);
			b.click("kb-import-close");
			b.waitForNoDialog();
			b.signOut();
		}
		finally {
			Files.deleteIfExists(bad);
			Files.deleteIfExists(good);
		}
	}

	@Test
	void aStaffUserSearchesTheKnowledgeBaseWithAModeAndFilters() throws Exception {
		String code = code();
		long shared = published(Map.of("title", "残疾人证办理 " + code, "answer", "残疾人证向户籍所在地街道申请，评残后发证。" + code, "public",
				true, "department", "市残联", "tags", List.of("残疾人")));
		long internal = published(Map.of("title", "残疾人证内部口径 " + code, "answer", "评残医院名单以残联通知为准。" + code));
		found("残疾人证 " + code, shared);
		found("残疾人证 " + code, internal);

		Browser b = browser();
		b.signIn("dispatcher1");
		b.click("nav-knowledge");
		b.type("kb-q", "残疾人证 " + code, Keys.ENTER);
		String results = Browser.css("kb-search") + "[data-state='loaded'] ";
		b.waitForCss(results + "[data-id='" + shared + "'] .kb-highlight em");
		b.waitForCss(results + "[data-id='" + internal + "']");
		b.click("kb-mode-fulltext");
		b.click("kb-filter-public");
		b.click("kb-search-submit");
		untilBrowser(() -> b.driver().findElements(By.cssSelector(results + "[data-id='" + internal + "']")).isEmpty()
				&& !b.driver().findElements(By.cssSelector(results + "[data-id='" + shared + "']")).isEmpty());
		b.clickCss(results + "[data-id='" + shared + "'] .kb-result-title");
		b.waitForCss(Browser.css("kb-drawer") + "[data-state='loaded'][data-id='" + shared + "'] "
				+ Browser.css("kb-article"));
		// the article's fields fill in after its text: wait for them, then check
		untilBrowser(() -> b.waitFor("kb-article").getText().contains("市残联"));
		assertThat(b.waitFor("kb-article").getText()).contains("市残联").contains("残疾人");
		assertThat(b.isPresent("kb-edit")).isFalse();
		b.clickCss(".el-drawer__close-btn");
		gone(b, ".el-drawer");
		b.signOut();
	}

	@Test
	void aWriterIsRemindedOfAnArticleAboutToExpireAndRenewsIt() throws Exception {
		String code = code();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long article = published(Map.of("title", "冬季供暖补贴申领 " + code, "answer", "补贴按季度发放。" + code, "expiresAt",
				today.plusDays(5).toString()));

		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/knowledge");
		b.clickCss("#tab-reminders");
		b.waitForCss(Browser.css("kb-reminders") + "[data-state='loaded'] " + Browser.css("kb-reminder-" + article));
		b.click("kb-reminder-edit-" + article);
		b.waitFor("kb-editor");
		untilBrowser(() -> ("冬季供暖补贴申领 " + code)
			.equals(b.waitForCss("input" + Browser.css("kb-edit-title")).getAttribute("value")));
		b.type("kb-edit-expires", today.plusYears(1).toString(), Keys.ENTER);
		b.click("kb-edit-save");
		b.waitForNoDialog();
		JsonNode renewed = Api.as(this.port, "supervisor1").get("/api/knowledge/articles/" + article).body();
		assertThat(renewed.get("expiresAt").asString()).isEqualTo(today.plusYears(1).toString());
		assertThat(renewed.get("version").asInt()).isEqualTo(2);
		// a supervisor's edit waits for review: the version published still expires
		assertThat(renewed.get("status").asString()).isEqualTo("PENDING");
		b.signOut();
	}

	@Test
	void aSupervisorSeesHowArticlesWereUsed() throws Exception {
		String code = code();
		long article = published(Map.of("title", "社保卡补办 " + code, "answer", "社保卡丢失后可到合作银行网点补办。" + code));
		Api.as(this.port, "agent1").get("/api/knowledge/articles/" + article);
		Api.as(this.port, "agent1").get("/api/knowledge/articles/" + article);

		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/knowledge");
		b.clickCss("#tab-stats");
		b.waitForCss(Browser.css("kb-stats") + "[data-state='loaded']");
		String row = "//*[@data-test='kb-stats-table']//tr[.//a[normalize-space(text())='社保卡补办 " + code + "']]";
		assertThat(b.waitForXpath(row).getText()).contains("2");
		b.waitForCss(Browser.css("kb-hot") + "[data-state='loaded']");
		screenshot(b, "knowledge-stats.png");
		b.signOut();
	}

	/** An administrator's article, published at once; answers its id. */
	private long published(Map<String, Object> article) {
		Api.Response created = Api.as(this.port, "admin").post("/api/knowledge/articles", article);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("PUBLISHED");
		return created.id();
	}

	/**
	 * Waits until the staff search finds the article (the index rebuilds in the
	 * background).
	 */
	private void found(String query, long article) throws InterruptedException {
		until(() -> ids(
				Api.as(this.port, "agent1").get("/api/knowledge/search?size=50&q=" + q(query)).body().get("hits"))
			.contains(article));
	}

	/** The writer's own articles (any state) whose title has this code. */
	private List<JsonNode> articlesTitled(String code) {
		List<JsonNode> found = new java.util.ArrayList<>();
		for (String status : List.of("PUBLISHED", "PENDING")) {
			JsonNode list = Api.as(this.port, "admin")
				.get("/api/knowledge/articles?status=" + status + "&q=" + q(code))
				.body();
			list.forEach((a) -> {
				if (a.get("title").asString().contains(code)) {
					found.add(a);
				}
			});
		}
		return found;
	}

	/** The knowledge gap of this question. */
	private JsonNode gapOf(String text) {
		for (JsonNode gap : Api.as(this.port, "supervisor1").get("/api/knowledge/gaps").body().path("gaps")) {
			if (gap.get("text").asString().equals(text)) {
				return gap;
			}
		}
		return null;
	}

	private static List<Long> ids(JsonNode hits) {
		List<Long> ids = new java.util.ArrayList<>();
		if (hits != null) {
			hits.forEach((h) -> ids.add(h.get("id").asLong()));
		}
		return ids;
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String code() {
		return "KB" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private static void until(Supplier<Boolean> condition) throws InterruptedException {
		Instant until = Instant.now().plus(INDEXED);
		while (!Boolean.TRUE.equals(condition.get())) {
			assertThat(Instant.now()).as("waited " + INDEXED.toSeconds() + " s").isBefore(until);
			Thread.sleep(200);
		}
	}

	/**
	 * Waits until nothing matching this selector is shown (a drawer closed, a row gone).
	 */
	private static void gone(Browser b, String selector) throws InterruptedException {
		untilBrowser(() -> b.driver().findElements(By.cssSelector(selector)).stream().noneMatch((e) -> {
			try {
				return e.isDisplayed();
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return false;
			}
		}));
	}

	private static void untilBrowser(Supplier<Boolean> condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!Boolean.TRUE.equals(condition.get())) {
			assertThat(Instant.now()).as("waited 20 s").isBefore(until);
			Thread.sleep(100);
		}
	}

	/** A screenshot into target/screenshots, to look at after the run. */
	private static void screenshot(Browser b, String name) throws Exception {
		b.screenshot(Path.of("target/screenshots", name));
	}

}
