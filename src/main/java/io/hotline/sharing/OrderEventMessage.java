package io.hotline.sharing;

import java.time.Instant;
import java.util.List;

import io.hotline.org.UnitId;
import io.hotline.workorder.OrderEvent;

/**
 * An order event as other systems receive it (docs/events.md): a schema of its own,
 * versioned ({@link #version}), built from the event alone. It says what happened to
 * which order, the status it left the order in, its units and when; never who called or
 * what they said, nor which staff member acted (the event's {@code actor} is left out).
 *
 * @param version the schema's version ({@link #VERSION}); a field added keeps it, a field
 * changed or removed raises it
 * @param eventId the timeline entry's id: increases with each entry of an order, the same
 * on a repeated delivery
 * @param type what happened ({@link io.hotline.workorder.EventType}: REGISTERED,
 * DISPATCHED, REPLIED, ...)
 * @param orderId the order's id in the hotline's API
 * @param orderNumber the order's number (工单编号), also the message's key
 * @param status the order's status after the entry
 * @param mainUnitId the main handling unit (主办单位), or {@code null}
 * @param coUnitIds the co-handling units (协办单位)
 * @param at when it happened
 */
public record OrderEventMessage(int version, long eventId, String type, long orderId, String orderNumber, String status,
		Long mainUnitId, List<Long> coUnitIds, Instant at) {

	/** The version of this schema. */
	public static final int VERSION = 1;

	/** The message of an order event. */
	public static OrderEventMessage of(OrderEvent event) {
		return new OrderEventMessage(VERSION, event.eventId(), event.type().name(), event.orderId().value(),
				event.number(), event.status().name(), id(event.mainUnitId()),
				event.coUnitIds().stream().map(UnitId::value).toList(), event.at());
	}

	private static Long id(UnitId unit) {
		return (unit != null) ? unit.value() : null;
	}

}
