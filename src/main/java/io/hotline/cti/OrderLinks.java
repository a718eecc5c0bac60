package io.hotline.cti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import io.hotline.intake.CallLinks;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UserAccounts;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a call to the order it produced, once: the order's timeline gets a
 * {@code CALL_LINKED} entry in the same transaction, linking the same order again changes
 * nothing, and a call linked to another order stays with it (409).
 */
@Service
class OrderLinks implements CallLinks {

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final UserAccounts users;

	OrderLinks(JdbcClient jdbc, WorkOrders orders, UserAccounts users) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.users = users;
	}

	@Override
	@Transactional
	public WorkOrder register(String callId, Supplier<WorkOrder> registration, Actor actor) {
		Call call = locked(callId).orElseThrow(() -> Problem.invalid("cti.unknown-call", callId));
		requireOwn(call, actor);
		WorkOrder order = registration.get();
		return link(call, order.id(), actor).orElse(order);
	}

	/** Links the call to an existing order; 404 for an unknown call or order. */
	@Transactional
	public Call link(String callId, WorkOrderId orderId, Actor actor) {
		Call call = locked(callId).orElseThrow(() -> Problem.notFound("cti.call-not-found", callId));
		requireOwn(call, actor);
		this.orders.find(orderId, actor);
		link(call, orderId, actor);
		return locked(callId).orElseThrow();
	}

	/**
	 * The order as the link changed it; empty when the call was linked to this order
	 * before.
	 */
	private Optional<WorkOrder> link(Call call, WorkOrderId orderId, Actor actor) {
		if (call.orderId() != null) {
			if (call.orderId() == orderId.value()) {
				return Optional.empty();
			}
			throw Problem.conflict("cti.call-linked", call.callId(),
					this.orders.find(new WorkOrderId(call.orderId()), Actor.system()).number());
		}
		Instant now = this.orders.now();
		WorkOrder linked = this.orders.change(orderId, null, actor,
				(order) -> order.linkCall(actor.username(), call.callId(), callAt(call), now));
		this.jdbc.sql("update phone_call set order_id = ?, updated_at = ? where call_id = ?")
			.params(orderId.value(), Timestamp.from(now), call.callId())
			.update();
		return Optional.of(linked);
	}

	/**
	 * An agent links the calls of their own line, or of a line that is nobody's (a queue,
	 * the IVR): not a call another user answered. Supervisors and administrators link
	 * any.
	 */
	private void requireOwn(Call call, Actor actor) {
		boolean anyCall = actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR);
		if (!anyCall && call.agent() != null && !call.agent().equals(actor.username())
				&& this.users.exists(call.agent())) {
			throw Problem.forbidden("cti.not-your-call", call.callId());
		}
	}

	/**
	 * The call, locked until the transaction ends so that two links of it never cross.
	 */
	private Optional<Call> locked(String callId) {
		return this.jdbc.sql("select * from phone_call where call_id = ? for update")
			.param(callId)
			.query(Calls::call)
			.optional();
	}

	private static Instant callAt(Call call) {
		return call.rangAt() != null ? call.rangAt() : call.answeredAt() != null ? call.answeredAt() : call.endedAt();
	}

}
