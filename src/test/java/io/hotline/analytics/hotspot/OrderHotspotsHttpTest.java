package io.hotline.analytics.hotspot;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hotspots of the platform's own orders: thirty orders about one outage, registered over
 * HTTP in many wordings, come out as a topic of this week with its words, its place and
 * cases that are those orders.
 */
@HotlineTest
class OrderHotspotsHttpTest {

	private static final String[] WAYS = { "翠湖花园小区停水三天了，一直没有来水，生活很不方便", "翠湖花园小区又停水了，请自来水公司尽快恢复供水",
			"翠湖花园小区突然停水，也没有提前通知，老人小孩没水用", "请问翠湖花园小区什么时候恢复供水，已经停水两天", "翠湖花园小区停水没人管，物业说是自来水公司的事" };

	@LocalServerPort
	int port;

	@Test
	void plantedOrdersAboutOneOutageMakeATopicWithTheirCases() {
		java.util.Set<Long> planted = new java.util.HashSet<>();
		Api agent = Api.as(this.port, "agent1");
		for (int i = 0; i < 30; i++) {
			planted.add(agent.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content",
							WAYS[i % WAYS.length] + "（第" + (i + 1) + "位来电）", "address", "天河区翠湖花园小区", "caller",
							Map.of("phone", "1380013" + String.format("%04d", i))))
				.id());
		}
		JsonNode snapshot = Api.as(this.port, "supervisor1").post("/api/analytics/hotspots/refresh", Map.of()).body();
		JsonNode outage = null;
		for (JsonNode topic : snapshot.get("topics")) {
			if (topic.get("keywords").toString().contains("停水")) {
				outage = topic;
				break;
			}
		}
		assertThat(outage).as("a 停水 topic among " + snapshot.get("topics")).isNotNull();
		assertThat(outage.get("size").asInt()).isGreaterThanOrEqualTo(25);
		assertThat(outage.get("places").toString()).contains("翠湖花园");
		for (JsonNode c : outage.get("cases")) {
			assertThat(planted).contains(c.get("orderId").asLong());
			assertThat(c.get("number").asString()).isNotBlank();
		}
		assertThat(outage.get("why").asString()).isNotBlank();
		assertThat(Api.as(this.port, "supervisor1").get("/api/analytics/hotspots").body().get("at").asString())
			.isEqualTo(snapshot.get("at").asString());
		assertThat(Api.as(this.port, "unit1").get("/api/analytics/hotspots").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "agent1").post("/api/analytics/hotspots/refresh", Map.of()).status())
			.isEqualTo(403);
	}

}
