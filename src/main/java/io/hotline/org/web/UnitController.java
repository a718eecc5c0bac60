package io.hotline.org.web;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitChange;
import io.hotline.org.UnitId;
import io.hotline.org.UnitRegistration;
import io.hotline.org.UnitType;
import io.hotline.platform.Problem;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 承办单位 tree: anyone signed in reads it, an administrator extends and changes it.
 */
@RestController
@RequestMapping("/api/units")
class UnitController {

	private final Organisation organisation;

	private final UnitRegistration registration;

	UnitController(Organisation organisation, UnitRegistration registration) {
		this.organisation = organisation;
		this.registration = registration;
	}

	/**
	 * The active units in the contract's shape; {@code all=true} (administrators only)
	 * lists the inactive ones too, each with {@code active}.
	 */
	@GetMapping
	List<?> units(@RequestParam(defaultValue = "false") boolean all, Actor actor) {
		if (!all) {
			return this.organisation.units().stream().map(UnitView::of).toList();
		}
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("unit.admin-only");
		}
		return this.organisation.allUnits().stream().map(ManagedUnit::of).toList();
	}

	@GetMapping("/{id}")
	UnitView unit(@PathVariable long id) {
		return this.organisation.unit(new UnitId(id))
			.map(UnitView::of)
			.orElseThrow(() -> Problem.notFound("unit.not-found", id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UnitView create(@RequestBody NewUnit unit, Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("unit.admin-only");
		}
		return UnitView.of(this.registration.register(actor, unit.code(), unit.name(), unit.type(), unit.parentId(),
				unit.divisionCodes()));
	}

	/**
	 * Changes a unit: {@code name}, {@code parentId} (null: a root), {@code active},
	 * {@code divisionCodes}; a field left out stays as it is.
	 */
	@PutMapping("/{id}")
	ManagedUnit update(@PathVariable long id, @RequestBody(required = false) JsonNode body, Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("unit.admin-only");
		}
		Fields fields = Fields.of(body);
		UnitChange change = new UnitChange(fields.text("name"), fields.given("parentId"), fields.number("parentId"),
				fields.yesNo("active"), fields.texts("divisionCodes"));
		this.registration.update(actor, new UnitId(id), change);
		return this.organisation.listing(new UnitId(id)).map(ManagedUnit::of).orElseThrow();
	}

	/** A unit as an administrator sees it: whether it is active too. */
	record ManagedUnit(long id, String code, String name, UnitType type, Long parentId, boolean active) {

		static ManagedUnit of(Organisation.Listing listing) {
			UnitView unit = UnitView.of(listing.unit());
			return new ManagedUnit(unit.id(), unit.code(), unit.name(), unit.type(), unit.parentId(), listing.active());
		}

	}

	/** The contract's shape of a unit: plain numbers for ids. */
	record UnitView(long id, String code, String name, UnitType type, Long parentId) {

		static UnitView of(HandlingUnit unit) {
			return new UnitView(unit.id().value(), unit.code(), unit.name(), unit.type(),
					(unit.parentId() != null) ? unit.parentId().value() : null);
		}

	}

	/**
	 * The type is taken as text so that an unknown one is refused with the list of known
	 * ones.
	 */
	record NewUnit(String code, String name, String type, Long parentId, List<String> divisionCodes) {

	}

}
