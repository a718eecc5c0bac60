package io.hotline.assist;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能填单 in headless Chromium: during a call on agent1's line the agent fills the
 * registration form from what was said, corrects the name the caller did not say, and
 * registers the order with the call; the form's outcome is decided from the order, field
 * by field (the phone taken, the name filled where none was proposed), and the quality
 * team opens that figure of the accuracy report to the order.
 */
@HotlineTest
class FormFillingBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgentFillsTheFormFromTheCallAndCorrectsIt() throws Exception {
		Browser b = browser();
		b.signIn("agent1");
		b.waitFor("registration");
		String callId = "form-" + UUID.randomUUID();
		String line = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
		AgentLine.event(this.port, callId, "RINGING", Map.of("caller", line, "callee", "12345", "agent", "agent1"));
		AgentLine.event(this.port, callId, "ANSWERED", Map.of());
		try {
			AgentLine.event(this.port, callId, "TRANSCRIPT",
					Map.of("utterances",
							List.of(said("AGENT", "您好，12345热线，请问有什么可以帮您？", 0, 3),
									said("CALLER", "我要反映一下，越秀区北京街道的路灯坏了一个多月，晚上一片漆黑，老人出门很不安全", 3, 12),
									said("AGENT", "您的联系电话是？", 12, 14), said("CALLER", "幺三八零零幺三八零零零", 14, 18))));
			b.click("form-read");
			assertThat(b.waitFor("form-field-callerPhone").getAttribute("data-value")).isEqualTo("13800138000");
			b.click("form-apply-all");
			assertThat(value(b, "caller-phone")).isEqualTo("13800138000");
			assertThat(value(b, "order-content")).isNotBlank();
			assertThat(value(b, "order-address")).contains("北京街道");
			// what the caller did not say, the agent types
			b.type("caller-name", "周女士");
			b.click("register-submit");
			long order = Long.parseLong(b.waitFor("registered-link").getAttribute("data-id"));

			Map<String, Map<String, Object>> fields = decided(order);
			assertThat(fields.get("callerPhone")).containsEntry("accepted", true).containsEntry("final", "13800138000");
			assertThat(fields.get("callerName")).containsEntry("accepted", false).containsEntry("final", "周女士");
			assertThat(fields.get("summary")).containsEntry("accepted", true);
			b.signOut();

			// the quality team sees the name the agent filled where nothing was proposed,
			// and its order
			b.signIn("quality1");
			b.go("/quality");
			b.clickCss("#tab-forms");
			b.click("form-accuracy-callerName-missed");
			b.waitForCss(Browser.css("form-decisions") + " " + Browser.css("form-decision-order-" + order));
			assertThat(b.waitFor("form-decisions-table").getText()).contains("周**").doesNotContain("周女士");
			b.go("/quality");
		}
		finally {
			AgentLine.event(this.port, callId, "HUNG_UP", Map.of());
		}
		b.signOut();
	}

	/** The fields of the call's form once decided from the order (a durable listener). */
	private Map<String, Map<String, Object>> decided(long order) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			List<Map<String, Object>> rows = this.jdbc.sql("""
					select f.field, f.accepted, f.final from assist_form_field f
					join assist_form a on a.id = f.form_id where a.order_id = ?""").param(order).query().listOfRows();
			if (!rows.isEmpty()) {
				Map<String, Map<String, Object>> fields = new HashMap<>();
				rows.forEach((row) -> fields.put((String) row.get("field"), row));
				return fields;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the form of order " + order + " was not decided within 30 s");
	}

	/** The text in the input or text area of this name. */
	private static String value(Browser b, String test) {
		String css = Browser.css(test);
		return b.waitForCss(css + " input, " + css + " textarea, input" + css + ", textarea" + css)
			.getAttribute("value");
	}

	private static Map<String, Object> said(String speaker, String text, int start, int end) {
		return Map.of("speaker", speaker, "text", text, "start", start, "end", end);
	}

}
