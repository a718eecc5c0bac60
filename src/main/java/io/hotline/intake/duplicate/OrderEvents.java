package io.hotline.intake.duplicate;

import io.hotline.org.Actor;
import io.hotline.platform.Reactions;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps duplicate detection current after each event of an order, once it is committed: a
 * durable listener of {@link OrderEvent}s on the single thread of the
 * {@value DuplicateWorker#NAME} worker (the index and the collective cases change one
 * order at a time, in the order the orders came), in a transaction of its own. The
 * in-memory index of this instance is brought up to date first ({@link #updateIndex});
 * then, once per event ({@link Reactions}), a new order is checked, an order reopened
 * again is flagged as going round, and a replied or closed main order passes its answer
 * on to the orders merged into it.
 */
@Component
class OrderEvents {

	/** The reaction's name ({@link Reactions}). */
	static final String REACTION = "duplicates";

	private final RecentOrders recent;

	private final RegistrationChecks checks;

	private final RelatedOrders related;

	private final ReopenedLoops loops;

	private final WorkOrders orders;

	private final Reactions reactions;

	OrderEvents(RecentOrders recent, RegistrationChecks checks, RelatedOrders related, ReopenedLoops loops,
			WorkOrders orders, Reactions reactions) {
		this.recent = recent;
		this.loops = loops;
		this.checks = checks;
		this.related = related;
		this.orders = orders;
		this.reactions = reactions;
	}

	@Async(DuplicateWorker.NAME)
	@TransactionalEventListener(id = REACTION)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(OrderEvent event) {
		if (!concerns(event)) {
			return;
		}
		WorkOrder order = this.orders.find(event.orderId(), Actor.system());
		boolean recentOrder = updateIndex(event, order);
		if (this.reactions.firstTime(REACTION, event.eventId())) {
			react(event, order, recentOrder);
		}
	}

	/**
	 * Whether the event concerns duplicate detection: a new order, an indexed one, a
	 * reopening or an answer (others are not even read).
	 */
	private boolean concerns(OrderEvent event) {
		return event.registered() || event.reopened() || event.answered()
				|| this.recent.contains(event.orderId().value());
	}

	/**
	 * Brings this instance's index of recent orders up to date with the event: a new
	 * order of the index's span is added, an indexed one gets its new state. Idempotent,
	 * and the same on every instance. Answers whether the order is in the index.
	 */
	boolean updateIndex(OrderEvent event, WorkOrder order) {
		if (event.registered()) {
			Indexed indexed = RecentOrders.indexed(order);
			if (!this.recent.since(this.recent.indexSpan()).test(indexed)) {
				return false;
			}
			this.recent.add(indexed);
			return true;
		}
		if (!this.recent.contains(order.id().value())) {
			return false;
		}
		this.recent.changed(order);
		return true;
	}

	/** What the event asks of duplicate detection, once (on one instance). */
	private void react(OrderEvent event, WorkOrder order, boolean recentOrder) {
		if (event.registered() && recentOrder) {
			this.checks.registered(order);
		}
		if (event.reopened()) {
			this.loops.changed(order);
		}
		if (event.answered()) {
			this.related.mainChanged(order.id());
		}
	}

}
