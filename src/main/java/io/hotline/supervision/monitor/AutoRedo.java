package io.hotline.supervision.monitor;

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
import io.hotline.workorder.WorkOrderChanged;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 自动重办: once a callback reopened an order because the caller was dissatisfied, the
 * platform dispatches it back to the same main unit and co-units at once, with a note in
 * its timeline; the redo is to be signed within 4 working hours and done within the
 * DISSATISFIED monitor's case days. Off when that monitor's {@code autoRedo} is; an order
 * reopened as unresolved but not dissatisfied, or whose main unit is no longer active,
 * stays with the dispatcher.
 */
@Component
class AutoRedo {

	static final String NOTE = "回访不满意，自动派回原承办单位重办（智能督查）";

	private static final Logger log = LoggerFactory.getLogger(AutoRedo.class);

	private static final int SIGN_HOURS = 4;

	private final WorkOrders orders;

	private final Monitors monitors;

	private final Organisation organisation;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final TransactionTemplate separately;

	AutoRedo(WorkOrders orders, Monitors monitors, Organisation organisation, WorkingCalendar calendar,
			AuditTrail audit, PlatformTransactionManager transactions) {
		this.orders = orders;
		this.monitors = monitors;
		this.organisation = organisation;
		this.calendar = calendar;
		this.audit = audit;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void reopened(WorkOrderChanged changed) {
		if (changed.status() != Status.REOPENED) {
			return;
		}
		try {
			this.separately.executeWithoutResult((tx) -> redo(changed));
		}
		catch (RuntimeException ex) {
			log.warn("order {} was not sent back for redo; the dispatcher will", changed.number(), ex);
		}
	}

	private void redo(WorkOrderChanged changed) {
		Monitor m = this.monitors.of(MonitorKind.DISSATISFIED);
		Actor system = Actor.system();
		WorkOrder order = this.orders.find(changed.id(), system);
		if (!m.autoRedo() || order.status() != Status.REOPENED
				|| order.snapshot().satisfaction() != Satisfaction.DISSATISFIED || order.mainUnitId() == null) {
			return;
		}
		List<UnitId> units = new ArrayList<>(List.of(order.mainUnitId()));
		units.addAll(order.coUnitIds());
		List<UnitId> active = this.organisation.activeUnits(units).stream().map(HandlingUnit::id).toList();
		if (!active.contains(order.mainUnitId())) {
			this.audit.record(system.username(), "SUPERVISION_AUTO_REDO", "order " + changed.id().value(), "SKIPPED",
					"main unit " + order.mainUnitId().value() + " inactive");
			return;
		}
		List<UnitId> coUnits = units.subList(1, units.size()).stream().filter(active::contains).toList();
		Instant now = this.orders.now();
		Deadlines deadlines = new Deadlines(this.calendar.addWorkingHours(now, SIGN_HOURS),
				this.calendar.addWorkingDays(now, m.caseDays()));
		this.orders.change(changed.id(), order.version(), system,
				(o) -> o.dispatch(system.username(), order.mainUnitId(), coUnits, deadlines, NOTE, now));
		this.audit.record(system.username(), "SUPERVISION_AUTO_REDO", "order " + changed.id().value(), "OK",
				"main unit " + order.mainUnitId().value() + ", co-units " + coUnits);
	}

}
