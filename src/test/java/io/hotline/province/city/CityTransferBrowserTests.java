package io.hotline.province.city;

import java.util.List;
import java.util.Map;

import io.hotline.province.NodeMessages;
import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 跨市转办 on the order's page in headless Chromium, on a city of a province (广州 of 广东, the
 * province not reachable here): a dispatcher picks another city, gives the reason and
 * sends; the order shows 已转出 with its timeline entry, the button is gone, and the
 * progress panel says the province cannot be reached now; an order transferred in is sent
 * back (退回) to its city. And 多援一: the surge screen shows the supervisors the help this
 * city gives with its codes and the accounts made here for helpers; a helper activates
 * its account with its code and signs in.
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

	@Autowired
	HelpAccounts help;

	@Autowired
	HelpLent lent;

	@Autowired
	io.hotline.province.transfer.TransferRegistration registration;

	@Test
	void aDispatcherSendsAnOrderBackToTheCityItCameFrom() throws Exception {
		NodeMessages.Registered in = this.registration.register(new NodeMessages.TransferIn(9401, "4406", "佛山市12345",
				88, "FS0088", "事发地在广州", "dispatcher9", java.time.Instant.now(), "PHONE", "COMPLAINT", "NORMAL", "噪音扰民",
				"禅城区某工地夜间施工噪音扰民", null, null, "李四", "13812345678", List.of(), null));
		Browser b = browser();
		b.signIn("dispatcher1");
		b.go("/orders/" + in.orderId());
		assertThat(b.waitFor("transfer-from").getText()).contains("佛山市12345", "FS0088");
		b.click("order-transfer-back");
		b.waitForCss("[data-test='transfer-dialog']");
		b.type("transfer-reason", "退回：事发地在佛山市禅城区");
		b.click("transfer-send");
		b.waitForXpath("//*[@data-test='order-status'][contains(., '已转出')]");
		b.waitForXpath("//*[@data-event='TRANSFERRED_OUT']//*[contains(., '转至佛山市12345：退回：事发地在佛山市禅城区')]");
	}

	@Test
	void aHelperActivatesItsAccountWithItsCodeAndSupervisorsSeeTheHelp() throws Exception {
		java.time.Instant until = java.time.Instant.now().plus(java.time.Duration.ofHours(4));
		this.help.grant(new NodeMessages.Grant(811, "4403", "深圳市", 1, until, "支援", "sheng1"));
		String code = this.help.unreported().get(0).accounts().get(0).code();
		this.lent.received(List.of(new NodeMessages.HelpGiven(812, "4406", "佛山市", "https://12345.foshan.example", 2,
				until, "请派 2 人", List.of(new NodeMessages.HelpAccount("zy812-01", "CODE812AAA"),
						new NodeMessages.HelpAccount("zy812-02", "CODE812BBB")))));
		Browser b = browser();
		b.signIn("supervisor1");
		b.go("/workforce/surge");
		assertThat(b.waitFor("help-lent-accounts-812").getText()).contains("zy812-02", "CODE812BBB");
		assertThat(b.waitFor("help-lent-812").getText()).contains("佛山市", "https://12345.foshan.example");
		assertThat(b.waitFor("help-accounts-made").getText()).contains("zy811-01", "深圳市", "待激活");
		b.signOut();

		b.go("/login");
		b.click("help-activate-link");
		b.type("activate-username", "zy811-01");
		b.type("activate-code", "WRONGCODE1");
		b.type("activate-password", "Helper-2026x");
		b.click("activate-submit");
		assertThat(b.waitFor("activate-error").getText()).contains("激活码");
		b.type("activate-code", code);
		b.click("activate-submit");
		b.waitFor("login-activated");
		b.type("password", "Helper-2026x");
		b.click("sign-in");
		assertThat(b.waitFor("whoami").getText()).contains("支援·深圳市 01");
	}

}
