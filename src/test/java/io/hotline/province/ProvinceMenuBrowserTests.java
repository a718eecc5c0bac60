package io.hotline.province;

import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city hotline (the tests' 广州市, 4401) shows no 省级平台 in its menu, even to a supervisor.
 */
@HotlineTest
class ProvinceMenuBrowserTests extends BrowserTests {

	@Test
	void aCityNodeShowsNoProvincialPlatform() throws Exception {
		Browser browser = browser();
		browser.signIn("supervisor1");
		browser.waitForCss(".nav[data-node='4401']");
		browser.waitFor("nav-knowledge");
		assertThat(browser.isPresent("nav-province")).isFalse();
	}

}
