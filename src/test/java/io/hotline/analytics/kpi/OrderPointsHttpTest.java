package io.hotline.analytics.kpi;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cockpit's map points: the orders with coordinates of the scope, each a point while
 * few, clusters of the zoom's grid when many; a unit's handler sees their unit's only.
 */
@HotlineTest
class OrderPointsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderFacts facts;

	@Test
	void answersTheScopesOrdersAsPointsOrClustersAndOnlyAUnitsOwnToItsHandler() {
		long centre = Api.as(this.port, "admin").get("/api/units").body().get(0).get("id").asLong();
		long mine = unit(centre);
		long other = unit(centre);
		// three orders close together (a few metres apart) and one across the city, of
		// the unit; one of the other unit; one of the unit without coordinates
		List<Long> near = List.of(located(mine, 23.1291, 113.2644), located(mine, 23.1292, 113.2645),
				located(mine, 23.1293, 113.2643));
		long far = located(mine, 23.3900, 113.5000);
		long others = located(other, 23.1291, 113.2644);
		dispatched(mine);
		this.facts.catchUp();
		this.facts.settle();

		JsonNode points = Api.as(this.port, "supervisor1").get("/api/analytics/points?unitId=" + mine).body();
		assertThat(points.get("located").asLong()).isEqualTo(4);
		assertThat(points.get("clustered").asBoolean()).isFalse();
		assertThat(ids(points)).containsExactlyInAnyOrder(near.get(0), near.get(1), near.get(2), far);

		// many (more than asked one by one): counted in the grid, the near ones together
		JsonNode clusters = Api.as(this.port, "supervisor1")
			.get("/api/analytics/points?most=2&zoom=12&unitId=" + mine)
			.body();
		assertThat(clusters.get("clustered").asBoolean()).isTrue();
		assertThat(clusters.get("points")).hasSize(2);
		assertThat(clusters.get("points").get(0).get("count").asLong()).isEqualTo(3);
		assertThat(clusters.get("points").get(0).get("orderId").isNull()).isTrue();
		assertThat(clusters.get("points").get(1).get("orderId").asLong()).isEqualTo(far);
		// zoomed in far enough, the near ones part
		assertThat(Api.as(this.port, "supervisor1")
			.get("/api/analytics/points?most=2&zoom=20&unitId=" + mine)
			.body()
			.get("points")).hasSizeGreaterThan(2);

		// the unit's handler: their unit's points, never the other's
		Api handler = handler(mine);
		JsonNode own = handler.get("/api/analytics/points").body();
		assertThat(ids(own)).contains(far).doesNotContain(others);
		assertThat(handler.get("/api/analytics/points?unitId=" + other).status()).isEqualTo(403);
		Response wrong = handler.get("/api/analytics/points?zoom=99");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.detail()).contains("zoom");
	}

	private static List<Long> ids(JsonNode points) {
		List<Long> ids = new java.util.ArrayList<>();
		points.get("points").forEach((p) -> ids.add(p.get("orderId").asLong()));
		return ids;
	}

	private long located(long unit, double lat, double lon) {
		long id = dispatched(unit);
		this.jdbc.sql("update work_order set lat = ?, lon = ? where id = ?").params(lat, lon, id).update();
		return id;
	}

	private long dispatched(long unit) {
		Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", "路面坑洼 " + UUID.randomUUID(),
					"caller", Map.of("phone", "13900006666")));
		Response sent = Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order.id() + "/dispatch", Map.of("unitIds", List.of(unit)));
		assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
		return order.id();
	}

	private long unit(long parent) {
		String code = "MAP-" + UUID.randomUUID().toString().substring(0, 6);
		return Api.as(this.port, "admin")
			.post("/api/units", Map.of("code", code, "name", "地图测试科" + code, "type", "DEPARTMENT", "parentId", parent))
			.id();
	}

	private Api handler(long unit) {
		String user = "map-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles, unit_id)
				values (?, '{noop}secret', ?, cast('{HANDLER}' as varchar(24)[]), ?)""")
			.params(user, user, unit)
			.update();
		return Api.as(this.port, user, "secret");
	}

}
