package io.hotline.dispatch;

import java.nio.file.Path;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一单多事 in headless Chromium: the dispatcher of a two-matter order takes the suggested
 * cooperating unit in the dispatch dialog, and the order goes to both.
 */
@HotlineTest
class CoUnitsBrowserTests extends BrowserTests {

	@Test
	void aDispatcherTakesTheSuggestedCooperatingUnit() throws Exception {
		// the model the context trained at its start (another test may have left a later
		// one active)
		int before = DispatchModelReady.activeVersion(this.port);
		if (before != 1) {
			assertThat(Api.as(this.port, "admin").post("/api/dispatch/models/1/activate", Map.of()).status())
				.isEqualTo(200);
		}
		// an order of two matters whose suggestions name a cooperating unit
		long id = 0;
		String clause = null;
		for (String text : TwoMatters.TEXTS) {
			long order = Api.as(this.port, "agent1")
				.post("/api/orders",
						Map.of("channel", "PHONE", "type", "COMPLAINT", "content", text, "caller",
								Map.of("phone", "13700004444")))
				.id();
			JsonNode coUnits = Api.as(this.port, "dispatcher1")
				.get("/api/orders/" + order + "/dispatch-suggestions")
				.body()
				.get("coUnits");
			if (!coUnits.isEmpty()) {
				id = order;
				clause = coUnits.get(0).get("clause").asString();
				break;
			}
		}
		assertThat(clause).as("an order read as two matters").isNotNull();
		Browser b = browser();
		b.signIn("dispatcher1");
		b.go("/orders/" + id);
		b.click("act-dispatch-" + id);
		String coUnit = b.waitFor("co-unit-0").getText();
		assertThat(coUnit).contains(clause.substring(0, Math.min(8, clause.length())));
		long unit = Long.parseLong(b.waitFor("co-unit-0").getAttribute("data-unit"));
		b.click("co-unit-use-0");
		b.waitForXpath("//*[@data-test='co-unit-use-0'][contains(., '已加为协办')]");
		b.screenshot(Path.of("target/screenshots/linkage-co-units.png"));
		b.click("suggestion-use-0");
		long core = Long.parseLong(b.waitFor("suggestion-0").getAttribute("data-unit"));
		b.click("action-submit");
		b.waitForNoDialog();
		JsonNode order = Api.as(this.port, "dispatcher1").get("/api/orders/" + id).body();
		assertThat(order.get("mainUnitId").asLong()).isEqualTo(core);
		assertThat(order.get("coUnitIds").toString()).contains(Long.toString(unit));
		b.signOut();
	}

}
