package io.hotline.platform;

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
 * The durable events' JSON: an event is serialized once for all its listeners, and what
 * is stored reads back as the event.
 */
class EventJsonTests {

	private final EventJson json = new EventJson(JsonMapper.builder().build());

	@Test
	void anEventIsSerializedOnceForAllItsListenersAndReadsBack() {
		OrderEvent registered = event(1L, EventType.REGISTERED);
		Object first = this.json.serialize(registered);
		assertThat(this.json.serialize(registered)).as("the same event, a second listener").isSameAs(first);
		assertThat(this.json.deserialize(first, OrderEvent.class)).isEqualTo(registered);

		OrderEvent equalButAnother = event(1L, EventType.REGISTERED);
		assertThat(this.json.serialize(equalButAnother)).isNotSameAs(first).isEqualTo(first);
		OrderEvent replied = event(2L, EventType.REPLIED);
		assertThat(this.json.deserialize(this.json.serialize(replied), OrderEvent.class)).isEqualTo(replied);
	}

	private static OrderEvent event(long id, EventType type) {
		return new OrderEvent(id, type, new WorkOrderId(41L), "20261206000041", Status.REGISTERED, new UnitId(3L),
				List.of(new UnitId(4L)), Instant.parse("2026-12-06T08:00:00Z"), "agent1");
	}

}
