package io.hotline.callback.web;

import io.hotline.callback.CallbackOutcome;
import io.hotline.callback.Callbacks;
import io.hotline.org.Actor;
import io.hotline.workorder.ExpectedVersion;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CallbackController {

	private final Callbacks callbacks;

	private final OrderViews views;

	CallbackController(Callbacks callbacks, OrderViews views) {
		this.callbacks = callbacks;
		this.views = views;
	}

	@PostMapping("/api/orders/{id}/callback")
	OrderView callBack(@PathVariable long id, @RequestBody(required = false) CallbackBody body,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
		CallbackBody b = body == null ? new CallbackBody(null, null, null, null, null) : body;
		// a client of the contract sends only the verdict: the caller was reached
		CallbackOutcome outcome = (b.outcome() == null && b.satisfaction() != null) ? CallbackOutcome.REACHED
				: b.outcome();
		return this.views.of(this.callbacks.callBack(new WorkOrderId(id), outcome, b.satisfaction(), b.resolved(),
				b.comment(), ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	/** The tries that did not reach the caller, and when the next is due. */
	@GetMapping("/api/orders/{id}/callback")
	Callbacks.Tries tries(@PathVariable long id, Actor actor) {
		return this.callbacks.tries(new WorkOrderId(id), actor);
	}

	record CallbackBody(CallbackOutcome outcome, Satisfaction satisfaction, Boolean resolved, String comment,
			Integer version) {

	}

}
