package io.hotline.workstation;

import java.util.List;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation in headless Chromium: one order clicked through every role, and a unit
 * that cannot open another unit's order.
 */
@HotlineTest
class WorkstationBrowserTests extends BrowserTests {

	@Test
	void walksAnOrderThroughEveryRoleByClickingUntilItIsClosed() throws Exception {
		Browser b = browser();
		String text = "小区门口路灯坏了一周 " + UUID.randomUUID().toString().substring(0, 8);
		long id = registerAsAgent(b, text);

		b.signIn("dispatcher1");
		// the queue filtered by a link: the new order among every other one waiting
		b.go("/dispatch?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
		b.click("act-dispatch-" + id);
		b.waitForCss(Browser.css("dispatch-suggestions") + "[data-loading='false']");
		String unitName = Api.as(this.port, "unit1").get("/api/me").text("unitName");
		pickUnit(b, "field-mainUnit", "DEMO-UNIT-1", unitName);
		b.click("action-submit");
		b.waitForNoDialog();
		b.signOut();

		b.signIn("unit1");
		b.click("act-sign-" + id);
		b.click("action-submit");
		b.waitForNoDialog();
		b.click("act-reply-" + id);
		b.type("field-content", "已安排维修，路灯已恢复照明");
		b.click("action-submit");
		b.waitForNoDialog();
		b.signOut();

		b.signIn("callback1");
		b.click("act-callback-" + id);
		// nothing is chosen for the caller: an outcome and the verdict are picked
		assertThat(b.waitFor("cb-phone").getText()).isEqualTo("13900001111");
		assertThat(b.waitFor("cb-reply").getText()).contains("路灯已恢复照明");
		assertThat(b.waitFor("cb-submit").isEnabled()).isFalse();
		b.click("cb-outcome-REACHED");
		b.click("cb-satisfaction-SATISFIED");
		b.click("cb-resolved-yes");
		b.click("cb-submit");
		assertThat(b.waitFor("cb-result").getAttribute("data-outcome")).isEqualTo("closed");
		b.click("cb-done");
		b.waitForNoDialog();

		b.go("/orders/" + id);
		WebElement status = b.waitForCss(Browser.css("order-status") + "[data-status='CLOSED']");
		assertThat(status.getText()).isEqualTo("已办结");
		List<String> events = b.driver()
			.findElements(By.cssSelector(Browser.css("timeline") + " [data-event]"))
			.stream()
			.map((e) -> e.getAttribute("data-event"))
			.toList();
		assertThat(events).containsExactly("REGISTERED", "DISPATCHED", "SIGNED", "REPLIED", "CALLED_BACK");
		assertThat(b.waitFor("timeline").getText()).contains("已安排维修，路灯已恢复照明");
		b.signOut();
	}

	@Test
	void aUnitCannotOpenAnotherUnitsOrder() throws Exception {
		Api.Response order = Api.as(this.port, "agent1")
			.post("/api/orders", java.util.Map.of("channel", "PHONE", "type", "COMPLAINT", "content",
					"噪音扰民 " + UUID.randomUUID(), "caller", java.util.Map.of("phone", "13900002222")));
		long unit1 = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order.id() + "/dispatch", java.util.Map.of("unitIds", List.of(unit1)));

		Browser b = browser();
		b.signIn("unit2");
		b.go("/orders/" + order.id());
		assertThat(b.waitFor("order-missing").getText()).contains("工单不存在或无权查看");
		assertThat(b.isPresent("order-number")).isFalse();
		assertThat(b.driver().getPageSource()).doesNotContain(order.text("number")).doesNotContain("噪音扰民");
		b.signOut();
	}

	/**
	 * The agent's one screen: phone first, then the request; answers the new order's id.
	 */
	private static long registerAsAgent(Browser b, String text) {
		b.signIn("agent1");
		b.type("caller-phone", "13900001111");
		b.type("caller-name", "王女士");
		b.type("order-content", text);
		b.type("order-address", "天河区林和西路9号");
		b.click("register-submit");
		long id = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		b.signOut();
		return id;
	}

	/** Searches the unit tree by code and picks the unit of that name. */
	static void pickUnit(Browser b, String field, String code, String name) {
		b.click(field);
		b.type(field, code);
		b.clickXpath("//li[contains(@class,'el-select-dropdown__item')][.//*[normalize-space(text())='" + name + "']]");
		// closes the tree by a click on the dialog's title: a click in the middle of the
		// page
		// could land on the suggestions' similar orders and unfold them under the pointer
		b.clickCss(".el-dialog__title");
	}

	@Test
	void letsAnAdministratorRenameAUnitPickedInTheTree() throws Exception {
		String code = "BT-" + UUID.randomUUID().toString().substring(0, 6);
		long centre = Api.as(this.port, "admin").get("/api/units").body().get(0).get("id").asLong();
		long unit = Api.as(this.port, "admin")
			.post("/api/units",
					java.util.Map.of("code", code, "name", "测试科" + code, "type", "DEPARTMENT", "parentId", centre))
			.id();
		Browser b = browser();
		b.signIn("admin");
		b.go("/admin");
		b.clickXpath("//*[contains(@class,'el-tree-node__content')][.//text()[contains(., '测试科" + code + "')]]");
		b.waitFor("unit-edit");
		b.type("unit-name", "更名科" + code);
		b.click("unit-save");
		String renamed = null;
		for (int i = 0; i < 50 && !("更名科" + code).equals(renamed); i++) {
			Thread.sleep(100);
			renamed = Api.as(this.port, "admin").get("/api/units/" + unit).text("name");
		}
		assertThat(renamed).isEqualTo("更名科" + code);
		b.signOut();
	}

	@Test
	void letsAnAdministratorIssueAnOpen311KeyThatWorks() throws Exception {
		String name = "测试接入方-" + UUID.randomUUID().toString().substring(0, 6);
		Browser b = browser();
		b.signIn("admin");
		b.go("/admin");
		b.clickCss("#tab-open311");
		b.type("open311-client-name", name);
		b.click("open311-issue");
		String key = b.waitFor("open311-key").getText().strip();
		assertThat(key).hasSizeGreaterThan(20);
		b.waitForXpath("//*[@data-test='open311-clients']//td[.//text()[contains(., '" + name + "')]]");
		b.signOut();

		java.net.http.HttpResponse<String> created = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("api_key=" + key
						+ "&service_code=010101&lat=23.1291&long=113.2644&description=key-from-the-ui"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
	}

}
