package io.hotline.callback.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A callback plan (回访计划) of one reply or direct closing of an order: when it is due and
 * the limit, which questions, by which channel and why, where it stands, and what the
 * citizen answered ({@code answers}: satisfaction, resolved, promiseKept).
 */
record Plan(long id, long eventId, long orderId, String orderNumber, String kind, String orderType, String categoryCode,
		Long unitId, String callerPhone, String reasons, List<String> questions, PlanChannel channel, PlanStatus status,
		Instant dueAt, Instant limitAt, int tries, Integer scriptVersion, String node, int unclear,
		Map<String, Object> answers, Instant sentAt, Instant reachedAt, Instant doneAt, String handoverReason,
		Instant plannedAt, Instant repliedAt) {

	/** The question about the reply's promise, the third when there is one. */
	String promise() {
		return this.questions.size() > 2 ? this.questions.get(2) : null;
	}

	/** Whether it reached the citizen and got an answer, or exhausted its tries. */
	boolean surveyed() {
		return this.status == PlanStatus.ANSWERED || this.status == PlanStatus.UNREACHABLE || !this.answers.isEmpty();
	}

	/** The order's replied state is the hotline's callback to record. */
	boolean ofReply() {
		return "REPLIED".equals(this.kind);
	}

	/** Done: answered, unreachable, handed over or cancelled, at this time, why. */
	Plan ended(PlanStatus to, Instant at, String reason) {
		return new Plan(this.id, this.eventId, this.orderId, this.orderNumber, this.kind, this.orderType,
				this.categoryCode, this.unitId, this.callerPhone, this.reasons, this.questions, this.channel, to,
				this.dueAt, this.limitAt, this.tries, this.scriptVersion, this.node, this.unclear, this.answers,
				this.sentAt, this.reachedAt, (to == PlanStatus.HANDED_OVER) ? null : at,
				(reason == null) ? this.handoverReason : reason, this.plannedAt, this.repliedAt);
	}

	/** Sent by its channel (the robot at the script's node). */
	Plan sent(PlanStatus to, Instant at, Integer version, String atNode) {
		return new Plan(this.id, this.eventId, this.orderId, this.orderNumber, this.kind, this.orderType,
				this.categoryCode, this.unitId, this.callerPhone, this.reasons, this.questions, this.channel, to,
				this.dueAt, this.limitAt, this.tries + 1, version, atNode, 0, this.answers, at, this.reachedAt,
				this.doneAt, this.handoverReason, this.plannedAt, this.repliedAt);
	}

	/** Planned again: by another channel, or for another try. */
	Plan replanned(PlanChannel by, Instant due) {
		return new Plan(this.id, this.eventId, this.orderId, this.orderNumber, this.kind, this.orderType,
				this.categoryCode, this.unitId, this.callerPhone, this.reasons, this.questions, by, PlanStatus.PLANNED,
				due, this.limitAt, this.tries, this.scriptVersion, null, 0, this.answers, this.sentAt, this.reachedAt,
				this.doneAt, this.handoverReason, this.plannedAt, this.repliedAt);
	}

	/** The citizen answered: now at this node, with these answers. */
	Plan answered(String atNode, int unclearNow, Map<String, Object> now, Instant at) {
		return new Plan(this.id, this.eventId, this.orderId, this.orderNumber, this.kind, this.orderType,
				this.categoryCode, this.unitId, this.callerPhone, this.reasons, this.questions, this.channel,
				this.status, this.dueAt, this.limitAt, this.tries, this.scriptVersion, atNode, unclearNow, now,
				this.sentAt, (this.reachedAt == null) ? at : this.reachedAt, this.doneAt, this.handoverReason,
				this.plannedAt, this.repliedAt);
	}

}
