package io.hotline.intake.duplicate;

import java.util.List;
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
 * A unit's handler sees of an order's related orders and flags only what concerns the
 * orders they may see: another unit's order, linked, similar or named by a flag, stays
 * unknown to them (its id, number, status, times, shared words, same caller).
 */
@HotlineTest
class RelatedOrdersAccessHttpTest {

	/** A matter in words no other test uses, so that its orders match only each other. */
	private static final String GARAGE = "小区地下车库的排风机坏了两个多月，车库里汽车尾气味道很重，业主下车库都要捂着鼻子，物业一直推说在等配件";

	@LocalServerPort
	int port;

	@Autowired
	RecentOrders recent;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnitSeesNoOtherUnitsOrderThroughItsOwnRelatedOrdersAndFlags() {
		String phone = "136"
				+ String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
		long first = register("枫林苑" + GARAGE, phone);
		long third = register("枫林苑" + GARAGE + "，物业也不管", phone);
		long second = register("枫林苑" + GARAGE + "，请尽快处理", phone);
		// the third is a candidate of the second rather than linked to it
		this.jdbc.sql("""
				delete from order_link where (order_id = ? and related_order_id = ?)
				or (order_id = ? and related_order_id = ?)""").params(second, third, third, second).update();
		dispatch(first, "DEMO-UNIT-1");
		dispatch(third, "DEMO-UNIT-1");
		dispatch(second, "DEMO-UNIT-2");
		String firstNumber = number(first);
		String thirdNumber = number(third);

		Api dispatcher = Api.as(this.port, "dispatcher1");
		JsonNode all = dispatcher.get("/api/orders/" + second + "/related").body();
		assertThat(all.get("links").toString()).as("the dispatcher sees the link").contains("\"orderId\":" + first);
		assertThat(all.get("candidates").toString()).as("and the candidate").contains("\"orderId\":" + third);
		assertThat(dispatcher.get("/api/orders/" + second + "/flags").body().toString())
			.containsAnyOf("\"relatedOrderId\":" + first, "\"relatedOrderId\":" + third);

		Api unit2 = Api.as(this.port, "unit2");
		assertThat(unit2.get("/api/orders/" + second).status()).isEqualTo(200);
		Api.Response related = unit2.get("/api/orders/" + second + "/related");
		assertThat(related.status()).isEqualTo(200);
		assertThat(related.body().get("links").toString()).doesNotContain("\"orderId\":" + first)
			.doesNotContain(firstNumber);
		assertThat(related.body().get("candidates").toString()).doesNotContain("\"orderId\":" + first)
			.doesNotContain("\"orderId\":" + third)
			.doesNotContain(thirdNumber);
		Api.Response flags = unit2.get("/api/orders/" + second + "/flags");
		assertThat(flags.status()).isEqualTo(200);
		JsonNode duplicate = null;
		for (JsonNode flag : flags.body().get("flags")) {
			if (flag.get("kind").asString().equals("DUPLICATE")) {
				duplicate = flag;
			}
		}
		assertThat(duplicate).as("the order's own flag stays: %s", flags.body()).isNotNull();
		assertThat(duplicate.get("relatedOrderId").isNull()).isTrue();
		assertThat(duplicate.get("evidence")).isEmpty();
		assertThat(duplicate.get("score").isNull()).isTrue();
		assertThat(flags.body().toString()).doesNotContain(firstNumber).doesNotContain(thirdNumber);

		assertThat(unit2.get("/api/orders/" + first + "/related").status()).isEqualTo(404);
		assertThat(unit2.get("/api/orders/" + first + "/flags").status()).isEqualTo(404);
		assertThat(Api.as(this.port, "unit1").get("/api/orders/" + third + "/related").body().toString())
			.as("the other unit sees its own orders linked")
			.contains("\"orderId\":" + first);
	}

	private long register(String content, String phone) {
		Api.Response response = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content, "address",
					"越秀区梅花村枫林苑", "caller", Map.of("phone", phone)));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		this.recent.settle();
		return response.id();
	}

	private void dispatch(long order, String unitCode) {
		long unit = 0;
		for (JsonNode u : Api.as(this.port, "admin").get("/api/units").body()) {
			if (u.get("code").asString().equals(unitCode)) {
				unit = u.get("id").asLong();
			}
		}
		Api.Response dispatched = Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order + "/dispatch", Map.of("unitIds", List.of(unit)));
		assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
	}

	private String number(long order) {
		return Api.as(this.port, "admin").get("/api/orders/" + order).text("number");
	}

}
