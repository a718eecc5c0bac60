package io.hotline.intake;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent sees the place recognised in what the caller said, confirms it, and the order
 * is registered there; a place outside the jurisdiction is said so.
 */
@HotlineTest
class PlaceConfirmBrowserTests extends BrowserTests {

	@Test
	void theAgentConfirmsTheRecognisedPlaceAndTheOrderIsRegisteredThere() throws Exception {
		Browser b = browser();
		b.signIn("agent1");
		b.type("order-content", "小区门口的路灯一直不亮");
		b.type("order-address", "兰州市城关区雁南街道");
		assertThat(b.waitFor("place-outside").getText()).contains("不在本辖区").contains("甘肃省");
		assertThat(b.isPresent("place-confirm")).isFalse();

		b.type("order-address", "天河石牌那边华标社区门口");
		b.waitForXpath("//*[@data-test='place-recognised'][contains(., '华标社区居委会')]");
		assertThat(b.waitFor("place-recognised").getText()).contains("天河区 / 石牌街道 / 华标社区居委会");
		b.click("place-confirm");
		assertThat(b.waitFor("place-confirmed").getText()).contains("已确认").contains("华标社区居委会");

		b.click("register-submit");
		long id = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));
		JsonNode codes = Api.as(this.port, "agent1").get("/api/orders/" + id).body().get("location").get("codes");
		assertThat(codes.get("community").asString()).isEqualTo("440106006009");
		assertThat(codes.get("street").asString()).isEqualTo("440106006");
		assertThat(b.isPresent("place-confirmed")).isFalse();
		b.signOut();
	}

}
