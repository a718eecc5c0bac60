package io.hotline.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A location the agent confirmed wins over the one recognised from the address, fills in
 * its coarser levels, and is refused when it is not the jurisdiction's or does not hang
 * together.
 */
@HotlineTest
class ConfirmedLocationHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConfirmedCommunityFixesItsStreetAndDistrictWhateverTheAddressSays() {
		Map<String, Object> community = this.jdbc.sql("""
				select c.code, c.parent_code as street, s.parent_code as district from division c
				join division s on s.code = c.parent_code where c.level = 5 and s.parent_code = '440113'
				order by c.code limit 1""").query().singleRow();
		Api.Response order = register(Map.of("communityCode", community.get("code")), "天河区石牌街道");
		assertThat(order.status()).isEqualTo(201);
		JsonNode codes = order.body().get("location").get("codes");
		assertThat(codes.get("community").asString()).isEqualTo(community.get("code"));
		assertThat(codes.get("street").asString()).isEqualTo(community.get("street"));
		assertThat(codes.get("district").asString()).isEqualTo("440113");
	}

	@Test
	void aDistrictAloneIsAConfirmedLocationToo() {
		Api.Response order = register(Map.of("districtCode", "440114"), "天河区石牌街道");
		JsonNode codes = order.body().get("location").get("codes");
		assertThat(codes.get("district").asString()).isEqualTo("440114");
		assertThat(codes.get("street").isNull()).isTrue();
	}

	@Test
	void refusesCodesOutsideTheJurisdictionOrThatDoNotHangTogetherAndStoresNothing() {
		String content = "地点有误 " + UUID.randomUUID();
		Api.Response foreign = register(Map.of("districtCode", "620102"), content);
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.detail()).contains("620102");
		Api.Response streetAsDistrict = register(Map.of("districtCode", "440106006"), content);
		assertThat(streetAsDistrict.status()).isEqualTo(400);
		Api.Response inconsistent = register(Map.of("districtCode", "440113", "streetCode", "440106006"), content);
		assertThat(inconsistent.status()).isEqualTo(400);
		assertThat(inconsistent.detail()).contains("番禺区");
		assertThat(this.jdbc.sql("select count(*) from work_order where address = ?")
			.param(content)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoConfirmedOrdersTeachRecognitionTheirCompoundButARetryCountsOnce() {
		String stems = "琴韵锦绣枫桦榕桂荔棠";
		java.util.Random random = new java.util.Random();
		String compound = "翠" + stems.charAt(random.nextInt(10)) + stems.charAt(random.nextInt(10)) + "雅苑";
		Map<String, Object> shipai = Map.of("streetCode", "440106006");
		Map<String, Object> first = new HashMap<>(Map.of("channel", "PHONE", "type", "HELP", "content", "漏水", "address",
				"天河石牌那边" + compound + "门口", "location", shipai, "requestId", UUID.randomUUID().toString()));
		Api agent = Api.as(this.port, "agent1");
		assertThat(agent.post("/api/orders", first).status()).isEqualTo(201);
		assertThat(agent.post("/api/orders", first).status()).isEqualTo(201);
		assertThat(recognisedStreet(compound + "门口积水")).isNull();

		assertThat(register(shipai, "石牌街道" + compound + "3栋").status()).isEqualTo(201);
		assertThat(recognisedStreet(compound + "门口积水")).isEqualTo("440106006");
	}

	private String recognisedStreet(String text) {
		JsonNode answer = Api.as(this.port, "agent1").post("/api/nlp/address", Map.of("text", text)).body();
		JsonNode street = answer.get("codes").get("street");
		return street.isNull() ? null : street.asString();
	}

	private Api.Response register(Map<String, Object> location, String address) {
		Map<String, Object> order = new HashMap<>(Map.of("channel", "PHONE", "type", "HELP", "content",
				"路灯不亮 " + UUID.randomUUID(), "address", address, "location", location));
		return Api.as(this.port, "agent1").post("/api/orders", order);
	}

}
