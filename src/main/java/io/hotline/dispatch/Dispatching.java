package io.hotline.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;
import io.hotline.workorder.Registration;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Service;

/**
 * 派单: the first unit named is the main unit (主办), the others co-handle (协办). Without
 * units, and only where the dispatcher asks for it, the order goes to its category's
 * default unit, or to the unit of the category's unit type responsible for the order's
 * location.
 */
@Service
public class Dispatching {

	private final WorkOrders orders;

	private final Organisation organisation;

	private final Catalog catalog;

	private final DeadlinePolicy deadlines;

	private final SuggestionLog suggestions;

	Dispatching(WorkOrders orders, Organisation organisation, Catalog catalog, DeadlinePolicy deadlines,
			SuggestionLog suggestions) {
		this.orders = orders;
		this.organisation = organisation;
		this.catalog = catalog;
		this.deadlines = deadlines;
		this.suggestions = suggestions;
	}

	public WorkOrder dispatch(WorkOrderId id, List<Long> unitIds, String note, Integer version, Actor actor) {
		return dispatch(id, unitIds, false, note, null, version, actor);
	}

	/**
	 * Dispatches to the units named, the main unit first; without units only where the
	 * dispatcher asks for the default unit ({@code defaultUnit}): a dispatch that names
	 * no unit is refused, never sent to a unit nobody chose.
	 */
	public WorkOrder dispatch(WorkOrderId id, List<Long> unitIds, boolean defaultUnit, String note, Integer version,
			Actor actor) {
		return dispatch(id, unitIds, defaultUnit, note, null, version, actor);
	}

	/**
	 * {@link #dispatch} by the platform itself, to the units it names, its note a fact.
	 */
	WorkOrder dispatch(WorkOrderId id, List<Long> unitIds, io.hotline.platform.Fact note, Integer version,
			Actor actor) {
		return dispatch(id, unitIds, false, null, note, version, actor);
	}

	private WorkOrder dispatch(WorkOrderId id, List<Long> unitIds, boolean defaultUnit, String note,
			io.hotline.platform.Fact fact, Integer version, Actor actor) {
		actor.requireAny(Role.DISPATCHER);
		boolean named = unitIds != null && !unitIds.isEmpty();
		if (!named && !defaultUnit) {
			throw Problem.invalid("dispatch.main-unit-required");
		}
		WorkOrder dispatched = this.orders.change(id, version, actor, (order) -> {
			List<UnitId> units = named ? checked(unitIds) : List.of(defaultUnit(order.registration()));
			if (fact != null) {
				order.dispatchNoting(actor.username(), units.get(0), units.subList(1, units.size()),
						this.deadlines.deadlines(order.registration(), this.orders.now()), fact, this.orders.now());
			}
			else {
				order.dispatch(actor.username(), units.get(0), units.subList(1, units.size()),
						this.deadlines.deadlines(order.registration(), this.orders.now()), note, this.orders.now());
			}
		});
		this.suggestions.decided(id, dispatched.mainUnitId(), actor.username(), this.orders.now());
		return dispatched;
	}

	/** The unit an order goes to when the dispatcher names none. */
	public Optional<HandlingUnit> defaultUnit(String categoryCode, String divisionCode) {
		return Optional.ofNullable(categoryCode)
			.flatMap(this.catalog::category)
			.flatMap((category) -> defaultUnit(category, divisionCode));
	}

	Optional<HandlingUnit> defaultUnit(Category category, String divisionCode) {
		if (category.defaultUnitId() != null) {
			// a deactivated default unit receives nothing: the dispatcher then names the
			// unit
			return this.organisation.activeUnits(List.of(category.defaultUnitId())).stream().findFirst();
		}
		return Optional.ofNullable(category.defaultUnitType())
			.flatMap((type) -> this.organisation.responsibleUnit(type, divisionCode));
	}

	private UnitId defaultUnit(Registration registration) {
		return defaultUnit(registration.categoryCode(), registration.location().finest()).map(HandlingUnit::id)
			.orElseThrow(() -> Problem.invalid("dispatch.no-default-unit"));
	}

	private List<UnitId> checked(List<Long> unitIds) {
		if (unitIds.stream().anyMatch((unit) -> unit == null)) {
			throw Problem.invalid("dispatch.null-unit");
		}
		Set<Long> distinct = new LinkedHashSet<>(unitIds);
		if (distinct.size() != unitIds.size()) {
			throw Problem.invalid("dispatch.unit-twice", unitIds);
		}
		List<UnitId> units = new ArrayList<>(distinct.stream().map(UnitId::new).toList());
		Set<UnitId> active = this.organisation.activeUnits(units)
			.stream()
			.map(HandlingUnit::id)
			.collect(Collectors.toSet());
		List<Long> unknown = units.stream().filter((u) -> !active.contains(u)).map(UnitId::value).toList();
		if (!unknown.isEmpty()) {
			throw Problem.invalid("dispatch.inactive-units", unknown);
		}
		return units;
	}

}
