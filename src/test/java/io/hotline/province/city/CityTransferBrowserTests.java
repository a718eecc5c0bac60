package io.hotline.province.city;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 跨市转办 on the order's page in headless Chromium, on a city of a province (广州 of 广东, the
 * province not reachable here): a dispatcher picks another city, gives the reason and
 * sends; the order shows 已转出 with its timeline entry, the button is gone, and the
 * progress panel says the province cannot be reached now.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(properties = { "hotline.node.province-url=http://127.0.0.1:9", "hotline.node.key=city-key",
		"hotline.node.send-ms=60000", "hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200" })
class CityTransferBrowserTests extends BrowserTests {

	@Test
	void aDispatcherTransfersAnOrderFromItsPage() throws Exception {
		Api.Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "深圳市福田区华强北路灯不亮", "caller",
					Map.of("name", "王建国", "phone", "13912345678")));
		assertThat(order.status()).isEqualTo(201);
		Browser b = browser();
		b.signIn("dispatcher1");
		b.go("/orders/" + order.id());
		b.click("order-transfer");
		b.click("transfer-to");
		b.clickXpath("//li[contains(@class,'el-select-dropdown__item')][.//*[normalize-space(text())='深圳市']]");
		b.type("transfer-reason", "事发地在深圳市福田区");
		b.click("transfer-send");
		b.waitForXpath("//*[@data-test='order-status'][contains(., '已转出')]");
		b.waitForXpath("//*[@data-event='TRANSFERRED_OUT']//*[contains(., '转至深圳市12345：事发地在深圳市福田区')]");
		assertThat(b.waitFor("transfer-progress").getText()).contains("转办进度").contains("省级平台");
		assertThat(b.isPresent("order-transfer")).as("an order gone is not sent again").isFalse();
		assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + order.id()).body().get("status").asString())
			.isEqualTo("TRANSFERRED");
	}

}
