package io.hotline.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.org.UnitType;

import org.springframework.stereotype.Component;

/**
 * The units and categories that imported rows name, looked up once per import and created
 * when missing (a Boston department, a Boston request type), so that history from another
 * hotline arrives with the organisation it was handled by.
 */
@Component
class HistoryReferences {

	private final Organisation organisation;

	private final Catalog catalog;

	private final Map<String, Optional<UnitId>> units = new ConcurrentHashMap<>();

	private final Map<String, Optional<Category>> categories = new ConcurrentHashMap<>();

	private UnitNames departmentNames = new UnitNames();

	HistoryReferences(Organisation organisation, Catalog catalog) {
		this.organisation = organisation;
		this.catalog = catalog;
	}

	Optional<UnitId> unit(String code) {
		return this.units.computeIfAbsent(code, (c) -> this.organisation.unitByCode(c).map(HandlingUnit::id));
	}

	/**
	 * The department with this code, created under the hotline centre when missing; the
	 * name the row gives it is counted, {@link #settleNames} names it after the import.
	 * Called by the import's reading thread only.
	 */
	UnitId department(String code, String name) {
		this.departmentNames.count(code, name);
		Optional<UnitId> known = unit(code);
		if (known.isPresent()) {
			return known.get();
		}
		UnitId center = unit("CENTER").orElse(null);
		UnitId created = this.organisation.create(code, name, UnitType.DEPARTMENT, center, java.util.Set.of()).id();
		this.units.put(code, Optional.of(created));
		this.departmentNames.created(code);
		return created;
	}

	/**
	 * Names the departments this import created (and, with {@code renameStored}, those
	 * stored before that its rows name) by the names their rows gave most often, none
	 * like another unit's; answers what the report should say.
	 */
	List<String> settleNames(boolean renameStored) {
		return this.departmentNames.settle(this.organisation, renameStored);
	}

	Optional<Category> category(String code) {
		return this.categories.computeIfAbsent(code, this.catalog::category);
	}

	/**
	 * The category with this code, created below its parent (none: level 1) when missing.
	 */
	String category(String code, String name, String parentCode) {
		if (category(code).isPresent()) {
			return code;
		}
		String plain = name.replace('/', '-').strip();
		Category created = this.catalog.create(
				new Category(code, plain.isEmpty() ? code : plain, 0, parentCode, null, false, null, null, null),
				Actor.system());
		this.categories.put(code, Optional.of(created));
		return code;
	}

	/** The level-1 category of this name (城乡建设, 环境保护...), if the catalog has one. */
	Optional<Category> levelOne(String name) {
		return this.categories.computeIfAbsent("name:" + name,
				(key) -> this.catalog.children(null).stream().filter((c) -> c.name().equals(name)).findFirst());
	}

	/** Forgets what it looked up: another import may run against changed data. */
	void forget() {
		this.units.clear();
		this.categories.clear();
		this.departmentNames = new UnitNames();
	}

}
