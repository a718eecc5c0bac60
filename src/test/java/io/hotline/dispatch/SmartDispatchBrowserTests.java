package io.hotline.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能辅助派单 in headless Chromium: a dispatcher takes a suggested unit and the order goes
 * there; an administrator sees the model versions and previews a category's threshold of
 * automatic dispatch before saving it.
 */
@HotlineTest
class SmartDispatchBrowserTests extends BrowserTests {

	private static final String TEXT = "小区楼下的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全，希望尽快维修";

	private int active;

	@BeforeEach
	void modelReady() {
		this.active = DispatchModelReady.activeVersion(this.port);
	}

	@Test
	void aDispatcherUsesTheFirstSuggestionAndTheOrderGoesToThatUnit() throws Exception {
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "HELP", "content", TEXT + " " + UUID.randomUUID(), "address",
							"天河区林和西路9号", "caller", Map.of("phone", "13900003333")))
			.id();
		Browser b = browser();
		b.signIn("dispatcher1");
		b.go("/orders/" + id);
		b.click("act-dispatch-" + id);
		String first = b.waitFor("suggestion-0").getText();
		assertThat(first).contains("%");
		long unit = Long.parseLong(b.waitFor("suggestion-0").getAttribute("data-unit"));
		String unitName = Api.as(this.port, "admin").get("/api/units/" + unit).text("name");
		assertThat(first).contains(unitName);
		assertThat(b.waitFor("dispatch-suggestions").getText()).contains("智能推荐");

		b.click("suggestion-use-0");
		b.waitForXpath("//*[@data-test='suggestion-use-0'][contains(., '已采用')]");
		b.waitForXpath("//*[@data-test='field-mainUnit'][.//*[normalize-space(text())='" + unitName + "']]");
		screenshot(b, "dispatch-suggestions.png");
		if (b.isPresent("suggestion-similar")) {
			b.clickCss(Browser.css("suggestion-similar") + " .el-collapse-item__header");
			assertThat(b.waitForCss(Browser.css("suggestion-similar") + " .similar a").getText()).isNotBlank();
		}
		b.click("action-submit");
		b.waitForNoDialog();
		JsonNode order = Api.as(this.port, "dispatcher1").get("/api/orders/" + id).body();
		assertThat(order.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(order.get("mainUnitId").asLong()).isEqualTo(unit);
		b.signOut();
	}

	@Test
	void anAdministratorPreviewsAThresholdSavesItAndRemovesIt() throws Exception {
		Api admin = Api.as(this.port, "admin");
		JsonNode suggestion = admin.post("/api/dispatch/suggest", Map.of("text", TEXT))
			.body()
			.get("suggestions")
			.get(0);
		String category = suggestion.get("categoryCode").asString();
		String categoryName = suggestion.get("categoryName").asString();
		Browser b = browser();
		b.signIn("admin");
		b.go("/admin");
		b.clickCss("#tab-dispatch");
		b.waitForXpath("//*[@data-test='model-versions']//tr[.//*[@data-test='model-" + this.active
				+ "']][.//*[@data-test='model-active']]");
		try {
			b.click("threshold-category");
			b.type("threshold-category", categoryName);
			b.click("category-" + category);
			b.waitFor("threshold-preview");
			b.type("threshold-value", "0.8", org.openqa.selenium.Keys.TAB);
			b.waitForCss(Browser.css("threshold-preview") + "[data-threshold='0.8']");
			assertThat(b.waitFor("preview-share-registered").getText()).matches("\\d+\\.\\d%");
			assertThat(b.waitFor("preview-precision-registered").getText()).matches("\\d+\\.\\d%|—");
			assertThat(b.waitFor("preview-share-predicted").getText()).matches("\\d+\\.\\d%|—");

			screenshot(b, "smart-dispatch-admin.png");
			b.click("threshold-save");
			b.waitFor("threshold-remove-" + category);
			assertThat(b.waitFor("thresholds").getText()).contains(categoryName).contains("80%");
			assertThat(thresholdOf(admin, category)).isEqualTo(0.8);

			b.click("threshold-remove-" + category);
			until(() -> thresholdOf(admin, category) == null);
			b.signOut();
		}
		finally {
			admin.delete("/api/dispatch/thresholds/" + category);
		}
	}

	/** With {@code -Dscreenshots}, renews a screenshot of docs/screenshots. */
	private static void screenshot(Browser b, String name) throws Exception {
		if (System.getProperty("screenshots") != null) {
			Thread.sleep(500);
			b.screenshot(Path.of("docs/screenshots", name));
		}
	}

	private static Double thresholdOf(Api admin, String category) {
		for (JsonNode row : admin.get("/api/dispatch/thresholds").body()) {
			if (row.get("categoryCode").asString().equals(category)) {
				return row.get("threshold").asDouble();
			}
		}
		return null;
	}

	private static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited 20 s").isBefore(until);
			Thread.sleep(200);
		}
	}

}
