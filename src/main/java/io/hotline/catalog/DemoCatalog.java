package io.hotline.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.hotline.catalog.LabelSystem.Label;
import io.hotline.catalog.RoutingRules.Route;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo's category catalog on first start: the real three-level label system of
 * the 2020 Teddy Cup 12345 data when the build found it (it is not ours to commit),
 * otherwise a small built-in one, routed by {@code catalog/demo-routing.csv}. Units come
 * from the demo organisation by code; a category whose unit is missing stays unrouted.
 */
@Component
@Profile("!task")
@Order(StartupOrder.CATALOG)
class DemoCatalog implements ApplicationRunner {

	static final String REAL_LABELS = "catalog/attachment1_labels.csv";

	static final String FALLBACK_LABELS = "catalog/fallback-labels.csv";

	static final String ROUTING = "catalog/demo-routing.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final CategoryRows rows;

	private final Organisation organisation;

	private final HotlineProperties properties;

	private final AuditTrail audit;

	DemoCatalog(CategoryRows rows, Organisation organisation, HotlineProperties properties, AuditTrail audit) {
		this.rows = rows;
		this.organisation = organisation;
		this.properties = properties;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.demo().enabled() || !this.rows.isEmpty()) {
			return;
		}
		Resource labels = new ClassPathResource(REAL_LABELS);
		if (!labels.exists()) {
			labels = new ClassPathResource(FALLBACK_LABELS);
		}
		Map<String, Optional<UnitId>> units = new ConcurrentHashMap<>();
		List<Category> categories = plan(LabelSystem.parse(CatalogCsv.rows(labels)),
				RoutingRules.parse(CatalogCsv.rows(new ClassPathResource(ROUTING))),
				(code) -> units.computeIfAbsent(code, this::unitId).orElse(null));
		categories.forEach(this.rows::insert);
		List<String> missing = units.entrySet()
			.stream()
			.filter((unit) -> unit.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		if (!missing.isEmpty()) {
			log.warn("Demo catalog: no units {}; their categories are left without a default unit", missing);
		}
		this.audit.record("system", "catalog.seed-demo", labels.getFilename(), "OK", categories.size() + " categories");
		log.info("Demo catalog: {} categories from {}", categories.size(), labels.getFilename());
	}

	private Optional<UnitId> unitId(String code) {
		return this.organisation.unitByCode(code).map(HandlingUnit::id);
	}

	/** The categories of the label system with their routes, the unit codes resolved. */
	static List<Category> plan(List<Label> labels, RoutingRules rules, Function<String, UnitId> units) {
		return labels.stream().map((label) -> {
			Route route = rules.route(label.names());
			UnitId unit = route.unitCode() == null ? null : units.apply(route.unitCode());
			return new Category(label.code(), label.name(), label.level(), label.parentCode(), label.pathName(),
					route.consultation(), unit, route.unitType(), TimeLimits.of(route.normalDays()));
		}).toList();
	}

}
