package io.hotline.dispatch;

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
 * An instance of a cluster that starts serves (nginx sends it orders) before it has
 * loaded the active dispatch model from the database: an order registered there in that
 * window is dispatched automatically once the model is loaded, and once. Before, the
 * instance published no event for automatic dispatch while it had no model of its own,
 * and the order stayed with the dispatchers (found by ClusterIT's restarted instance).
 */
@HotlineTest
class AutoDispatchBeforeModelLoadHttpTest {

	private static final String TEXT = "我家楼下的下水道堵塞，污水漫到路面，臭味很大，请尽快疏通";

	private static final String ADDRESS = "广州市越秀区北京街道";

	@LocalServerPort
	int port;

	@Autowired
	DispatchModels models;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrderRegisteredBeforeTheModelIsLoadedIsDispatchedOnceItIs() throws Exception {
		int version = DispatchModelReady.activeVersion(this.port);
		Api dispatcher = Api.as(this.port, "dispatcher1");
		String category = dispatcher.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS))
			.body()
			.get("suggestions")
			.get(0)
			.get("categoryCode")
			.asString();
		JsonNode first = dispatcher
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS, "categoryCode", category))
			.body()
			.get("suggestions")
			.get(0);
		double threshold = Math.max(DispatchThresholds.LOWEST,
				Math.floor(first.get("probability").asDouble() * 100) / 100);
		Api admin = Api.as(this.port, "admin");
		assertThat(admin.put("/api/dispatch/thresholds/" + category, Map.of("threshold", threshold)).status())
			.isEqualTo(200);
		try {
			// as just started: the active version is in the database, not loaded here
			this.models.unload();
			long order = Api.as(this.port, "agent1")
				.post("/api/orders",
						Map.of("channel", "PHONE", "type", "HELP", "content", TEXT, "address", ADDRESS, "categoryCode",
								category))
				.id();
			long automatic = 0;
			long until = System.nanoTime() + 60_000_000_000L;
			while ((automatic = automaticDispatches(order)) == 0 && System.nanoTime() < until) {
				Thread.sleep(200);
			}
			assertThat(automatic).as("automatic dispatches of an order registered before the model was loaded")
				.isEqualTo(1);
			assertThat(this.models.active())
				.hasValueSatisfying((model) -> assertThat(model.version()).isEqualTo(version));
		}
		finally {
			assertThat(admin.delete("/api/dispatch/thresholds/" + category).status()).isEqualTo(204);
			// the shared context's model loaded again, as the other tests know it
			DispatchModelReady.activeVersion(this.port);
		}
	}

	private long automaticDispatches(long order) {
		return this.jdbc
			.sql("select count(*) from work_order_event where order_id = ? and type = 'DISPATCHED' and actor = ?")
			.params(order, AutoDispatch.ACTOR.username())
			.query(Long.class)
			.single();
	}

}
