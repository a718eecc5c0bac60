package io.hotline.address;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/nlp/address} as the contract has it, for 广州市 (the test jurisdiction).
 */
@HotlineTest
class AddressApiHttpTest {

	@LocalServerPort
	int port;

	@Test
	void answersTheContractsFieldsWithOfficialNamesAndCodes() {
		Api.Response reply = Api.as(this.port, "agent1").post("/api/nlp/address", Map.of("text", "天河石牌那边华标社区门口"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("district")).isEqualTo("天河区");
		assertThat(reply.text("street")).isEqualTo("石牌街道");
		assertThat(reply.text("community")).isEqualTo("华标社区居委会");
		assertThat(reply.body().path("codes").path("community").asString()).isEqualTo("440106006009");
		assertThat(reply.body().path("confidence").asDouble()).isBetween(0.8, 1.0);
		assertThat(reply.text("city")).isEqualTo("广州市");
		assertThat(reply.body().path("inJurisdiction").asBoolean()).isTrue();
		assertThat(reply.body().path("matched").get(0).path("text").asString()).isEqualTo("天河");
	}

	@Test
	void answersNullsAndZeroWhenTheTextNamesNoPlace() {
		Api.Response reply = Api.as(this.port, "unit1").post("/api/nlp/address", Map.of("text", "请问社保卡怎么补办"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("district").isNull()).isTrue();
		assertThat(reply.body().path("codes").get("street").isNull()).isTrue();
		assertThat(reply.body().path("confidence").asDouble()).isZero();
		assertThat(reply.text("status")).isEqualTo("UNKNOWN");
	}

	@Test
	void saysWhenThePlaceIsOutsideTheJurisdiction() {
		Api.Response reply = Api.as(this.port, "dispatcher1").post("/api/nlp/address", Map.of("text", "兰州市城关区雁南街道"));

		assertThat(reply.text("district")).isEqualTo("城关区");
		assertThat(reply.body().path("inJurisdiction").asBoolean()).isFalse();
		assertThat(reply.text("status")).isEqualTo("OUT_OF_JURISDICTION");
	}

	@Test
	void refusesAMissingOrTooLongTextAndAnonymousCallers() {
		Api agent = Api.as(this.port, "agent1");
		Api.Response missing = agent.post("/api/nlp/address", Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.isProblem()).isTrue();
		assertThat(missing.detail()).contains("text");
		Api.Response tooLong = agent.post("/api/nlp/address", Map.of("text", "天".repeat(2_001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.detail()).contains("2000");
		assertThat(Api.anonymous(this.port).post("/api/nlp/address", Map.of("text", "天河区")).status()).isEqualTo(401);
	}

	@Test
	void readsTheNamesOfDistrictsMergedAwayThatPeopleStillSay() {
		Api agent = Api.as(this.port, "agent1");
		Api.Response fangcun = agent.post("/api/nlp/address", Map.of("text", "芳村花地湾那边路灯坏了"));
		assertThat(fangcun.text("district")).isEqualTo("荔湾区");
		assertThat(fangcun.body().path("inJurisdiction").asBoolean()).isTrue();
		Api.Response zhabei = agent.post("/api/nlp/address", Map.of("text", "我以前住闸北区"));
		assertThat(zhabei.body().path("codes").path("district").asString()).isEqualTo("310106");
		assertThat(zhabei.body().path("inJurisdiction").asBoolean()).isFalse();
	}

}
