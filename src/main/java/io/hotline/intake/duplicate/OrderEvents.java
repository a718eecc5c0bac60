package io.hotline.intake.duplicate;

import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps duplicate detection current after each change of an order, once it is committed,
 * on the recent orders' worker: a new order is checked and indexed, a changed one gets
 * its new state in the index, a replied or closed main order passes its answer on to the
 * orders merged into it, and an order reopened again is flagged as going round.
 */
@Component
class OrderEvents {

	private final RecentOrders recent;

	private final RegistrationChecks checks;

	private final RelatedOrders related;

	private final ReopenedLoops loops;

	OrderEvents(RecentOrders recent, RegistrationChecks checks, RelatedOrders related, ReopenedLoops loops) {
		this.recent = recent;
		this.loops = loops;
		this.checks = checks;
		this.related = related;
	}

	@EventListener
	void on(WorkOrderChanged changed) {
		this.recent.afterCommit(() -> handle(changed));
	}

	private void handle(WorkOrderChanged changed) {
		WorkOrder order = changed.order();
		this.loops.changed(order);
		if (!this.recent.contains(changed.id().value())) {
			// a new order (old ones were never indexed, or have left the index)
			if (this.recent.since(this.recent.indexSpan()).test(RecentOrders.indexed(order))) {
				this.checks.registered(order);
			}
			return;
		}
		this.recent.changed(order);
		if (order.status() == Status.REPLIED || order.status() == Status.CLOSED) {
			this.related.mainChanged(order.id());
		}
	}

}
