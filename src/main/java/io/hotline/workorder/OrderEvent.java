package io.hotline.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.hotline.org.UnitId;

/**
 * One entry of an order's timeline, published in the transaction that wrote it through
 * Spring Modulith's event publication registry (stored in {@code event_publication} with
 * the order, handed to each listener after the commit, resubmitted until the listener
 * completes): what happened ({@link #type}), the entry's id ({@link #eventId}, the key of
 * idempotent reactions), the order, the state the entry left it in, its units, when and
 * by whom. Listeners filter on {@link #type}, never guess it from the status.
 */
public record OrderEvent(long eventId, EventType type, WorkOrderId orderId, String number, Status status,
		UnitId mainUnitId, List<UnitId> coUnitIds, Instant at, String actor) {

	/**
	 * What closes an order or gives it its answer (passed on to the orders merged in).
	 */
	private static final Set<EventType> ANSWERS = Set.of(EventType.REPLIED, EventType.FINISHED, EventType.CALLED_BACK,
			EventType.CALLBACK_UNREACHABLE, EventType.CALLBACK_REFUSED, EventType.CALLBACK_WRONG_NUMBER,
			EventType.MERGED_REPLIED, EventType.MERGED_CLOSED);

	public OrderEvent {
		coUnitIds = (coUnitIds == null) ? List.of() : List.copyOf(coUnitIds);
	}

	static OrderEvent of(long eventId, WorkOrder order, TimelineEvent entry) {
		return new OrderEvent(eventId, entry.type(), order.id(), order.number(), entry.status(), order.mainUnitId(),
				order.coUnitIds(), entry.at(), entry.actor());
	}

	/** 受理: a new order. */
	public boolean registered() {
		return this.type == EventType.REGISTERED;
	}

	/** 办理回复: a unit replied. */
	public boolean replied() {
		return this.type == EventType.REPLIED;
	}

	/** 重办: the callback reopened the order. */
	public boolean reopened() {
		return this.type == EventType.REOPENED;
	}

	/** The order got its answer or was closed. */
	public boolean answered() {
		return ANSWERS.contains(this.type);
	}

}
