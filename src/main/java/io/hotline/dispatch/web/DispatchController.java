package io.hotline.dispatch.web;

import java.util.List;

import io.hotline.dispatch.Dispatching;
import io.hotline.org.Actor;
import io.hotline.workorder.ExpectedVersion;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DispatchController {

	private final Dispatching dispatching;

	private final OrderViews views;

	DispatchController(Dispatching dispatching, OrderViews views) {
		this.dispatching = dispatching;
		this.views = views;
	}

	@PostMapping("/api/orders/{id}/dispatch")
	OrderView dispatch(@PathVariable long id, @RequestBody(required = false) DispatchBody body,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
		DispatchBody request = body == null ? new DispatchBody(null, null, null, null) : body;
		return this.views.of(this.dispatching.dispatch(new WorkOrderId(id), request.unitIds(),
				Boolean.TRUE.equals(request.defaultUnit()), request.note(),
				ExpectedVersion.of(request.version(), ifMatch), actor), actor);
	}

	/**
	 * The units (the main unit first), or {@code defaultUnit: true} for the unit of the
	 * category's routing rule at the order's place; neither is refused, never guessed.
	 */
	record DispatchBody(List<Long> unitIds, Boolean defaultUnit, String note, Integer version) {

	}

}
