package io.hotline.callback.plan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.portal.Portal;
import io.hotline.workorder.EventType;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Component;

/**
 * A plan follows what happens to its order: a callback by a person answers it (or, not
 * reached, counts the try), a reply sent back or a merge cancels it, and the citizen's
 * rating through the link of the plan's SMS or WeChat message answers it: satisfied
 * records the callback, dissatisfied hands it to a person.
 */
@Component
class PlanFollower {

	private static final Set<EventType> FOLLOWED = EnumSet.of(EventType.CALLED_BACK, EventType.REOPENED,
			EventType.CALLBACK_NOT_REACHED, EventType.CALLBACK_UNREACHABLE, EventType.CALLBACK_REFUSED,
			EventType.CALLBACK_WRONG_NUMBER, EventType.REPLY_SENT_BACK, EventType.MERGED_CLOSED,
			EventType.CITIZEN_RATED);

	private final PlanStore store;

	private final PlanResults results;

	private final WorkOrders orders;

	private final Portal portal;

	PlanFollower(PlanStore store, PlanResults results, WorkOrders orders, Portal portal) {
		this.store = store;
		this.results = results;
		this.orders = orders;
		this.portal = portal;
	}

	boolean follows(OrderEvent event) {
		return FOLLOWED.contains(event.type()) && !PlanResults.ROBOT.username().equals(event.actor());
	}

	void follow(OrderEvent event) {
		Optional<Plan> open = this.store.lockOpen(event.orderId().value());
		if (open.isEmpty()) {
			return;
		}
		Plan plan = open.get();
		java.time.Instant now = this.orders.now();
		switch (event.type()) {
			case CITIZEN_RATED -> {
				// only the rating asked for by the plan's link is its callback; a rating
				// on the
				// portal's own page stays the citizen's word, as before (portal.md)
				if (plan.status() == PlanStatus.SENT
						&& (plan.channel() == PlanChannel.SMS || plan.channel() == PlanChannel.WECHAT)) {
					rated(plan, now);
				}
				else {
					this.store.step(plan.id(), now, "SYSTEM", null, "市民已在门户评价（非回访链接）");
				}
			}
			case CALLED_BACK, REOPENED, CALLBACK_REFUSED -> {
				Satisfaction said = this.orders.find(event.orderId(), Actor.system()).snapshot().satisfaction();
				java.util.Map<String, Object> answers = (said == null) ? java.util.Map.of("refused", true)
						: java.util.Map.of(Answers.SATISFACTION, said.name());
				Plan answered = plan.answered(plan.node(), 0, Answers.with(plan.answers(), answers), event.at())
					.ended(PlanStatus.ANSWERED, now, null);
				this.store.update(answered);
				this.store.step(plan.id(), now, "SYSTEM", null, "人工回访：" + event.type() + "（" + event.actor() + "）");
			}
			case CALLBACK_UNREACHABLE, CALLBACK_WRONG_NUMBER -> {
				this.store.update(plan.ended(PlanStatus.UNREACHABLE, now, null));
				this.store.step(plan.id(), now, "SYSTEM", null, "人工回访：" + event.type() + "（" + event.actor() + "）");
			}
			case CALLBACK_NOT_REACHED ->
				this.store.step(plan.id(), now, "SYSTEM", null, "人工回访未接通（" + event.actor() + "）");
			default -> {
				this.store.update(plan.ended(PlanStatus.CANCELLED, now, null));
				this.store.step(plan.id(), now, "SYSTEM", null, "计划取消：" + event.type());
			}
		}
	}

	private void rated(Plan plan, java.time.Instant now) {
		this.portal.rating(new WorkOrderId(plan.orderId())).ifPresent((rating) -> {
			Plan withRating = plan.answered(plan.node(), 0,
					Answers.with(plan.answers(), java.util.Map.of(Answers.SATISFACTION, rating.satisfaction().name())),
					rating.ratedAt());
			this.store.step(plan.id(), now, "CITIZEN", null,
					"市民门户评价：" + rating.satisfaction() + ((rating.comment() == null) ? "" : "：" + rating.comment()));
			if (rating.satisfaction() == Satisfaction.DISSATISFIED) {
				this.results.handOver(withRating, "市民评价不满意", now);
			}
			else {
				this.results.verdict(withRating, rating.satisfaction(), true, "智能回访（市民门户评价）", now);
			}
		});
	}

}
