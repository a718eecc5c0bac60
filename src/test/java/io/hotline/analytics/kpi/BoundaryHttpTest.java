package io.hotline.analytics.kpi;

import java.util.HashSet;
import java.util.Set;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jurisdiction's district boundaries (广州市, 4401) from the open data the build
 * obtained: a shape for every district the orders name, keyed by its division code.
 */
@HotlineTest
class BoundaryHttpTest {

	@LocalServerPort
	int port;

	@Test
	void everyDistrictOfTheOrdersHasItsShape() {
		Api analyst = Api.as(this.port, "analyst1");
		JsonNode map = analyst.get("/api/analytics/boundaries").body();
		assertThat(map.get("name").asString()).isEqualTo("广州");
		Set<String> ids = new HashSet<>();
		for (JsonNode feature : map.get("geo").get("features")) {
			ids.add(feature.get("id").asString());
			assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		}
		assertThat(ids).hasSize(11).allMatch((id) -> id.startsWith("4401"));
		int districts = 0;
		for (JsonNode row : analyst.get("/api/analytics/kpi-report?groupBy=district").body().get("rows")) {
			if (row.get("key").isString()) {
				districts++;
				assertThat(ids).as(row.get("name").asString()).contains(row.get("key").asString());
			}
		}
		assertThat(districts).isPositive();
		assertThat(Api.anonymous(this.port).get("/api/analytics/boundaries").status()).isEqualTo(401);
	}

}
