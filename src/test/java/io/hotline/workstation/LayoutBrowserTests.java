package io.hotline.workstation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 1,366 × 768 screen, in Chinese and in English, no page of any role is wider than
 * the screen and the header keeps the language switch and sign-out in view; an order
 * shows its category's name, the display names of its people and the platform's notes in
 * the language chosen.
 */
@HotlineTest
class LayoutBrowserTests extends BrowserTests {

	private static final int WIDTH = 1366;

	/** Each role's user and the pages it reaches (the administrator reaches them all). */
	private static final Map<String, List<String>> PAGES = Map.of("admin",
			List.of("/agent", "/dispatch", "/inbox", "/callback", "/supervision", "/search", "/dispatch-quality",
					"/cockpit", "/reply-quality", "/knowledge", "/collective", "/reports", "/admin"),
			"supervisor1", List.of("/supervision", "/reports"), "agent1", List.of("/agent"), "unit1",
			List.of("/inbox"));

	@Test
	void everyPageFitsA1366PixelScreenInBothLanguages() throws Exception {
		long order = calledBackOrder();
		Browser b = browser();
		b.driver().manage().window().setSize(new Dimension(WIDTH, 768));
		try {
			for (String language : List.of("zh-CN", "en")) {
				for (Map.Entry<String, List<String>> user : PAGES.entrySet()) {
					b.signIn(user.getKey());
					choose(b, language);
					for (String page : user.getValue()) {
						visit(b, page, language);
					}
					visit(b, "/orders/" + order, language);
				}
				for (String page : List.of("/portal", "/portal/knowledge")) {
					b.go(page);
					Thread.sleep(600);
					assertFits(b, page, language);
				}
			}
		}
		finally {
			b.driver().manage().window().setSize(new Dimension(1440, 900));
		}
	}

	@Test
	void anOrderShowsNamesAndTheNotesInTheLanguageChosen() throws Exception {
		long order = calledBackOrder();
		Browser b = browser();
		b.signIn("supervisor1");
		choose(b, "zh-CN");
		b.go("/orders/" + order);
		assertThat(b.waitFor("order-category").getText()).contains("/").doesNotMatch(".*\\d{4,}.*");
		assertThat(b.waitFor("order-title").getText()).isEqualTo("天河路口的路灯坏了一个月");
		waitForNote(b, "基本满意，已解决：还行");
		assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector(Browser.css("event-actor"))))
			.extracting(WebElement::getText)
			.doesNotContain("dispatcher1", "callback1");
		choose(b, "en");
		waitForNote(b, "basically satisfied, resolved: 还行");
	}

	private static void waitForNote(Browser b, String note) {
		new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
			.until((d) -> d.findElements(org.openqa.selenium.By.cssSelector(Browser.css("event-note")))
				.stream()
				.anyMatch((e) -> e.getText().contains(note)));
	}

	private static void choose(Browser b, String language) {
		if (language.equals(chosen(b))) {
			return;
		}
		b.clickXpath("//*[@data-test='language']//label[normalize-space(.)='" + (language.equals("en") ? "EN" : "中文")
				+ "']");
		new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(5)).until((d) -> language.equals(chosen(b)));
	}

	/** The workstation's language: Chinese until one is chosen. */
	private static Object chosen(Browser b) {
		return b.script("return localStorage.getItem('hotline.locale') || 'zh-CN'");
	}

	private static void visit(Browser b, String page, String language) throws InterruptedException {
		b.go(page);
		b.waitFor("whoami");
		Thread.sleep(400);
		assertFits(b, page, language);
		for (String control : List.of("language", "sign-out")) {
			Map<?, ?> box = (Map<?, ?>) b.script(
					"const r = document.querySelector(arguments[0]).getBoundingClientRect();"
							+ " return {left: r.left, right: r.right, top: r.top, width: r.width};",
					Browser.css(control));
			assertThat(((Number) box.get("width")).doubleValue()).as("%s visible on %s (%s)", control, page, language)
				.isPositive();
			assertThat(((Number) box.get("right")).doubleValue())
				.as("%s within the screen on %s (%s)", control, page, language)
				.isLessThanOrEqualTo(WIDTH);
			assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
		}
	}

	private static void assertFits(Browser b, String page, String language) {
		long width = ((Number) b.script("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("the width of %s in %s", page, language).isLessThanOrEqualTo(WIDTH);
	}

	/** An order without a title (its first words make one), called back. */
	private long calledBackOrder() {
		Api agent = Api.as(this.port, "agent1");
		String top = agent.get("/api/categories").body().get(0).get("code").asString();
		String code = agent.get("/api/categories?parent=" + top).body().get(0).get("code").asString();
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "HELP", "categoryCode", code, "content",
							"天河路口的路灯坏了一个月。晚上很黑 " + UUID.randomUUID()))
			.id();
		long unit = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		Api.as(this.port, "dispatcher1").post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unit)));
		Api.as(this.port, "unit1").post("/api/orders/" + id + "/sign", Map.of());
		Api.as(this.port, "unit1").post("/api/orders/" + id + "/reply", Map.of("content", "已修复路灯。", "resolved", true));
		Api.as(this.port, "callback1")
			.post("/api/orders/" + id + "/callback",
					Map.of("satisfaction", "BASICALLY_SATISFIED", "resolved", true, "comment", "还行"));
		return id;
	}

}
