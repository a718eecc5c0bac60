package io.hotline.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;

import io.hotline.org.Actor;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work-order API of the other modules: registers orders and applies one transition at
 * a time, each in its own transaction with the timeline entries it wrote; an order a user
 * may not see is unknown to them.
 */
@Service
public class WorkOrders {

	private final WorkOrderRepository repository;

	private final Organisation organisation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkOrders(WorkOrderRepository repository, Organisation organisation, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.organisation = organisation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Now, to the microsecond that PostgreSQL keeps, so that a reloaded order reads as it
	 * was written.
	 */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Registers (受理) a new order; a request id seen before answers the order it created,
	 * never a second one.
	 */
	@Transactional
	public WorkOrder register(Registration registration) {
		WorkOrder order = WorkOrder.register(registration, registration.createdBy());
		if (registration.requestId() == null) {
			return published(this.repository.insert(order).orElseThrow());
		}
		return this.repository.insert(order)
			.map(this::published)
			.or(() -> this.repository.findByRequestId(registration.requestId()))
			.orElseThrow();
	}

	/** The order, if the actor may see it. */
	@Transactional(readOnly = true)
	public WorkOrder find(WorkOrderId id, Actor actor) {
		return this.repository.find(id)
			.filter((order) -> visible(order, actor))
			.orElseThrow(() -> Problem.notFound("order.not-found", id.value()));
	}

	/**
	 * Applies one transition to the order the actor sees, refusing it when the order
	 * changed since the actor read {@code expectedVersion} (if given) or meanwhile.
	 */
	@Transactional
	public WorkOrder change(WorkOrderId id, Integer expectedVersion, Actor actor, Consumer<WorkOrder> transition) {
		WorkOrder order = find(id, actor);
		if (expectedVersion != null && expectedVersion != order.version()) {
			throw Problem.conflict("order.stale", order.number(), order.version(), expectedVersion);
		}
		transition.accept(order);
		this.repository.update(order);
		return published(order);
	}

	/**
	 * 督办 by one of the platform's own checks (a repeat complaint, a risk, a monitor's
	 * case): the open order is marked supervised, with its timeline entry, under a lock
	 * of its row but without a new version, so that nobody working on the order meanwhile
	 * is refused for it. Answers whether it was marked (not where it is closed or gone).
	 */
	@Transactional
	public boolean mark(WorkOrderId id, String actor, io.hotline.platform.Fact note) {
		return mark(id, actor, note.written(), note);
	}

	/**
	 * {@link #mark(WorkOrderId, String, io.hotline.platform.Fact)} with a Chinese note of
	 * its own (more detailed than the fact's sentence).
	 */
	@Transactional
	public boolean mark(WorkOrderId id, String actor, String written, io.hotline.platform.Fact note) {
		if (!this.repository.lock(id)) {
			return false;
		}
		WorkOrder order = this.repository.find(id).orElseThrow();
		if (!order.status().open()) {
			return false;
		}
		order.supervise(actor, written, note, now());
		this.repository.annotate(order);
		published(order);
		return true;
	}

	/**
	 * Whether the actor's unit is the order's main unit or a co-unit, or is above one of
	 * them.
	 */
	public boolean actsForMainUnit(WorkOrder order, Actor actor) {
		return actor.has(Role.ADMIN) || (order.mainUnitId() != null && unitsOf(actor).contains(order.mainUnitId()));
	}

	/** The co-unit of the order that the actor acts for, if any. */
	public UnitId coUnitOf(WorkOrder order, Actor actor) {
		Set<UnitId> units = unitsOf(actor);
		return order.coUnitIds().stream().filter(units::contains).findFirst().orElse(null);
	}

	/** The units whose orders the actor sees: their own and every unit below it. */
	public Set<UnitId> unitsOf(Actor actor) {
		return actor.unitId() == null ? Set.of() : this.organisation.subtree(actor.unitId());
	}

	private boolean visible(WorkOrder order, Actor actor) {
		if (actor.seesAllUnits()) {
			return true;
		}
		Set<UnitId> units = unitsOf(actor);
		return (order.mainUnitId() != null && units.contains(order.mainUnitId()))
				|| order.coUnitIds().stream().anyMatch(units::contains);
	}

	/**
	 * Publishes an {@link OrderEvent} for each timeline entry the change wrote, in its
	 * transaction: the event publication registry stores one publication per listener
	 * with the order.
	 */
	private WorkOrder published(WorkOrder order) {
		order.takeEvents().forEach(this.events::publishEvent);
		return order;
	}

}
