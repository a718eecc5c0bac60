package io.hotline.sharing;

import java.time.Instant;
import java.util.List;

import io.hotline.org.UnitId;
import io.hotline.workorder.EventType;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message other systems receive says what happened to which order, and never who
 * acted.
 */
class OrderEventMessageTests {

	@Test
	void anEventBecomesAMessageOfTheVersionWithoutItsActor() {
		Instant at = Instant.parse("2026-12-06T08:30:00Z");
		OrderEvent event = new OrderEvent(42, EventType.DISPATCHED, new WorkOrderId(7), "20261206000007",
				Status.DISPATCHED, new UnitId(3), List.of(new UnitId(4), new UnitId(5)), at, "dispatcher1");

		OrderEventMessage message = OrderEventMessage.of(event);

		assertThat(message).isEqualTo(new OrderEventMessage(OrderEventMessage.VERSION, 42, "DISPATCHED", 7,
				"20261206000007", "DISPATCHED", 3L, List.of(4L, 5L), at));
		assertThat(JsonMapper.builder().build().writeValueAsString(message)).doesNotContain("dispatcher1")
			.contains("\"orderNumber\":\"20261206000007\"");
	}

	@Test
	void anOrderWithoutUnitsHasNone() {
		OrderEvent event = new OrderEvent(1, EventType.REGISTERED, new WorkOrderId(8), "20261206000008",
				Status.REGISTERED, null, null, Instant.EPOCH, "agent1");

		assertThat(OrderEventMessage.of(event).mainUnitId()).isNull();
		assertThat(OrderEventMessage.of(event).coUnitIds()).isEmpty();
	}

}
