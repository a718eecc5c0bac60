package io.hotline.handling.web;

import io.hotline.handling.Handling;
import io.hotline.org.Actor;
import io.hotline.workorder.ExpectedVersion;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders/{id}")
class HandlingController {

	private static final String IF_MATCH = "If-Match";

	private final Handling handling;

	private final OrderViews views;

	HandlingController(Handling handling, OrderViews views) {
		this.handling = handling;
		this.views = views;
	}

	@PostMapping("/sign")
	OrderView sign(@PathVariable long id, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
		HandlingBody b = HandlingBody.orEmpty(body);
		return view(this.handling.sign(new WorkOrderId(id), ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	@PostMapping("/return")
	OrderView returnToDispatch(@PathVariable long id, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
		HandlingBody b = HandlingBody.orEmpty(body);
		return view(this.handling.returnToDispatch(new WorkOrderId(id), b.reason(),
				ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	@PostMapping("/extend")
	OrderView extend(@PathVariable long id, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
		HandlingBody b = HandlingBody.orEmpty(body);
		return view(this.handling.requestExtension(new WorkOrderId(id), b.days(), b.reason(),
				ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	@PostMapping("/approve-extension")
	OrderView approveExtension(@PathVariable long id, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
		HandlingBody b = HandlingBody.orEmpty(body);
		return view(this.handling.decideExtension(new WorkOrderId(id), b.approved(), b.note(),
				ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	@PostMapping("/reply")
	OrderView reply(@PathVariable long id, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
		HandlingBody b = HandlingBody.orEmpty(body);
		return view(this.handling.reply(new WorkOrderId(id), b.content(), b.resolved(),
				ExpectedVersion.of(b.version(), ifMatch), actor), actor);
	}

	@PostMapping("/assist")
	OrderView assist(@PathVariable long id, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
		HandlingBody b = HandlingBody.orEmpty(body);
		return view(
				this.handling.assist(new WorkOrderId(id), b.content(), ExpectedVersion.of(b.version(), ifMatch), actor),
				actor);
	}

	private OrderView view(WorkOrder order, Actor actor) {
		return this.views.of(order, actor);
	}

	/** The bodies of the unit's actions; each action reads the fields it needs. */
	record HandlingBody(String reason, Integer days, Boolean approved, String note, String content, Boolean resolved,
			Integer version) {

		static HandlingBody orEmpty(HandlingBody body) {
			return body == null ? new HandlingBody(null, null, null, null, null, null, null) : body;
		}

	}

}
