package io.hotline.cti;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 来电弹屏 in headless Chromium: a call rings on agent1's line, the workstation pops up the
 * caller's number and earlier orders, and the order the agent registers is linked to the
 * call.
 */
@HotlineTest
class ScreenPopBrowserTests extends BrowserTests {

	private final List<String> calls = new ArrayList<>();

	/** Hangs up every call of the test, so that agent1's line is free for the others. */
	@AfterEach
	void hangUp() {
		this.calls.forEach((callId) -> event(callId, "HUNG_UP", null));
	}

	@Test
	void popsUpTheCallerAndTheirOrdersAndLinksTheOrderTheAgentRegisters() throws Exception {
		Api agent = Api.as(this.port, "agent1");
		String phone = phone();
		Api.Response earlier = agent.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content",
				"上月反映的噪音问题 " + UUID.randomUUID(), "caller", Map.of("phone", phone)));
		assertThat(earlier.status()).isEqualTo(201);
		Browser b = browser();
		b.signIn("agent1");
		b.waitFor("registration");
		assertThat(b.isPresent("incoming-call")).isFalse();

		String callId = ring(phone);
		String pop = Browser.css("incoming-call") + "[data-call-id='" + callId + "']";
		b.waitForCss(pop + "[data-status='RINGING']");
		assertThat(b.waitFor("incoming-caller").getText()).isEqualTo(phone);
		assertThat(b.waitForCss(pop + " " + Browser.css("order-link-" + earlier.id())).getText())
			.isEqualTo(earlier.text("number"));
		assertThat(typedPhone(b)).isEqualTo(phone);

		event(callId, "ANSWERED", null);
		event(callId, "TRANSCRIPT", "市民：我家楼下的烧烤店又开到凌晨了。");
		b.waitForCss(pop + "[data-status='ANSWERED']");
		assertThat(b.waitFor("incoming-transcript").getText()).contains("烧烤店又开到凌晨");

		b.type("order-content", "楼下烧烤店经营至凌晨，油烟噪音扰民");
		b.click("register-submit");
		long id = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		assertThat(b.waitForCss(Browser.css("incoming-linked") + "[data-order-id='" + id + "']").getText())
			.contains(Api.as(this.port, "agent1").get("/api/orders/" + id).text("number"));
		assertThat(b.isPresent("link-call")).isFalse();

		JsonNode call = agent.get("/api/cti/calls/" + callId).body();
		assertThat(call.get("orderId").asLong()).isEqualTo(id);
		JsonNode order = agent.get("/api/orders/" + id).body();
		assertThat(order.get("caller").get("phone").asString()).isEqualTo(phone);
		assertThat(order.get("events").get(1).get("type").asString()).isEqualTo("CALL_LINKED");

		Map<String, Object> hangUp = new HashMap<>(Map.of("callId", callId, "event", "HUNG_UP", "recordingUrl",
				"https://pbx.example/rec/" + callId + ".wav"));
		assertThat(agent.post("/api/cti/events", hangUp).status()).isEqualTo(200);
		b.go("/orders/" + id);
		String shown = Browser.css("order-call") + "[data-call-id='" + callId + "']";
		assertThat(b.waitForCss(shown + " " + Browser.css("order-call-caller")).getText()).isEqualTo(phone);
		assertThat(b.waitForCss(shown + " " + Browser.css("order-call-recording")).getAttribute("href"))
			.isEqualTo("https://pbx.example/rec/" + callId + ".wav");
		b.waitForCss(Browser.css("timeline") + " [data-event='CALL_LINKED']");
		assertThat(b.waitFor("timeline").getText()).contains("关联来电").contains(callId);
		b.signOut();
	}

	@Test
	void keepsThePhoneTheAgentTypedAndRegistersWithoutTheCallWhenTold() throws Exception {
		Browser b = browser();
		b.signIn("agent1");
		b.type("caller-phone", "13500001234");
		String phone = phone();
		String callId = ring(phone);
		b.waitForCss(Browser.css("incoming-call") + "[data-call-id='" + callId + "']");
		assertThat(b.waitFor("incoming-caller").getText()).isEqualTo(phone);
		assertThat(b.waitFor("incoming-orders").getAttribute("data-count")).isEqualTo("0");
		assertThat(typedPhone(b)).isEqualTo("13500001234");

		b.click("link-call");
		b.type("order-content", "代他人咨询，不关联本次来电");
		b.click("register-submit");
		long id = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		assertThat(Api.as(this.port, "agent1").get("/api/cti/calls/" + callId).body().get("orderId").isNull()).isTrue();
		assertThat(Api.as(this.port, "agent1").get("/api/orders/" + id).body().get("events").size()).isEqualTo(1);

		b.click("incoming-dismiss");
		assertThat(b.driver().findElements(By.cssSelector(Browser.css("incoming-call")))).isEmpty();
		b.signOut();
	}

	/** The phone in the registration form (Element Plus puts the name on the input). */
	private static String typedPhone(Browser b) {
		return b.waitForCss("input" + Browser.css("caller-phone") + ", " + Browser.css("caller-phone") + " input")
			.getDomProperty("value");
	}

	private String ring(String phone) {
		String callId = "pop-" + UUID.randomUUID();
		this.calls.add(callId);
		Map<String, Object> ringing = new HashMap<>(
				Map.of("callId", callId, "event", "RINGING", "caller", phone, "callee", "12345", "agent", "agent1"));
		assertThat(Api.as(this.port, "agent1").post("/api/cti/events", ringing).status()).isEqualTo(200);
		return callId;
	}

	private void event(String callId, String type, String transcript) {
		Map<String, Object> event = new HashMap<>(Map.of("callId", callId, "event", type));
		if (transcript != null) {
			event.put("transcript", transcript);
		}
		assertThat(Api.as(this.port, "agent1").post("/api/cti/events", event).status()).isEqualTo(200);
	}

	private static String phone() {
		return "136" + (10_000_000 + (int) (Math.random() * 89_999_999));
	}

}
