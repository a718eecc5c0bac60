package io.hotline.province.mapping;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hotline.org.Actor;
import io.hotline.support.Browser;
import io.hotline.support.BrowserTests;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 分类映射 as a supervisor of the province uses it: the coverage, the list of 天水's categories
 * filtered by city, a suggestion accepted, a category without a standard counterpart
 * marked so, the list exported.
 */
@HotlineTest
@TestPropertySource(properties = "hotline.jurisdiction=62")
class CategoryMappingsBrowserTests extends BrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CategoryMappings mappings;

	@Test
	void aSupervisorAcceptsASuggestionMarksANoneAndExports() throws Exception {
		ProvinceCities.arrive(this.jdbc, new DemoTruth());
		this.mappings.suggest("6205", Actor.system());
		String suggested = this.jdbc
			.sql("select suggested_code from category_mapping where city = '6205' and city_code = 'TS-B01'")
			.query(String.class)
			.single();

		Browser b = browser();
		b.signIn("supervisor1");
		b.click("nav-mappings");
		b.waitForCss(Browser.css("category-mappings") + "[data-state='loaded']");
		b.waitFor("mappings-coverage");
		b.type("mappings-city", "6205", Keys.TAB);
		int categories = DemoCityCatalogs.load("6205").orElseThrow().size();
		b.waitForCss(Browser.css("category-mappings") + "[data-state='loaded'][data-total='" + categories + "']");
		b.type("mappings-q", "TS-B01", Keys.TAB);
		b.waitForCss(Browser.css("category-mappings") + "[data-state='loaded'][data-total='1']");
		b.click("mappings-accept-6205-TS-B01");
		b.waitForXpath("//*[@data-test='mappings-state-6205-TS-B01' and contains(., '已确认')]");
		b.type("mappings-q", "TS-K03", Keys.TAB);
		b.click("mappings-none-6205-TS-K03");
		b.waitForXpath("//*[@data-test='mappings-state-6205-TS-K03' and contains(., '无对应')]");
		b.type("mappings-q", "", Keys.TAB);
		b.waitForCss(Browser.css("category-mappings") + "[data-state='loaded'][data-total='" + categories + "']");
		b.click("mappings-export-csv");
		Path csv = b.waitForDownload(".csv");

		assertThat(this.jdbc.sql("""
				select state || ' ' || coalesce(standard_code, '-') || ' ' || decided_by from category_mapping
				where city = '6205' and city_code in ('TS-B01', 'TS-K03') order by city_code""")
			.query(String.class)
			.list()).containsExactly("CONFIRMED " + suggested + " supervisor1", "NONE - supervisor1");
		assertThat(Files.readString(csv)).contains("TS-B01").contains("CONFIRMED").contains("大气污染");
	}

}
