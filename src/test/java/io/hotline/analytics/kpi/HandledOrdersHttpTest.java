package io.hotline.analytics.kpi;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders behind the mean handling time ({@code kpi=handled}), the cockpit's
 * drill-down of its average handling days: as many as a row's {@code handled}, all of
 * them replied.
 */
@HotlineTest
class HandledOrdersHttpTest {

	@LocalServerPort
	int port;

	@Test
	void listsTheRepliedOrdersOfTheMeanHandlingTime() {
		Api analyst = Api.as(this.port, "analyst1");
		JsonNode rows = analyst.get("/api/analytics/kpi-report?groupBy=unit").body().get("rows");
		JsonNode row = null;
		for (JsonNode candidate : rows) {
			long handled = candidate.get("handled").asLong();
			if (handled > 0 && handled < KpiReport.MOST_ORDERS && candidate.get("key").isString()) {
				row = candidate;
				break;
			}
		}
		assertThat(row).as("a unit of the demo history with replied orders").isNotNull();
		JsonNode orders = analyst
			.get("/api/analytics/kpis/orders?kpi=handled&groupBy=unit&key=" + row.get("key").asString())
			.body()
			.get("orders");
		assertThat(orders).hasSize(row.get("handled").asInt());
		for (JsonNode order : orders) {
			assertThat(order.get("repliedAt").isNull()).isFalse();
		}
	}

}
