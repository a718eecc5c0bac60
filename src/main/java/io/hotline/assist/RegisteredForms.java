package io.hotline.assist;

import java.util.Set;

import io.hotline.cti.Call;
import io.hotline.cti.Calls;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.platform.Reactions;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The agent's corrections recorded when an order is registered from a call (or a call is
 * linked to it) whose form was proposed and not yet decided: what the order holds is what
 * the agent kept of each field. A durable listener of the CALL_LINKED {@link OrderEvent}
 * (registering an order with its call writes one too), done once per event
 * ({@link Reactions}); a form decided already (the workstation posted its outcome) stays
 * as decided.
 */
@Component
class RegisteredForms {

	/** The reaction's name ({@link Reactions}). */
	static final String REACTION = "assist-form-outcome";

	static final Actor ACTOR = new Actor("assist", Set.of(Role.SUPERVISOR, Role.ADMIN), null);

	private static final Logger log = LoggerFactory.getLogger(RegisteredForms.class);

	private final FormProposals proposals;

	private final Calls calls;

	private final WorkOrders orders;

	private final Reactions reactions;

	RegisteredForms(FormProposals proposals, Calls calls, WorkOrders orders, Reactions reactions) {
		this.proposals = proposals;
		this.calls = calls;
		this.orders = orders;
		this.reactions = reactions;
	}

	// only CALL_LINKED: an order registered with its call writes that entry too
	// (cti.OrderLinks), and the registrations without a call — almost all of an intake's
	// —
	// then cost no publication, no reaction row and no reads
	@ApplicationModuleListener(id = REACTION, condition = "#event.type().name() == 'CALL_LINKED'")
	void on(OrderEvent event) {
		if (!this.reactions.firstTime(REACTION, event.eventId())) {
			return;
		}
		try {
			WorkOrder order = this.orders.find(event.orderId(), ACTOR);
			for (Call call : this.calls.ofOrder(event.orderId().value(), ACTOR)) {
				this.proposals.registered(call.callId(), order)
					.ifPresent((form) -> log.debug("form {} decided by order {}", form, event.orderId().value()));
			}
		}
		catch (Problem ex) {
			log.debug("order {}: no form outcome: {}", event.orderId().value(), ex.getMessage());
		}
	}

}
