package io.hotline.province.transfer;

import io.hotline.org.Actor;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an order transferred to this node came from, with the sender's timeline, for
 * whoever sees the order (404 for an order registered here first).
 */
@RestController
class TransferredFromController {

	private final TransferRegistration registration;

	private final WorkOrders orders;

	TransferredFromController(TransferRegistration registration, WorkOrders orders) {
		this.registration = registration;
		this.orders = orders;
	}

	@GetMapping("/api/orders/{id}/transferred-from")
	TransferRegistration.TransferredFrom from(@PathVariable long id, Actor actor) {
		WorkOrder order = this.orders.find(new WorkOrderId(id), actor);
		return this.registration.from(id)
			.orElseThrow(() -> Problem.notFound("transfer.not-transferred-in", order.number()));
	}

}
