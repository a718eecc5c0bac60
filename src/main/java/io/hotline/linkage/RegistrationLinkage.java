package io.hotline.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.platform.Reactions;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Registration;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 智能联动 on registration: once a new order is committed, the enabled rules read its title
 * and content (a durable listener of the REGISTERED {@link OrderEvent}, done once per
 * event: {@link Reactions}); each that fires raises a flag with its words (EMERGENCY:
 * transfer at once to 110, 119 or 120; RISK: a supervisor's attention), and a risk marks
 * the order supervised (督办) with a note naming the rule and words, so that it is in the
 * supervisors' queue. Raising a flag again only updates it and an order is supervised
 * once, so a later change of the still registered order reads it again harmlessly. The
 * urgency stays as registered: it is part of the registration, which no transition
 * changes; the flag says what to do.
 */
@Component
class RegistrationLinkage {

	static final Actor ACTOR = new Actor("linkage", Set.of(Role.ADMIN), null);

	private static final Logger log = LoggerFactory.getLogger(RegistrationLinkage.class);

	private final LinkageRules rules;

	private final OrderFlags flags;

	private final WorkOrders orders;

	private final Reactions reactions;

	/** The reaction's name ({@link Reactions}). */
	static final String REACTION = "linkage";

	RegistrationLinkage(LinkageRules rules, OrderFlags flags, WorkOrders orders, Reactions reactions) {
		this.reactions = reactions;
		this.rules = rules;
		this.flags = flags;
		this.orders = orders;
	}

	@ApplicationModuleListener(id = REACTION, condition = "#event.registered()")
	void on(OrderEvent event) {
		if (this.reactions.firstTime(REACTION, event.eventId())) {
			check(this.orders.find(event.orderId(), ACTOR));
		}
	}

	/** Acts on each rule that fires on the registered order; answers how many fired. */
	int check(WorkOrder order) {
		WorkOrderId id = order.id();
		try {
			Registration registration = order.registration();
			String text = ((registration.title() == null) ? "" : registration.title() + "\n")
					+ ((registration.content() == null) ? "" : registration.content());
			List<LinkageHit> hits = this.rules.evaluate(text);
			List<String> risks = new ArrayList<>();
			List<String> names = new ArrayList<>();
			java.util.Set<String> words = new java.util.LinkedHashSet<>();
			for (LinkageHit hit : hits) {
				FlagKind kind = (hit.kind() == RuleKind.EMERGENCY) ? FlagKind.EMERGENCY : FlagKind.RISK;
				this.flags.raise(id, kind, hit.code(), hit.words(), hit.advice(), null, null, ACTOR.username());
				if (hit.kind() == RuleKind.RISK) {
					risks.add(hit.advice());
					names.add(hit.name());
					words.addAll(hit.words());
				}
			}
			if (!risks.isEmpty() && !order.supervised() && order.status().open()) {
				// checked before the change: a change that changes nothing still
				// publishes one
				this.orders.mark(id, ACTOR.username(), "智能联动：" + String.join("；", risks), io.hotline.platform.Fact
					.of("note.linkage-risk", String.join("、", names), String.join("、", words)));
			}
			return hits.size();
		}
		catch (Problem ex) {
			log.debug("order {} not checked for linkage: {}", id.value(), ex.getMessage());
			return -1;
		}
	}

}
