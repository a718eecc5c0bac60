package io.hotline.dispatch;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A threshold of automatic dispatch set on another instance of the cluster (here: its row
 * written into the shared database, as that instance's administrator did) applies on this
 * one within seconds: its suggestions name it and its new orders are dispatched
 * automatically. Before, each instance kept the thresholds it had read first until it was
 * restarted, and orders registered there were never dispatched automatically.
 */
@HotlineTest
class ThresholdsFollowedHttpTest {

	private static final String TEXT = "小区门口的下水道井盖堵塞，雨后污水倒灌进一楼住户家里，请尽快疏通";

	private static final String ADDRESS = "广州市越秀区北京街道";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aThresholdSetOnAnotherInstanceAppliesHereWithinSeconds() throws Exception {
		DispatchModelReady.activeVersion(this.port);
		Api dispatcher = Api.as(this.port, "dispatcher1");
		JsonNode first = dispatcher.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS))
			.body()
			.get("suggestions")
			.get(0);
		String category = first.get("categoryCode").asString();
		JsonNode known = suggest(dispatcher, category);
		assertThat(known.get("threshold").isNull()).as("no threshold for %s before", category).isTrue();
		double threshold = Math.max(DispatchThresholds.LOWEST,
				Math.floor(known.get("suggestions").get(0).get("probability").asDouble() * 100) / 100);
		assertThat(known.get("suggestions").get(0).get("probability").asDouble()).isGreaterThanOrEqualTo(threshold);
		try {
			this.jdbc.sql("""
					insert into dispatch_threshold (category_code, threshold, updated_by, updated_at)
					values (?, ?, 'admin', ?)""")
				.params(category, BigDecimal.valueOf(threshold), Timestamp.from(Instant.now()))
				.update();
			long until = System.nanoTime() + 10_000_000_000L;
			JsonNode seen = suggest(dispatcher, category);
			while (seen.get("threshold").isNull() && System.nanoTime() < until) {
				Thread.sleep(250);
				seen = suggest(dispatcher, category);
			}
			assertThat(seen.get("threshold").isNull()).as("the threshold set on another instance, 10 s later")
				.isFalse();
			assertThat(seen.get("autoDispatch").asBoolean()).isTrue();

			long order = Api.as(this.port, "agent1")
				.post("/api/orders",
						Map.of("channel", "PHONE", "type", "HELP", "content", TEXT, "address", ADDRESS, "categoryCode",
								category))
				.id();
			long automatic = 0;
			until = System.nanoTime() + 10_000_000_000L;
			while ((automatic = automaticDispatches(order)) == 0 && System.nanoTime() < until) {
				Thread.sleep(100);
			}
			assertThat(automatic).as("automatic dispatches of an order registered here").isEqualTo(1);
		}
		finally {
			assertThat(Api.as(this.port, "admin").delete("/api/dispatch/thresholds/" + category).status())
				.isEqualTo(204);
		}
	}

	private static JsonNode suggest(Api dispatcher, String category) {
		return dispatcher
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS, "categoryCode", category))
			.body();
	}

	private long automaticDispatches(long order) {
		return this.jdbc
			.sql("select count(*) from work_order_event where order_id = ? and type = 'DISPATCHED' and actor = ?")
			.params(order, AutoDispatch.ACTOR.username())
			.query(Long.class)
			.single();
	}

}
