package io.hotline.intake.web;

import java.net.URI;

import io.hotline.intake.Intake;
import io.hotline.intake.IntakeRequest;
import io.hotline.org.Actor;
import io.hotline.workorder.ExpectedVersion;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntakeController {

	private final Intake intake;

	private final OrderViews views;

	IntakeController(Intake intake, OrderViews views) {
		this.intake = intake;
		this.views = views;
	}

	/** 201 with the order; a repeated request id answers the same order again. */
	@PostMapping("/api/orders")
	ResponseEntity<OrderView> register(@RequestBody(required = false) IntakeRequest request, Actor actor) {
		WorkOrder order = this.intake.register(request, actor);
		return ResponseEntity.created(URI.create("/api/orders/" + order.id().value()))
			.eTag(Integer.toString(order.version()))
			.body(this.views.of(order, actor));
	}

	@PostMapping("/api/orders/{id}/finish")
	OrderView finish(@PathVariable long id, @RequestBody(required = false) Answer body,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
		Answer answer = body == null ? new Answer(null, null) : body;
		WorkOrder order = this.intake.finish(new WorkOrderId(id), answer.answer(),
				ExpectedVersion.of(answer.version(), ifMatch), actor);
		return this.views.of(order, actor);
	}

	record Answer(String answer, Integer version) {

	}

}
