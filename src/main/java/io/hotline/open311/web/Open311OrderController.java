package io.hotline.open311.web;

import io.hotline.open311.ServiceRequests;
import io.hotline.org.Actor;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the staff see of an order's Open311 request (its attributes, the contact fields
 * left out), on the order's own visibility rules.
 */
@RestController
class Open311OrderController {

	private final ServiceRequests requests;

	Open311OrderController(ServiceRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/api/orders/{id}/open311")
	ServiceRequests.Submitted submitted(@PathVariable long id, Actor actor) {
		return this.requests.submitted(new WorkOrderId(id), actor);
	}

}
