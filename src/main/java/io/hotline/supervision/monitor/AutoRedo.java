package io.hotline.supervision.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.platform.AuditTrail;
import io.hotline.workorder.Deadlines;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 自动重办: once a callback reopened an order because the caller was dissatisfied, the
 * platform dispatches it back to the same main unit and co-units, with a note in its
 * timeline; the redo is to be signed within 4 working hours and done within the
 * DISSATISFIED monitor's case days. It waits {@code hotline.supervision.redo-after} (10
 * minutes) after the reopening, at the monitors' next run, so that a dispatcher who sends
 * the order elsewhere at once (the contract's REOPENED → DISPATCHED) is not overtaken.
 * Off when that monitor's {@code autoRedo} is; an order reopened as unresolved but not
 * dissatisfied, or whose main unit is no longer active, stays with the dispatcher.
 */
@Component
class AutoRedo {

	static final io.hotline.platform.Fact NOTE = io.hotline.platform.Fact.of("note.auto-redo");

	private static final Logger log = LoggerFactory.getLogger(AutoRedo.class);

	private static final int SIGN_HOURS = 4;

	/** At most this many orders sent back a run; the next run does the rest. */
	static final int MOST = 200;

	private final WorkOrders orders;

	private final Monitors monitors;

	private final Organisation organisation;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final TransactionTemplate separately;

	private final JdbcClient jdbc;

	private final Duration after;

	AutoRedo(WorkOrders orders, Monitors monitors, Organisation organisation, WorkingCalendar calendar,
			AuditTrail audit, PlatformTransactionManager transactions, JdbcClient jdbc,
			@Value("${hotline.supervision.redo-after:PT10M}") Duration after) {
		this.jdbc = jdbc;
		this.after = after;
		this.orders = orders;
		this.monitors = monitors;
		this.organisation = organisation;
		this.calendar = calendar;
		this.audit = audit;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Sends back the dissatisfied orders of the scope reopened at least the wait ago (at
	 * most {@value #MOST} a run); returns how many.
	 */
	int due(Scope scope, Instant now) {
		if (!this.monitors.of(MonitorKind.DISSATISFIED).autoRedo()) {
			return 0;
		}
		List<Object> params = new ArrayList<>(scope.params());
		params.add(Timestamp.from(now.minus(this.after)));
		List<Long> due = this.jdbc.sql("""
				select o.id from work_order o
				where o.status = 'REOPENED' and o.satisfaction = 'DISSATISFIED' and %s
				    and (select max(e.at) from work_order_event e where e.order_id = o.id and e.type = 'REOPENED') <= ?
				order by o.id limit %d""".formatted(scope.orders(), MOST)).params(params).query(Long.class).list();
		int done = 0;
		for (Long id : due) {
			try {
				done += this.separately.execute((tx) -> redo(new WorkOrderId(id))) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("order {} was not sent back for redo; the dispatcher will", id, ex);
			}
		}
		return done;
	}

	private boolean redo(WorkOrderId id) {
		Monitor m = this.monitors.of(MonitorKind.DISSATISFIED);
		Actor system = Actor.system();
		WorkOrder order = this.orders.find(id, system);
		if (!m.autoRedo() || order.status() != Status.REOPENED
				|| order.snapshot().satisfaction() != Satisfaction.DISSATISFIED || order.mainUnitId() == null) {
			return false;
		}
		List<UnitId> units = new ArrayList<>(List.of(order.mainUnitId()));
		units.addAll(order.coUnitIds());
		List<UnitId> active = this.organisation.activeUnits(units).stream().map(HandlingUnit::id).toList();
		if (!active.contains(order.mainUnitId())) {
			this.audit.record(system.username(), "SUPERVISION_AUTO_REDO", "order " + id.value(), "SKIPPED",
					"main unit " + order.mainUnitId().value() + " inactive");
			return false;
		}
		List<UnitId> coUnits = units.subList(1, units.size()).stream().filter(active::contains).toList();
		Instant now = this.orders.now();
		Deadlines deadlines = new Deadlines(this.calendar.addWorkingHours(now, SIGN_HOURS),
				this.calendar.addWorkingDays(now, m.caseDays()));
		this.orders.change(id, order.version(), system,
				(o) -> o.dispatchNoting(system.username(), order.mainUnitId(), coUnits, deadlines, NOTE, now));
		this.audit.record(system.username(), "SUPERVISION_AUTO_REDO", "order " + id.value(), "OK",
				"main unit " + order.mainUnitId().value() + ", co-units " + coUnits);
		return true;
	}

}
