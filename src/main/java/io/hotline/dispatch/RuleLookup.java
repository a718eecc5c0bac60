package io.hotline.dispatch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;

/**
 * The catalog's routing rule (the unit an order goes to without a dispatcher) for many
 * orders at once: each category read once, each unit type's responsible unit looked up
 * once per division. For one training or one suggestion, not longer: the organisation
 * changes.
 */
final class RuleLookup implements BiFunction<String, String, Long> {

	private final Catalog catalog;

	private final Dispatching dispatching;

	private final Map<String, Optional<Category>> categories = new HashMap<>();

	private final Map<String, Optional<Long>> units = new HashMap<>();

	RuleLookup(Catalog catalog, Dispatching dispatching) {
		this.catalog = catalog;
		this.dispatching = dispatching;
	}

	@Override
	public Long apply(String categoryCode, String division) {
		Category category = this.categories.computeIfAbsent(categoryCode, this.catalog::category).orElse(null);
		if (category == null) {
			return null;
		}
		String rule = category.defaultUnitId() != null ? "unit:" + category.defaultUnitId().value()
				: "type:" + category.defaultUnitType() + "|" + division;
		return this.units
			.computeIfAbsent(rule,
					(key) -> this.dispatching.defaultUnit(category, division).map((unit) -> unit.id().value()))
			.orElse(null);
	}

}
