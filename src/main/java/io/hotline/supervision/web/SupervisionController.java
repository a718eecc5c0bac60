package io.hotline.supervision.web;

import io.hotline.org.Actor;
import io.hotline.supervision.Supervision;
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
class SupervisionController {

	private final Supervision supervision;

	private final OrderViews views;

	SupervisionController(Supervision supervision, OrderViews views) {
		this.supervision = supervision;
		this.views = views;
	}

	@PostMapping("/api/orders/{id}/supervise")
	OrderView supervise(@PathVariable long id, @RequestBody(required = false) SuperviseBody body,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
		SuperviseBody b = body == null ? new SuperviseBody(null, null) : body;
		return this.views.of(this.supervision.supervise(new WorkOrderId(id), b.note(),
				ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	record SuperviseBody(String note, Integer version) {

	}

}
