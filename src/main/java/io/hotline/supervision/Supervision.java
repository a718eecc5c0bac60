package io.hotline.supervision;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Service;

/**
 * 督办: a supervisor flags an open order, with a note that the units see in its timeline.
 */
@Service
public class Supervision {

	private final WorkOrders orders;

	Supervision(WorkOrders orders) {
		this.orders = orders;
	}

	public WorkOrder supervise(WorkOrderId id, String note, Integer version, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.orders.change(id, version, actor,
				(order) -> order.supervise(actor.username(), note, this.orders.now()));
	}

}
