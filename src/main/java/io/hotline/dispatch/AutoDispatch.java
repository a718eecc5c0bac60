package io.hotline.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.platform.Reactions;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * 自动派单: a newly registered order whose first suggestion reaches its category's threshold
 * is dispatched to that unit by {@code auto-dispatch}, after the registration committed:
 * a durable listener of {@link OrderEvent}s of kind REGISTERED, asked only while a
 * threshold is set and a model active (otherwise intake writes no publication for it).
 * Idempotent by nature: only a REGISTERED order is dispatched, at the version it was read
 * with, so an event delivered again, or an order changed meanwhile (finished by the
 * agent, dispatched by hand), is left as it is. Each step has its own transaction (none
 * around the listener), so that a refused dispatch completes the event. An instance
 * serves before it has loaded the active model (at its start): its registrations are
 * still published for this listener, which waits for the load (up to {@link #MODEL_WAIT};
 * after that the event stays incomplete and is resubmitted).
 */
@Component
class AutoDispatch {

	static final Actor ACTOR = new Actor("auto-dispatch", Set.of(Role.DISPATCHER), null);

	private static final Logger log = LoggerFactory.getLogger(AutoDispatch.class);

	private final DispatchModels models;

	private final DispatchThresholds thresholds;

	private final DispatchSuggestions suggestions;

	private final Dispatching dispatching;

	private final WorkOrders orders;

	private final SuggestionLog suggestionLog;

	private final Reactions reactions;

	/** How long a reaction waits for the active model where it is not loaded here yet. */
	static final Duration MODEL_WAIT = Duration.ofSeconds(60);

	/** The reaction's name where it is interrupted ({@link Reactions}). */
	static final String REACTION = "auto-dispatch";

	AutoDispatch(DispatchModels models, DispatchThresholds thresholds, DispatchSuggestions suggestions,
			Dispatching dispatching, WorkOrders orders, SuggestionLog suggestionLog, Reactions reactions) {
		this.reactions = reactions;
		this.models = models;
		this.thresholds = thresholds;
		this.suggestions = suggestions;
		this.dispatching = dispatching;
		this.orders = orders;
		this.suggestionLog = suggestionLog;
	}

	@ApplicationModuleListener(id = REACTION, condition = "#event.registered() and @autoDispatch.wanted()",
			propagation = Propagation.NOT_SUPPORTED)
	void on(OrderEvent event) {
		this.reactions.beginning(REACTION, event.eventId());
		attempt(event.orderId());
	}

	/**
	 * Whether a new order may be dispatched automatically: a threshold set, a model
	 * active in the cluster (also where this instance has not loaded it yet).
	 */
	public boolean wanted() {
		return this.thresholds.any() && this.models.anyActive();
	}

	/**
	 * Dispatches the order if its first suggestion reaches the threshold; true if it did.
	 */
	boolean attempt(WorkOrderId id) {
		try {
			DispatchModel model = this.models.awaitActive(MODEL_WAIT).orElse(null);
			WorkOrder order = this.orders.find(id, ACTOR);
			if (model == null || order.status() != Status.REGISTERED) {
				return false;
			}
			DispatchAdvice advice = this.suggestions.advise(model, order, false);
			if (!advice.autoDispatch()) {
				return false;
			}
			DispatchAdvice.Suggestion first = advice.suggestions().get(0);
			this.dispatching
				.dispatch(id, List.of(first.unitId()),
						io.hotline.platform.Fact.of("note.auto-dispatch", first.unitName(),
								String.format("%.2f", first.probability()), advice.modelVersion()),
						order.version(), ACTOR);
			this.suggestionLog.applied(id, advice, ACTOR.username(), this.orders.now());
			return true;
		}
		catch (Problem ex) {
			log.debug("order {} not dispatched automatically: {}", id.value(), ex.getMessage());
			return false;
		}
	}

}
