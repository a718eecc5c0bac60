package io.hotline.support;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A class of browser tests: skipped, saying so, without Chromium and its driver; one
 * headless browser opened on first use and closed after the class.
 */
public abstract class BrowserTests {

	private static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void skipWithoutChromium() {
		Browser.assumeInstalled();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** The class's browser, opened on first use. */
	protected Browser browser() throws IOException {
		if (browser == null) {
			browser = Browser.open(this.port);
		}
		return browser;
	}

}
