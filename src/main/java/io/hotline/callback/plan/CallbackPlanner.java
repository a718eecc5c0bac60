package io.hotline.callback.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.platform.Reactions;
import io.hotline.workorder.EventType;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Registration;
import io.hotline.workorder.TimelineEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 智能回访: a plan for every order a unit replied to or an agent finished (a durable listener
 * of the order's event, done once per event: {@link Reactions}). The plan says when
 * ({@link PlanTiming}, by the administrator's delay for the category and type), what to
 * ask (satisfied? resolved? the reply's promise kept? {@link Promises}) and by which
 * channel (the first of the administrator's rules that holds for the order and the
 * caller's history). What people do to the order afterwards (a callback by hand, a rating
 * on the portal, a reply sent back) is followed by the same listener
 * ({@link PlanFollower}).
 */
@Component
class CallbackPlanner {

	/** The reaction's name ({@link Reactions}). */
	static final String REACTION = "callback-plan";

	static final String QUESTION_SATISFIED = "您对本次诉求的办理结果是否满意？";

	static final String QUESTION_RESOLVED = "您反映的问题是否已经解决？";

	private static final Set<EventType> PLANNED_ON = EnumSet.of(EventType.REPLIED, EventType.FINISHED);

	private final WorkOrders orders;

	private final OrderFlags flags;

	private final PlanRuleStore rules;

	private final PlanTiming timing;

	private final PlanStore store;

	private final Reactions reactions;

	private final PlanFollower follower;

	CallbackPlanner(WorkOrders orders, OrderFlags flags, PlanRuleStore rules, PlanTiming timing, PlanStore store,
			Reactions reactions, PlanFollower follower) {
		this.orders = orders;
		this.flags = flags;
		this.rules = rules;
		this.timing = timing;
		this.store = store;
		this.reactions = reactions;
		this.follower = follower;
	}

	/**
	 * Whether the listener takes the event (the registry stores no publication
	 * otherwise).
	 */
	public boolean wanted(OrderEvent event) {
		return PLANNED_ON.contains(event.type()) || this.follower.follows(event);
	}

	@ApplicationModuleListener(id = REACTION, condition = "@callbackPlanner.wanted(#event)")
	void on(OrderEvent event) {
		if (!this.reactions.firstTime(REACTION, event.eventId())) {
			return;
		}
		if (PLANNED_ON.contains(event.type())) {
			plan(event);
		}
		else {
			this.follower.follow(event);
		}
	}

	/**
	 * Plans the callback of the reply or closing of this event; answers the plan's id.
	 */
	Long plan(OrderEvent event) {
		WorkOrder order = this.orders.find(event.orderId(), Actor.system());
		Registration registration = order.registration();
		PlanRules rules = this.rules.current();
		String reply = lastNote(order, event.type());
		List<String> questions = new ArrayList<>(List.of(QUESTION_SATISFIED, QUESTION_RESOLVED));
		String promise = Promises.question(reply, registration.title());
		if (promise != null) {
			questions.add(promise);
		}
		CaseFacts facts = facts(order);
		PlanRules.ChannelRule chosen = rules.channels()
			.stream()
			.filter((rule) -> facts.holds(Condition.parse(rule.when()), rule.value()))
			.findFirst()
			.orElse(new PlanRules.ChannelRule("ANY", null, "ROBOT"));
		PlanChannel channel = PlanChannel.parse(chosen.channel());
		String reason = facts.reason(Condition.parse(chosen.when()), chosen.value());
		String phone = (registration.caller() == null) ? null : registration.caller().phone();
		PlanTiming.Due due = this.timing.due(event.at(),
				rules.delayDays(registration.categoryCode(), registration.type()), rules.limitDays());
		PlanStatus status = (phone == null || phone.isBlank()) ? PlanStatus.NO_CONTACT
				: (channel == PlanChannel.PERSON) ? PlanStatus.HANDED_OVER : PlanStatus.PLANNED;
		Plan plan = new Plan(0, event.eventId(), order.id().value(), order.number(), event.type().name(),
				registration.type().name(), registration.categoryCode(),
				(order.mainUnitId() == null) ? null : order.mainUnitId().value(), phone, reason, questions, channel,
				status, due.dueAt(), due.limitAt(), 0, null, null, 0, Map.of(), null, null,
				(status == PlanStatus.NO_CONTACT) ? event.at() : null,
				(status == PlanStatus.HANDED_OVER) ? "规则：" + reason : null, this.orders.now(), event.at());
		return this.store.insert(plan).map((id) -> {
			this.store.step(id, this.orders.now(), "SYSTEM", null, (status == PlanStatus.NO_CONTACT) ? "无联系电话，无法回访"
					: "回访计划：" + channel.name() + "（" + reason + "），" + due.dueAt() + " 起，最迟 " + due.limitAt());
			return id;
		}).orElse(null);
	}

	private CaseFacts facts(WorkOrder order) {
		Registration registration = order.registration();
		String phone = (registration.caller() == null) ? null : registration.caller().phone();
		boolean[] history = this.store.history(phone, order.id().value());
		Set<FlagKind> raised = this.flags.raisedKinds(order.id());
		boolean repeat = history[0] || raised.contains(FlagKind.REPEAT_LOOP);
		boolean dissatisfied = history[1] || order.timeline().stream().anyMatch((e) -> e.type() == EventType.REOPENED);
		boolean collective = raised.contains(FlagKind.COLLECTIVE);
		String text = ((registration.title() == null) ? "" : registration.title()) + "\n"
				+ ((registration.content() == null) ? "" : registration.content());
		return new CaseFacts(registration.type(), registration.categoryCode(), registration.channel(), text, repeat,
				dissatisfied, collective);
	}

	private static String lastNote(WorkOrder order, EventType type) {
		String note = null;
		for (TimelineEvent entry : order.timeline()) {
			if (entry.type() == type) {
				note = entry.note();
			}
		}
		return note;
	}

}
