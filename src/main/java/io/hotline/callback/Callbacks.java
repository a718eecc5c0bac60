package io.hotline.callback;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 回访 by the callback staff: closes the order, or reopens it for another round of
 * handling; a reply held for review (an open 答复质量 flag) is not called back until a
 * supervisor releases it or sends it back.
 */
@Service
public class Callbacks {

	private final WorkOrders orders;

	private final OrderFlags flags;

	/**
	 * Whether the API refuses the callback of a reply held for review
	 * ({@code hotline.reply-quality.refuse-callback}, off by default): the callback queue
	 * leaves a held reply out either way; refusing it outright would break the contract's
	 * reply → callback for a client that follows it.
	 */
	private volatile boolean refuseHeld;

	Callbacks(WorkOrders orders, OrderFlags flags,
			@Value("${hotline.reply-quality.refuse-callback:false}") boolean refuseHeld) {
		this.orders = orders;
		this.flags = flags;
		this.refuseHeld = refuseHeld;
	}

	public WorkOrder callBack(WorkOrderId id, Satisfaction satisfaction, Boolean resolved, String comment,
			Integer version, Actor actor) {
		actor.requireAny(Role.CALLBACK);
		if (satisfaction == null) {
			throw Problem.invalid("callback.satisfaction-required");
		}
		if (resolved == null) {
			throw Problem.invalid("request.yes-no-required", "resolved");
		}
		if (this.refuseHeld && this.flags.anyOpen(id, FlagKind.REPLY_QUALITY)) {
			throw Problem.conflict("callback.reply-held", this.orders.find(id, actor).number());
		}
		return this.orders.change(id, version, actor,
				(order) -> order.callBack(actor.username(), satisfaction, resolved, comment, this.orders.now()));
	}

}
