package io.hotline.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Fact;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import io.hotline.workorder.EventType;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访 by the callback staff: closes the order, or reopens it for another round of
 * handling; a reply held for review (an open 答复质量 flag) is not called back until a
 * supervisor releases it or sends it back. A callback without a verdict says why: not
 * reached (未接通: the order waits for another try, and the last try allowed does what the
 * administrator set in {@link CallbackRules}), refused (拒绝回答) or wrong number (号码错误),
 * both closing the order without a verdict. Nothing is assumed: an outcome and, when the
 * caller was reached, the verdict and whether it was resolved are required. Each try is
 * an entry of the order's timeline and of the audit log, written with the change.
 */
@Service
public class Callbacks {

	private final WorkOrders orders;

	private final OrderFlags flags;

	private final CallbackRules rules;

	private final AuditTrail audit;

	/**
	 * Whether the API refuses the callback of a reply held for review
	 * ({@code hotline.reply-quality.refuse-callback}, off by default): the callback queue
	 * leaves a held reply out either way; refusing it outright would break the contract's
	 * reply → callback for a client that follows it.
	 */
	private volatile boolean refuseHeld;

	Callbacks(WorkOrders orders, OrderFlags flags, CallbackRules rules, AuditTrail audit,
			@Value("${hotline.reply-quality.refuse-callback:false}") boolean refuseHeld) {
		this.orders = orders;
		this.flags = flags;
		this.rules = rules;
		this.audit = audit;
		this.refuseHeld = refuseHeld;
	}

	/**
	 * The callback as the contract has it: the caller was reached, with a verdict.
	 */
	public WorkOrder callBack(WorkOrderId id, Satisfaction satisfaction, Boolean resolved, String comment,
			Integer version, Actor actor) {
		return callBack(id, CallbackOutcome.REACHED, satisfaction, resolved, comment, version, actor);
	}

	/** One try of the callback, with its outcome. */
	@Transactional
	public WorkOrder callBack(WorkOrderId id, CallbackOutcome outcome, Satisfaction satisfaction, Boolean resolved,
			String comment, Integer version, Actor actor) {
		actor.requireAny(Role.CALLBACK);
		if (outcome == null) {
			throw Problem.invalid("callback.outcome-required");
		}
		if (outcome == CallbackOutcome.REACHED) {
			if (satisfaction == null) {
				throw Problem.invalid("callback.satisfaction-required");
			}
			if (resolved == null) {
				throw Problem.invalid("request.yes-no-required", "resolved");
			}
		}
		else if (satisfaction != null || resolved != null) {
			throw Problem.invalid("callback.no-verdict", outcome);
		}
		if (this.refuseHeld && this.flags.anyOpen(id, FlagKind.REPLY_QUALITY)) {
			throw Problem.conflict("callback.reply-held", this.orders.find(id, actor).number());
		}
		CallbackSettings settings = this.rules.current();
		WorkOrder changed = this.orders.change(id, version, actor, (order) -> {
			Instant now = this.orders.now();
			switch (outcome) {
				case REACHED -> order.callBack(actor.username(), satisfaction, resolved, comment, now);
				case REFUSED ->
					order.callBackWithoutVerdict(actor.username(), EventType.CALLBACK_REFUSED, true, comment, now);
				case WRONG_NUMBER ->
					order.callBackWithoutVerdict(actor.username(), EventType.CALLBACK_WRONG_NUMBER, true, comment, now);
				case NOT_REACHED -> notReached(order, settings, comment, actor, now);
			}
		});
		this.audit.record(actor.username(), "callback." + outcome.name().toLowerCase(java.util.Locale.ROOT),
				"order:" + changed.number(), "OK", changed.status().name());
		return changed;
	}

	/** Where the order's tries stand, and when the next one is due. */
	public Tries tries(WorkOrderId id, Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		CallbackSettings settings = this.rules.current();
		List<Instant> tries = this.orders.find(id, actor).callbackTries();
		Instant last = tries.isEmpty() ? null : tries.get(tries.size() - 1);
		return new Tries(tries.size(), settings.maxTries(), settings.afterLast(), last,
				last == null ? null : last.plus(Duration.ofMinutes(settings.retryMinutes())));
	}

	private static void notReached(WorkOrder order, CallbackSettings settings, String comment, Actor actor,
			Instant now) {
		int attempt = order.callbackTries().size() + 1;
		boolean last = attempt >= settings.maxTries() && settings.afterLast() == AfterLastTry.CLOSE;
		String said = InputText.limited(comment, "comment", InputText.NOTE);
		boolean commented = said != null && !said.isEmpty();
		Fact note = last
				? (commented ? Fact.of("note.callback-unreachable-comment", attempt, said)
						: Fact.of("note.callback-unreachable", attempt))
				: (commented ? Fact.of("note.callback-not-reached-comment", attempt, settings.maxTries(), said)
						: Fact.of("note.callback-not-reached", attempt, settings.maxTries()));
		order.callBackWithoutVerdict(actor.username(),
				last ? EventType.CALLBACK_UNREACHABLE : EventType.CALLBACK_NOT_REACHED, last, note, now);
	}

	/**
	 * The tries that did not reach the caller since the reply, of {@code maxTries}, the
	 * last one's time and the earliest time for the next.
	 */
	public record Tries(int tries, int maxTries, AfterLastTry afterLast, Instant lastTry, Instant nextTryAfter) {

	}

}
