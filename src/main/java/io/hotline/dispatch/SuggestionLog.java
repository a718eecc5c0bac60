package io.hotline.dispatch;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import io.hotline.dispatch.DispatchAdvice.Suggestion;
import io.hotline.org.UnitId;
import io.hotline.workorder.WorkOrderId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first suggestion shown for an order (the latest, if shown again) and what became of
 * it: the unit the order was dispatched to, and whether that was the suggested one
 * (accepted) or another (overridden).
 */
@Component
class SuggestionLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	SuggestionLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void shown(WorkOrderId order, DispatchAdvice advice) {
		if (!advice.suggestions().isEmpty()) {
			upsert(order, advice, false, this.clock.instant());
		}
	}

	/** The order went to the first suggestion without a dispatcher. */
	void applied(WorkOrderId order, DispatchAdvice advice, String actor, Instant at) {
		upsert(order, advice, true, at);
		decided(order, new UnitId(advice.suggestions().get(0).unitId()), actor, at);
	}

	/**
	 * The order was dispatched: records the suggestion shown before, if any, as taken or
	 * not.
	 */
	void decided(WorkOrderId order, UnitId chosen, String actor, Instant at) {
		this.jdbc.sql("""
				update dispatch_suggestion set chosen_unit_id = ?, accepted = (unit_id = ?), decided_by = ?,
				       decided_at = ?
				where order_id = ? and decided_at is null""")
			.params(chosen.value(), chosen.value(), actor, Timestamp.from(at), order.value())
			.update();
	}

	private void upsert(WorkOrderId order, DispatchAdvice advice, boolean automatic, Instant at) {
		Suggestion first = advice.suggestions().get(0);
		this.jdbc.sql("""
				insert into dispatch_suggestion (order_id, model_version, category_code, unit_id, probability,
				                                 suggested_at, automatic)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (order_id) do update
				set model_version = excluded.model_version, category_code = excluded.category_code,
				    unit_id = excluded.unit_id, probability = excluded.probability,
				    suggested_at = excluded.suggested_at, automatic = excluded.automatic, chosen_unit_id = null,
				    accepted = null, decided_by = null, decided_at = null""")
			.params(order.value(), advice.modelVersion(), first.categoryCode(), first.unitId(),
					BigDecimal.valueOf(first.probability()), Timestamp.from(at), automatic)
			.update();
	}

}
