package io.hotline;

import java.util.List;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages work under the Content-Security-Policy, and the browser reports no violation
 * of it: the citizen portal, the agent's workstation, the cockpit's canvas charts and
 * Swagger UI, which a browser reaches by signing in.
 */
@HotlineTest
class ContentSecurityPolicyBrowserTests extends BrowserTests {

	/**
	 * The API's description is generated at its first request: not while a page waits.
	 */
	@BeforeEach
	void describeTheApi() {
		assertThat(Api.as(this.port, "dispatcher1").get("/v3/api-docs").status()).isEqualTo(200);
	}

	@Test
	void thePagesWorkUnderThePolicy() throws Exception {
		Browser b = browser();
		b.driver().manage().deleteAllCookies();
		b.go("/portal");
		b.waitFor("portal-submit");
		noViolations(b, "/portal");

		b.signIn("agent1");
		b.waitFor("whoami");
		noViolations(b, "the agent's workstation");

		b.signIn("supervisor1");
		b.go("/cockpit");
		b.waitForCss(Browser.css("cockpit") + "[data-state='loaded']");
		assertThat(b.waitForCss(Browser.css("cockpit") + " canvas").isDisplayed()).isTrue();
		noViolations(b, "/cockpit");

		b.go("/swagger-ui/index.html");
		b.waitForCss(".swagger-ui .opblock");
		noViolations(b, "Swagger UI");
	}

	@Test
	void aBrowserSignsInForSwaggerUiAndComesBack() throws Exception {
		Browser b = browser();
		b.driver().manage().deleteAllCookies();
		b.go("/swagger-ui.html");
		b.type("username", "dispatcher1");
		b.type("password", "demo");
		b.click("sign-in");
		b.waitForCss(".swagger-ui .opblock");
		assertThat(b.driver().getCurrentUrl()).contains("/swagger-ui/");
		noViolations(b, "Swagger UI after signing in");
	}

	private static void noViolations(Browser b, String page) {
		List<String> violations = b.driver()
			.manage()
			.logs()
			.get("browser")
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();
		assertThat(violations).as(page).isEmpty();
	}

}
