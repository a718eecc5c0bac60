package io.hotline.province.mapping;

import java.util.HashMap;
import java.util.Map;

import io.hotline.catalog.Catalog;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 分类映射 on a provincial platform (甘肃省, 62) whose standard catalog is the demo's, with the
 * demo cities' catalogs and a few of their orders arrived as the transport leaves them.
 */
@HotlineTest
@TestPropertySource(properties = "hotline.jurisdiction=62")
class CategoryMappingsHttpTest {

	private static final String MAPPINGS = "/api/province/mappings";

	private static final DemoTruth TRUTH = new DemoTruth();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	CategoryMappings mappings;

	@BeforeEach
	void citiesArrive() {
		ProvinceCities.arrive(this.jdbc, TRUTH);
	}

	@Test
	void suggestsMostOfTheDemoCitiesCategoriesRightly() {
		Assumptions.assumeTrue(new ClassPathResource("catalog/attachment1_labels.csv").exists(),
				"the real label system is not in the build (../shared/data/teddy2020 absent)");
		this.jdbc.sql("delete from city_order where city in ('6201', '6202', '6205')").update();
		Map<String, String> namesOnly = suggested();
		ProvinceCities.arrive(this.jdbc, TRUTH);
		Map<String, String> both = suggested();
		DemoTruth.Score byNames = TRUTH.score(namesOnly);
		DemoTruth.Score withOrders = TRUTH.score(both);

		System.out.println("Category mapping of the demo cities, from the names (a catalog arrived without orders): "
				+ byNames.summary());
		byNames.wrong().forEach((w) -> System.out.println("  " + w));
		System.out
			.println("Category mapping of the demo cities, from the names and past orders: " + withOrders.summary());
		withOrders.wrong().forEach((w) -> System.out.println("  " + w));
		for (String city : DemoCityCatalogs.CITIES) {
			System.out.println("  city " + city + ", names: " + TRUTH.score(namesOnly, city + "/").summary()
					+ "\n  city " + city + ", names and orders: " + TRUTH.score(both, city + "/").summary());
		}
		// measured: 68.8% and 69.5% (docs/performance.md); the floors leave room for the
		// embeddings' rounding
		assertThat(byNames.accuracy()).isGreaterThan(0.62);
		assertThat(withOrders.accuracy()).isGreaterThan(0.62);
		assertThat(withOrders.precision()).isGreaterThan(0.7);
	}

	/** Suggests for every demo city over HTTP: the suggested paths by city and code. */
	private Map<String, String> suggested() {
		Api admin = Api.as(this.port, "admin");
		Map<String, String> suggested = new HashMap<>();
		for (String city : DemoCityCatalogs.CITIES) {
			long started = System.nanoTime();
			Api.Response reply = admin.post(MAPPINGS + "/" + city + "/suggest", null);
			assertThat(reply.status()).isEqualTo(200);
			System.out.println("  suggested city " + city + " (" + reply.body().path("suggested").asInt()
					+ " suggestions) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			for (JsonNode row : admin.get(MAPPINGS + "?limit=500&city=" + city).body().path("rows")) {
				String path = row.path("suggestedPath").isNull() ? null : row.path("suggestedPath").asString();
				suggested.put(city + "/" + row.path("cityCode").asString(), path);
			}
		}
		return suggested;
	}

	@Test
	void aSupervisorConfirmsAndTheProvincesFiguresGroupTheOrdersByTheStandardCategory() {
		String gas = this.catalog.search("燃气供应", 1).get(0).code();
		long order = ProvinceCities.order(this.jdbc, "6201", "LZ0204", "天然气管道漏气");
		Api supervisor = Api.as(this.port, "supervisor1");

		Api.Response confirmed = supervisor.put(MAPPINGS + "/6201/LZ0204", Map.of("standardCode", gas));

		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text("state")).isEqualTo("CONFIRMED");
		assertThat(confirmed.text("standardPath")).isEqualTo(this.catalog.pathName(gas));
		assertThat(confirmed.text("decidedBy")).isEqualTo("supervisor1");
		assertThat(this.jdbc.sql("select standard_code from city_order_standard where city = '6201' and order_id = ?")
			.param(order)
			.query(String.class)
			.single()).isEqualTo(gas);
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where action = 'category-mapping.confirm'"
					+ " and target = 'category-mapping:6201/LZ0204' and actor = 'supervisor1'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);

		// a new suggestion keeps the decision
		this.mappings.suggest("6201", io.hotline.org.Actor.system());
		assertThat(supervisor.get(MAPPINGS + "?city=6201&q=LZ0204").body().path("rows").get(0).path("state").asString())
			.isEqualTo("CONFIRMED");

