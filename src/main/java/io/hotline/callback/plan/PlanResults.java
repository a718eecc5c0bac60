package io.hotline.callback.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.hotline.callback.CallbackOutcome;
import io.hotline.callback.CallbackRules;
import io.hotline.callback.CallbackSettings;
import io.hotline.callback.Callbacks;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Component;

/**
 * What a plan's channel brought back, recorded: a verdict is the order's callback (回访, by
 * the actor {@code callback-robot}, closing or reopening it as a person's would), a
 * channel that did not reach the citizen is a try of the administrator's rule
 * ({@link CallbackRules}: another try later, or 未能联系 after the last), and a plan handed
 * over waits in the callback queue for a person. A plan of a directly finished order
 * (直接办结) keeps its answers; the order stays as it is.
 */
@Component
class PlanResults {

	/** Who records what the robot or the portal's rating brought back. */
	static final Actor ROBOT = new Actor("callback-robot", Set.of(Role.CALLBACK), null);

	private final Callbacks callbacks;

	private final CallbackRules settings;

	private final PlanStore store;

	private final PlanTiming timing;

	private final AuditTrail audit;

	private final WorkOrders orders;

	PlanResults(Callbacks callbacks, CallbackRules settings, PlanStore store, PlanTiming timing, AuditTrail audit,
			WorkOrders orders) {
		this.orders = orders;
		this.callbacks = callbacks;
		this.settings = settings;
		this.store = store;
		this.timing = timing;
		this.audit = audit;
	}

	/** The citizen's verdict: the callback of a replied order, the plan answered. */
	Plan verdict(Plan plan, Satisfaction satisfaction, boolean resolved, String how, Instant now) {
		if (plan.ofReply()) {
			if (awaitsCallback(plan)) {
				this.callbacks.callBack(new WorkOrderId(plan.orderId()), CallbackOutcome.REACHED, satisfaction,
						resolved, how, null, ROBOT);
			}
			else {
				// called back by hand meanwhile, or the reply was sent back
				this.store.step(plan.id(), now, "SYSTEM", null, "工单已不在待回访状态，未记录回访");
			}
		}
		Plan done = plan.ended(PlanStatus.ANSWERED, now, null);
		this.store.update(done);
		this.store.step(plan.id(), now, "SYSTEM", null, how + "：" + satisfaction + (resolved ? "，已解决" : "，未解决"));
		this.audit.record(ROBOT.username(), "callback-plan.answered", "order:" + plan.orderNumber(), "OK",
				satisfaction + ", resolved=" + resolved);
		return done;
	}

	/** To a person, from the callback queue; the reason is kept and shown. */
	Plan handOver(Plan plan, String reason, Instant now) {
		Plan over = plan.ended(PlanStatus.HANDED_OVER, now, reason);
		this.store.update(over);
		this.store.step(plan.id(), now, "SYSTEM", plan.node(), "转人工回访：" + reason);
		this.audit.record(ROBOT.username(), "callback-plan.handover", "order:" + plan.orderNumber(), "OK", reason);
		return over;
	}

	/**
	 * The channel did not reach the citizen: a try of the administrator's rule; another
	 * is planned no sooner than its interval, within callback hours, unless it was the
	 * last.
	 */
	Plan notReached(Plan plan, Instant now) {
		CallbackSettings rule = this.settings.current();
		boolean last;
		if (plan.ofReply()) {
			if (!awaitsCallback(plan)) {
				Plan cancelled = plan.ended(PlanStatus.CANCELLED, now, null);
				this.store.update(cancelled);
				return cancelled;
			}
			WorkOrder order = this.callbacks.callBack(new WorkOrderId(plan.orderId()), CallbackOutcome.NOT_REACHED,
					null, null, "智能回访（" + plan.channel().name() + "）未接通", null, ROBOT);
			last = order.status() == Status.CLOSED;
		}
		else {
			last = plan.tries() >= rule.maxTries();
		}
		this.store.step(plan.id(), now, "SYSTEM", null, "未接通（第 " + plan.tries() + " 次，共 " + rule.maxTries() + " 次）");
		Plan next = last ? plan.ended(PlanStatus.UNREACHABLE, now, null) : plan.replanned(plan.channel(),
				this.timing.callable(now.plus(Duration.ofMinutes(rule.retryMinutes()))));
		this.store.update(next);
		return next;
	}

	/**
	 * Whether the order still waits for its callback: checked first, as a refusal inside
	 * the transaction would roll it back whole.
	 */
	private boolean awaitsCallback(Plan plan) {
		return this.orders.find(new WorkOrderId(plan.orderId()), Actor.system()).status() == Status.REPLIED;
	}

}
