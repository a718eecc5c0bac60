package io.hotline.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.org.UnitType;

/**
 * The jurisdiction the demo's history happens in: its real streets with their street
 * offices, and the catalog's categories with the unit each routes to on a street.
 */
final class DemoWorld {

	private static final String[] ROADS = { "中山路", "解放路", "建设路", "人民路", "环市路", "东风路", "新港路", "广园路", "工业大道", "滨江路",
			"花园小区", "幸福社区" };

	private final Organisation organisation;

	private final List<Street> streets = new ArrayList<>();

	private final List<Topic> topics = new ArrayList<>();

	private final Map<String, Optional<UnitId>> responsible = new ConcurrentHashMap<>();

	DemoWorld(Organisation organisation, Divisions divisions, Catalog catalog, String jurisdiction) {
		this.organisation = organisation;
		for (Division street : divisions.atLevel(Division.STREET)) {
			Optional<UnitId> office = responsible(UnitType.STREET, street.code());
			if (street.code().startsWith(jurisdiction) && office.isPresent()) {
				Division district = divisions.division(street.parentCode()).orElse(street);
				this.streets.add(new Street(street, district, office.get()));
			}
		}
		for (Category top : catalog.children(null)) {
			addLeaves(catalog, top, top);
		}
	}

	boolean empty() {
		return this.streets.isEmpty() || this.topics.isEmpty();
	}

	Street street(Random random) {
		return this.streets.get(random.nextInt(this.streets.size()));
	}

	Topic topic(Random random) {
		return this.topics.get(random.nextInt(this.topics.size()));
	}

	/**
	 * The unit a category's orders on this street go to; the street office by default.
	 */
	UnitId unitFor(Topic topic, Street street) {
		Category category = topic.category();
		if (category.defaultUnitId() != null) {
			return category.defaultUnitId();
		}
		if (category.defaultUnitType() != null) {
			return responsible(category.defaultUnitType(), street.division().code()).orElse(street.office());
		}
		return street.office();
	}

	String address(Random random, Street street) {
		return street.district().name() + street.division().name() + ROADS[random.nextInt(ROADS.length)]
				+ (1 + random.nextInt(300)) + "号";
	}

	private Optional<UnitId> responsible(UnitType type, String code) {
		return this.responsible.computeIfAbsent(type + code,
				(key) -> this.organisation.responsibleUnit(type, code).map(HandlingUnit::id));
	}

	private void addLeaves(Catalog catalog, Category top, Category category) {
		List<Category> children = catalog.children(category.code());
		if (children.isEmpty()) {
			this.topics.add(new Topic(top.name(), category));
		}
		children.forEach((child) -> addLeaves(catalog, top, child));
	}

	record Street(Division division, Division district, UnitId office) {

	}

	/**
	 * A leaf category and the name of its level-1 category (the label of real messages).
	 */
	record Topic(String levelOne, Category category) {

	}

}
