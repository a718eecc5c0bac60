package io.hotline.dispatch;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.support.Redelivery;
import io.hotline.workorder.EventType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic dispatch interrupted between a registration's commit and its reaction (as by
 * a crash) dispatches the order once its publication is resubmitted, and not again when
 * the registration is delivered once more.
 */
@HotlineTest
class AutoDispatchRestartHttpTest {

	private static final String TEXT = "我家楼下的下水道堵塞，污水漫到路面，臭味很大，请尽快疏通";

	private static final String ADDRESS = "广州市越秀区北京街道";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInterruptedAutomaticDispatchIsDoneOnceAfterResubmission() {
		DispatchModelReady.activeVersion(this.port);
		Redelivery redelivery = new Redelivery(this.context);
		JsonNode known = Api.as(this.port, "dispatcher1")
			.post("/api/dispatch/suggest", Map.of("text", TEXT, "address", ADDRESS))
			.body()
			.get("suggestions")
			.get(0);
		String category = known.get("categoryCode").asString();
		double threshold = Math.floor(known.get("probability").asDouble() * 100) / 100;
		Api admin = Api.as(this.port, "admin");
		assertThat(admin.put("/api/dispatch/thresholds/" + category, Map.of("threshold", threshold)).status())
			.isEqualTo(200);
		try {
			redelivery.interruptNext(AutoDispatch.REACTION);
			long order = Api.as(this.port, "agent1")
				.post("/api/orders",
						Map.of("channel", "PHONE", "type", "HELP", "content", TEXT, "address", ADDRESS, "categoryCode",
								category))
				.id();
			redelivery.settle();
			assertThat(dispatches(order)).as("not dispatched while interrupted").isZero();
			assertThat(redelivery.incomplete(AutoDispatch.REACTION)).isPositive();

			redelivery.resubmit();
			assertThat(redelivery.incomplete(AutoDispatch.REACTION)).isZero();
			assertThat(dispatches(order)).isEqualTo(1);
			redelivery.deliverAgain(redelivery.eventId(order, EventType.REGISTERED));
			assertThat(dispatches(order)).as("dispatched once").isEqualTo(1);
		}
		finally {
			assertThat(admin.delete("/api/dispatch/thresholds/" + category).status()).isEqualTo(204);
		}
	}

	private long dispatches(long order) {
		return this.jdbc
			.sql("select count(*) from work_order_event where order_id = ? and type = 'DISPATCHED' and actor = ?")
			.params(order, AutoDispatch.ACTOR.username())
			.query(Long.class)
			.single();
	}

}
