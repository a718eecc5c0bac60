package io.hotline.handling;

import java.util.function.Consumer;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a handling unit does with an order: only its main unit (or a unit above it) signs,
 * returns, extends and replies; a co-unit adds its 协办意见; a supervisor decides on
 * extensions, which move the deadline by working days, and sends a weak reply back.
 */
@Service
public class Handling {

	private final WorkOrders orders;

	private final WorkingCalendar calendar;

	private final OrderFlags flags;

	Handling(WorkOrders orders, WorkingCalendar calendar, OrderFlags flags) {
		this.orders = orders;
		this.calendar = calendar;
		this.flags = flags;
	}

	public WorkOrder sign(WorkOrderId id, Integer version, Actor actor) {
		return asMainUnit(id, version, actor, (order) -> order.sign(actor.username(), this.orders.now()));
	}

	public WorkOrder returnToDispatch(WorkOrderId id, String reason, Integer version, Actor actor) {
		return asMainUnit(id, version, actor,
				(order) -> order.returnToDispatch(actor.username(), reason, this.orders.now()));
	}

	public WorkOrder requestExtension(WorkOrderId id, Integer days, String reason, Integer version, Actor actor) {
		if (days == null) {
			throw Problem.invalid("handling.days-required");
		}
		return asMainUnit(id, version, actor,
				(order) -> order.requestExtension(actor.username(), days, reason, this.orders.now()));
	}

	public WorkOrder decideExtension(WorkOrderId id, Boolean approved, String note, Integer version, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (approved == null) {
			throw Problem.invalid("request.yes-no-required", "approved");
		}
		return this.orders.change(id, version, actor, (order) -> {
			Integer days = order.pendingExtensionDays();
			order.decideExtension(actor.username(), approved, days == null || order.deadline() == null
					? order.deadline() : this.calendar.addWorkingDays(order.deadline(), days), note, this.orders.now());
		});
	}

	public WorkOrder reply(WorkOrderId id, String content, Boolean resolved, Integer version, Actor actor) {
		if (resolved == null) {
			throw Problem.invalid("request.yes-no-required", "resolved");
		}
		return asMainUnit(id, version, actor,
				(order) -> order.reply(actor.username(), content, resolved, this.orders.now()));
	}

	/**
	 * 答复退回: a supervisor sends the unit's reply back for another answer, and confirms the
	 * reply-quality flags that held it, with the reason as their note.
	 */
	@Transactional
	public WorkOrder sendBackReply(WorkOrderId id, String reason, Integer version, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		WorkOrder order = this.orders.change(id, version, actor,
				(o) -> o.sendBackReply(actor.username(), reason, this.orders.now()));
		this.flags.of(id, actor)
			.stream()
			.filter((flag) -> flag.kind() == FlagKind.REPLY_QUALITY && "OPEN".equals(flag.status()))
			.forEach((flag) -> this.flags.judge(flag.id(), "CONFIRMED", reason, actor));
		return order;
	}

	public WorkOrder assist(WorkOrderId id, String content, Integer version, Actor actor) {
		actor.requireAny(Role.HANDLER);
		return this.orders.change(id, version, actor, (order) -> {
			UnitId coUnit = this.orders.coUnitOf(order, actor);
			if (coUnit == null) {
				throw Problem.forbidden("handling.co-unit-only", order.number());
			}
			order.assist(actor.username(), coUnit, content, this.orders.now());
		});
	}

	private WorkOrder asMainUnit(WorkOrderId id, Integer version, Actor actor, Consumer<WorkOrder> transition) {
		actor.requireAny(Role.HANDLER);
		return this.orders.change(id, version, actor, (order) -> {
			if (!this.orders.actsForMainUnit(order, actor)) {
				throw Problem.forbidden("handling.main-unit-only", order.number());
			}
			transition.accept(order);
		});
	}

}
