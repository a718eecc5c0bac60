package io.hotline.dispatch;

import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;
import io.hotline.platform.Problem;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderChanged;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 自动派单: a newly registered order whose first suggestion reaches its category's threshold
 * is dispatched to that unit by {@code auto-dispatch}, after the registration committed,
 * on a thread of its own. A plain listener, not a transactional one, so that intake pays
 * nothing (no event publication row) while no threshold is set; an order changed
 * meanwhile (finished by the agent, dispatched by hand) is left as it is.
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

	private final Worker worker;

	AutoDispatch(DispatchModels models, DispatchThresholds thresholds, DispatchSuggestions suggestions,
			Dispatching dispatching, WorkOrders orders, SuggestionLog suggestionLog, Workers workers) {
		this.worker = workers.create("auto-dispatch", 10_000);
		this.models = models;
		this.thresholds = thresholds;
		this.suggestions = suggestions;
		this.dispatching = dispatching;
		this.orders = orders;
		this.suggestionLog = suggestionLog;
	}

	@EventListener
	void on(WorkOrderChanged changed) {
		if (changed.status() != Status.REGISTERED || !this.thresholds.any() || this.models.active().isEmpty()) {
			return;
		}
		this.worker.afterCommit(() -> attempt(changed.id()));
	}

	/**
	 * Dispatches the order if its first suggestion reaches the threshold; true if it did.
	 */
	boolean attempt(WorkOrderId id) {
		try {
			DispatchModel model = this.models.active().orElse(null);
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
