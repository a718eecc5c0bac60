package io.hotline.dispatch;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch dialog in headless Chromium, in English and then in Chinese: the order's
 * text, category by name and place beside the suggestions; a dispatch without a main unit
 * is asked about, not sent; the unit picker finds 生态环境局 by its short name 环保 and takes it
 * from the keyboard.
 */
@HotlineTest
class DispatchDialogBrowserTests extends BrowserTests {

	private static final String OPTIONS = "//li[contains(@class,'el-select-dropdown__item')]";

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheOrderBesideTheSuggestionsAsksForTheMainUnitAndPicksItByShortNameFromTheKeyboard() throws Exception {
		Map<String, Object> noise = this.jdbc
			.sql("select code, name from category where active and name like '噪音%' order by level desc limit 1")
			.query()
			.singleRow();
		String text = "楼下酒吧的音响噪音太大，半夜还不停 " + UUID.randomUUID().toString().substring(0, 8);
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", text, "address", "天河区林和西路9号",
							"categoryCode", noise.get("code"), "caller", Map.of("phone", "13900005555")))
			.id();
		Browser b = browser();
		b.signIn("dispatcher1");
		try {
			language(b, "en");
			open(b, id);
			assertThat(b.waitFor("dispatch-order-content").getText()).contains(text);
			b.waitForXpath("//*[@data-test='dispatch-order-category'][contains(., '" + noise.get("name") + "')]");
			assertThat(b.waitFor("dispatch-order-category").getText()).doesNotContain((String) noise.get("code"));
			assertThat(b.waitFor("dispatch-order-place").getText()).contains("天河");
			assertThat(b.waitFor("dispatch-order").getText()).contains("Order text");
			b.click("action-submit");
			assertThat(b.waitFor("action-error").getText()).contains("Choose the main unit");
			assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + id).text("status"))
				.isEqualTo("REGISTERED");
			close(b);

			language(b, "zh-CN");
			open(b, id);
			assertThat(b.waitFor("dispatch-order").getText()).contains("工单内容");
			b.click("action-submit");
			assertThat(b.waitFor("action-error").getText()).contains("请选择主办单位");

			b.click("field-mainUnit");
			WebElement input = b.waitForCss(Browser.css("field-mainUnit") + " input");
			input.sendKeys("环保");
			String first = b.waitForXpath(OPTIONS + "[contains(., '生态环境')]//span[@class='name']").getText();
			List<String> found = b.driver()
				.findElements(By.xpath(OPTIONS + "//span[@class='name']"))
				.stream()
				.filter(WebElement::isDisplayed)
				.map(WebElement::getText)
				.toList();
			assertThat(found).isNotEmpty().allSatisfy((name) -> assertThat(name).contains("生态环境"));
			assertThat(found.get(0)).isEqualTo(first);
			input.sendKeys(Keys.ARROW_DOWN);
			input.sendKeys(Keys.ARROW_UP);
			input.sendKeys(Keys.ENTER);
			b.waitForXpath("//*[@data-test='field-mainUnit'][.//*[normalize-space(text())='" + first + "']]");
			b.click("action-submit");
			b.waitForNoDialog();
			long unit = Api.as(this.port, "dispatcher1").get("/api/orders/" + id).body().get("mainUnitId").asLong();
			assertThat(Api.as(this.port, "admin").get("/api/units/" + unit).text("name")).isEqualTo(first);
		}
		finally {
			b.script("localStorage.setItem('hotline.locale', 'zh-CN')");
			b.signOut();
		}
	}

	private static void open(Browser b, long id) {
		b.go("/orders/" + id);
		b.click("act-dispatch-" + id);
		// the suggestions load once the dialog opens: wait for them, so that nothing
		// moves under the next click
		b.waitForCss(Browser.css("dispatch-suggestions") + "[data-loading='false']");
	}

	private static void close(Browser b) {
		b.clickCss(".el-dialog__headerbtn");
		b.waitForNoDialog();
	}

	/**
	 * Switches the workstation's language as the header's switch keeps it, and reloads.
	 */
	private static void language(Browser b, String locale) {
		b.script("localStorage.setItem('hotline.locale', arguments[0])", locale);
		b.driver().navigate().refresh();
		b.waitFor("whoami");
	}

}
