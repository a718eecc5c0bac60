package io.hotline.org.web;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.org.UnitRegistration;
import io.hotline.org.UnitType;
import io.hotline.platform.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 承办单位 tree: anyone signed in reads it, an administrator extends it. */
@RestController
@RequestMapping("/api/units")
class UnitController {

	private final Organisation organisation;

	private final UnitRegistration registration;

	UnitController(Organisation organisation, UnitRegistration registration) {
		this.organisation = organisation;
		this.registration = registration;
	}

	@GetMapping
	List<UnitView> units() {
		return this.organisation.units().stream().map(UnitView::of).toList();
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