		Api.Response none = supervisor.put(MAPPINGS + "/6201/LZ0902", "{\"standardCode\": null}");
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.text("state")).isEqualTo("NONE");
		assertThat(none.text("standardCode")).isNull();
	}

	@Test
	void refusesAnUnknownStandardOrCityCategoryNamingIt() {
		Api admin = Api.as(this.port, "admin");

		Api.Response unknownStandard = admin.put(MAPPINGS + "/6201/LZ0101", Map.of("standardCode", "999999"));
		Api.Response unknownCity = admin.put(MAPPINGS + "/6201/NOPE", Map.of("standardCode", "01"));
		Api.Response missing = admin.put(MAPPINGS + "/6201/LZ0101", Map.of());
		Api.Response badState = admin.get(MAPPINGS + "?state=MAYBE");

		assertThat(unknownStandard.status()).isEqualTo(400);
		assertThat(unknownStandard.isProblem()).isTrue();
		assertThat(unknownStandard.detail()).contains("999999");
		assertThat(unknownCity.status()).isEqualTo(400);
		assertThat(unknownCity.detail()).contains("NOPE");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.detail()).contains("standardCode");
		assertThat(badState.status()).isEqualTo(400);
		assertThat(badState.detail()).contains("MAYBE");
		assertThat(this.jdbc
			.sql("select count(*) from category_mapping where city = '6201' and city_code = 'LZ0101'"
					+ " and state in ('CONFIRMED', 'NONE')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void analystsReadButDoNotDecideAndAgentsSeeNothing() {
		Api analyst = Api.as(this.port, "analyst1");
		Api agent = Api.as(this.port, "agent1");

		assertThat(analyst.get(MAPPINGS + "?city=6202").status()).isEqualTo(200);
		assertThat(analyst.get(MAPPINGS + "/coverage").status()).isEqualTo(200);
		assertThat(analyst.put(MAPPINGS + "/6202/101", Map.of("standardCode", "01")).status()).isEqualTo(403);
		assertThat(analyst.post(MAPPINGS + "/6202/suggest", null).status()).isEqualTo(403);
		assertThat(agent.get(MAPPINGS).status()).isEqualTo(403);
		assertThat(agent.get(MAPPINGS + "/coverage").status()).isEqualTo(403);
	}

	@Test
	void coverageCountsEachCitysCategoriesByStateAndItsOrdersMapped() {
		Api admin = Api.as(this.port, "admin");
		admin.post(MAPPINGS + "/6205/suggest", null);
		String air = this.catalog.search("大气污染", 1).get(0).code();
		admin.put(MAPPINGS + "/6205/TS-B01", Map.of("standardCode", air));
		admin.put(MAPPINGS + "/6205/TS-K02", "{\"standardCode\": null}");
		long orders = this.jdbc.sql("select count(*) from city_order where city = '6205'").query(Long.class).single();
		long inAir = this.jdbc.sql("select count(*) from city_order where city = '6205' and category_code = 'TS-B01'")
			.query(Long.class)
			.single();

		JsonNode tianshui = null;
		for (JsonNode city : admin.get(MAPPINGS + "/coverage").body()) {
			tianshui = city.path("city").asString().equals("6205") ? city : tianshui;
		}

		assertThat(tianshui).isNotNull();
		int categories = DemoCityCatalogs.load("6205").orElseThrow().size();
		assertThat(tianshui.path("categories").asInt()).isEqualTo(categories);
		assertThat(tianshui.path("confirmed").asInt()).isEqualTo(1);
		assertThat(tianshui.path("none").asInt()).isEqualTo(1);
		assertThat(tianshui.path("suggested").asInt() + tianshui.path("unmapped").asInt()).isEqualTo(categories - 2);
		assertThat(tianshui.path("orders").asLong()).isEqualTo(orders);
		assertThat(tianshui.path("mappedOrders").asLong()).isEqualTo(inAir).isPositive();
		// the unmapped report: the list filtered by state
		JsonNode unmapped = admin.get(MAPPINGS + "?city=6205&state=UNMAPPED").body();
		assertThat(unmapped.path("total").asInt()).isEqualTo(tianshui.path("unmapped").asInt());
	}

	@Test
	void filtersSortsPagesAndExportsTheList() {
		Api admin = Api.as(this.port, "admin");
		admin.post(MAPPINGS + "/6202/suggest", null);

		JsonNode page = admin.get(MAPPINGS + "?city=6202&sort=orders&dir=desc&offset=0&limit=5").body();
		JsonNode found = admin.get(MAPPINGS + "?city=6202&q=环保类").body();
		Api.Response badSort = admin.get(MAPPINGS + "?sort=color");
		Api.Download csv = admin.download(MAPPINGS + "/export?format=csv&city=6202");
		Api.Download xlsx = admin.download(MAPPINGS + "/export?format=xlsx&city=6202&state=SUGGESTED");

		assertThat(page.path("total").asInt()).isEqualTo(DemoCityCatalogs.load("6202").orElseThrow().size());
		assertThat(page.path("rows")).hasSize(5);
		assertThat(page.path("rows").get(0).path("orders").asLong())
			.isGreaterThanOrEqualTo(page.path("rows").get(4).path("orders").asLong());
		assertThat(found.path("total").asInt()).isEqualTo(5);
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("城市分类编码").contains("环保类/工业废气");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.sheet().subList(1, xlsx.sheet().size()))
			.allSatisfy((row) -> assertThat(row).contains("SUGGESTED"));
	}

	@Test
	void aCatalogArrivingIsSuggestedInTheBackground() {
		this.mappings.catalogArrived("6201");
		this.mappings.settle();

		assertThat(
				this.jdbc.sql("select count(*) from category_mapping where city = '6201'").query(Long.class).single())
			.isEqualTo(DemoCityCatalogs.load("6201").orElseThrow().size());
	}

}
