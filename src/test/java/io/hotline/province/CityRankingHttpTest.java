package io.hotline.province;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 考核排名 of a province's cities: by the Wilson bound of a rate, so that a small city's 3 of
 * 3 satisfied ranks below a large city's 194 of 200, a city tied with the next where
 * their intervals overlap, exported, and wrong parameters refused.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(properties = { "hotline.jurisdiction=62", "hotline.node.master-key=" + CityRankingHttpTest.SECRET,
		"hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200" })
class CityRankingHttpTest {

	static final String SECRET = "province-secret-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Test
	void ranksASmallPerfectCityBelowALargeAlmostPerfectOneAndSaysWhichAreTied() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant day = Instant.parse("2026-05-12T02:00:00Z");
		assertThat(feed.send("6201", city(100_000, 200, 194, day), List.of())).isEqualTo(200);
		assertThat(feed.send("6202", city(200_000, 3, 3, day), List.of())).isEqualTo(200);
		assertThat(feed.send("6203", city(300_000, 200, 150, day), List.of())).isEqualTo(200);
		assertThat(feed.send("6204", city(400_000, 50, 50, day.minusSeconds(30L * 86_400)), List.of())).isEqualTo(200);

		JsonNode ranking = Api.as(this.port, "analyst1")
			.get("/api/province/rankings?kpi=satisfied&from=2026-05-12&to=2026-05-12")
			.body();
		JsonNode cities = ranking.get("cities");
		assertThat(cities.size()).isEqualTo(3);
		assertThat(List.of(code(cities, 0), code(cities, 1), code(cities, 2))).containsExactly("6201", "6203", "6202");
		assertThat(cities.at("/0/rate").asDouble()).isEqualTo(0.97);
		assertThat(cities.at("/2/rate").asDouble()).isEqualTo(1.0);
		assertThat(cities.at("/2/rank").asInt()).isEqualTo(3);
		assertThat(cities.at("/2/name").asString()).isEqualTo("嘉峪关市");
		assertThat(cities.at("/2/met").asLong()).isEqualTo(3);
		assertThat(cities.at("/2/measured").asLong()).isEqualTo(3);
		assertThat(cities.at("/2/low").asDouble()).isLessThan(cities.at("/0/low").asDouble());
		assertThat(cities.at("/0/tiedWithNext").asBoolean()).isFalse();
		assertThat(cities.at("/1/tiedWithNext").asBoolean()).isTrue();
		assertThat(ranking.at("/province/measured").asLong()).isEqualTo(403);

		JsonNode returned = Api.as(this.port, "supervisor1")
			.get("/api/province/rankings?kpi=returned&from=2026-05-12&to=2026-05-12")
			.body();
		assertThat(returned.get("order").asString()).isEqualTo("asc");
	}

	@Test
	void exportsTheRankingAndRefusesWhatIsNotARateOrAnOrder() throws Exception {
		Api supervisor = Api.as(this.port, "supervisor1");
		Api.Download csv = supervisor.download("/api/province/rankings/export?format=csv&kpi=satisfied");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("名次", "比率");
		assertThat(supervisor.get("/api/province/rankings?kpi=happiness").status()).isEqualTo(400);
		assertThat(supervisor.get("/api/province/rankings?kpi=happiness").detail()).contains("happiness", "satisfied");
		assertThat(supervisor.get("/api/province/rankings?order=up").status()).isEqualTo(400);
		assertThat(supervisor.get("/api/province/rankings?from=May").status()).isEqualTo(400);
		assertThat(Api.as(this.port, "agent1").get("/api/province/rankings").status()).isEqualTo(403);
	}

	private static String code(JsonNode cities, int i) {
		return cities.get(i).get("city").asString();
	}

	/** A city's orders of a day: {@code satisfied} of {@code count} satisfied. */
	private static List<NodeMessages.Order> city(long firstId, int count, int satisfied, Instant day) {
		List<NodeMessages.Order> orders = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			orders.add(CityFeed.closed(firstId + i, "R" + (firstId + i), "路灯不亮", day.plusSeconds(i),
					(i < satisfied) ? "SATISFIED" : "DISSATISFIED"));
		}
		return orders;
	}

}
