package io.hotline.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an administrator adds and changes handling units: the input is checked here so that
 * the refusal names what is wrong, and the change is audited in the same transaction.
 */
@Service
public class UnitRegistration {

	private final Organisation organisation;

	private final Divisions divisions;

	private final AuditTrail audit;

	UnitRegistration(Organisation organisation, Divisions divisions, AuditTrail audit) {
		this.organisation = organisation;
		this.divisions = divisions;
		this.audit = audit;
	}

	/**
	 * Adds a unit under its parent (none: a root).
	 * @param type the name of a {@link UnitType}
	 * @param divisionCodes the divisions the unit is responsible for, if any
	 */
	@Transactional
	public HandlingUnit register(Actor actor, String code, String name, String type, Long parentId,
			Collection<String> divisionCodes) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("unit.admin-only");
		}
		if (code == null || code.isBlank()) {
			throw Problem.invalid("request.required", "code");
		}
		if (code.trim().length() > 64) {
			throw Problem.invalid("request.too-long", "code", 64);
		}
		if (name == null || name.isBlank()) {
			throw Problem.invalid("request.required", "name");
		}
		UnitType unitType = unitType(type);
		UnitId parent = null;
		if (parentId != null) {
			parent = this.organisation.unit(new UnitId(parentId))
				.map(HandlingUnit::id)
				.orElseThrow(() -> Problem.invalid("unit.unknown-parent", parentId));
		}
		String unitCode = code.trim();
		if (this.organisation.unitByCode(unitCode).isPresent()) {
			throw Problem.invalid("unit.code-taken", unitCode);
		}
		Set<String> responsibleFor = divisions(divisionCodes);
		HandlingUnit unit = this.organisation.create(unitCode, name.trim(), unitType, parent, responsibleFor);
		this.audit.record(actor.username(), "unit.create", "unit:" + unit.id().value(), "OK",
				unitCode + " " + unit.name() + " " + unitType + (responsibleFor.isEmpty() ? "" : " " + responsibleFor));
		return unit;
	}

	/**
	 * Changes a unit's name, parent, standing or divisions; its code and type stay. A
	 * unit cannot move under itself or below itself, an inactive unit takes no active
	 * sub-units, and a unit with active sub-units stays active.
	 */
	@Transactional
	public HandlingUnit update(Actor actor, UnitId id, UnitChange change) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("unit.admin-only");
		}
		if (change.moves()) {
			this.organisation.lockTree();
		}
		Organisation.Listing current = this.organisation.listing(id)
			.orElseThrow(() -> Problem.notFound("unit.not-found", id.value()));
		List<String> changes = new ArrayList<>();
		if (change.name() != null) {
			if (change.name().isBlank()) {
				throw Problem.invalid("request.required", "name");
			}
			if (!change.name().trim().equals(current.unit().name())) {
				this.organisation.rename(id, change.name().trim());
				changes.add("name " + change.name().trim());
			}
		}
		boolean active = (change.active() != null) ? change.active() : current.active();
		UnitId parent = current.unit().parentId();
		if (change.moves()) {
			parent = newParent(id, change.parentId());
		}
		if (active && parent != null && !this.organisation.listing(parent).orElseThrow().active()) {
			throw Problem.invalid("unit.inactive-parent", parent.value());
		}
		if (!active && current.active() && this.organisation.hasActiveDescendants(id)) {
			throw Problem.invalid("unit.active-children", id.value());
		}
		if (!Objects.equals(parent, current.unit().parentId())) {
			this.organisation.move(id, parent);
			changes.add("parent " + ((parent != null) ? parent.value() : "none"));
		}
		if (active != current.active()) {
			this.organisation.activate(id, active);
			changes.add(active ? "activated" : "deactivated");
		}
		if (change.divisionCodes() != null) {
			Set<String> responsibleFor = divisions(change.divisionCodes());
			if (!responsibleFor.equals(this.organisation.divisions(id))) {
				this.organisation.replaceDivisions(id, responsibleFor);
				changes.add("divisions " + responsibleFor);
			}
		}
		if (!changes.isEmpty()) {
			this.audit.record(actor.username(), "unit.update", "unit:" + id.value(), "OK", String.join(", ", changes));
		}
		return this.organisation.unit(id).orElseThrow();
	}

	private UnitId newParent(UnitId id, Long parentId) {
		if (parentId == null) {
			return null;
		}
		UnitId parent = this.organisation.unit(new UnitId(parentId))
			.map(HandlingUnit::id)
			.orElseThrow(() -> Problem.invalid("unit.unknown-parent", parentId));
		if (this.organisation.subtree(id).contains(parent)) {
			throw Problem.invalid("unit.move-into-own-subtree", parentId, id.value());
		}
		return parent;
	}

	private static UnitType unitType(String type) {
		if (type == null || type.isBlank()) {
			throw Problem.invalid("unit.type-required", List.of(UnitType.values()));
		}
		try {
			return UnitType.valueOf(type.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("unit.unknown-type", type, List.of(UnitType.values()));
		}
	}

	private Set<String> divisions(Collection<String> codes) {
		Set<String> known = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : (codes != null) ? codes : List.<String>of()) {
			String trimmed = (code != null) ? code.trim() : "";
			if (this.divisions.division(trimmed).isPresent()) {
				known.add(trimmed);
			}
			else {
				unknown.add(code);
			}
		}
		if (!unknown.isEmpty()) {
			throw Problem.invalid("unit.unknown-divisions", unknown);
		}
		return known;
	}

}
