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
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit's actions on an order: {@code sign}, {@code return}, {@code extend},
 * {@code reply}, {@code assist}, and the supervisor's {@code approve-extension} and
 * {@code send-back-reply}.
 */
@RestController
class HandlingController {

	private final Handling handling;

	private final OrderViews views;

	HandlingController(Handling handling, OrderViews views) {
		this.handling = handling;
		this.views = views;
	}

	@PostMapping("/api/orders/{id}/{action:sign|return|extend|approve-extension|reply|assist|send-back-reply}")
	OrderView act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) HandlingBody body,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
		HandlingBody b = (body != null) ? body : new HandlingBody(null, null, null, null, null, null, null);
		WorkOrderId order = new WorkOrderId(id);
		Integer version = ExpectedVersion.of(b.version(), ifMatch);
		WorkOrder changed = switch (action) {
			case "sign" -> this.handling.sign(order, version, actor);
			case "return" -> this.handling.returnToDispatch(order, b.reason(), version, actor);
			case "extend" -> this.handling.requestExtension(order, b.days(), b.reason(), version, actor);
			case "approve-extension" -> this.handling.decideExtension(order, b.approved(), b.note(), version, actor);
			case "reply" -> this.handling.reply(order, b.content(), b.resolved(), version, actor);
			case "send-back-reply" -> this.handling.sendBackReply(order, b.reason(), version, actor);
			default -> this.handling.assist(order, b.content(), version, actor);
		};
		return this.views.of(changed, actor);
	}

	/** The bodies of these actions; each reads the fields it needs. */
	record HandlingBody(String reason, Integer days, Boolean approved, String note, String content, Boolean resolved,
			Integer version) {

	}

}
