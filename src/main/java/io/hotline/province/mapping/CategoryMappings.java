package io.hotline.province.mapping;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;
import io.hotline.province.ProvincialNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分类映射: on a provincial platform, each city category's standard category. The suggester
 * proposes one when a city's catalog arrives or changes, or when asked; an administrator
 * or a supervisor confirms it, chooses another, or decides that none corresponds;
 * analysts read. A city node has none of it (its {@code /api/province/**} answers 404).
 */
@Conditional(ProvincialNode.class)
@Service
public class CategoryMappings {

	/** The latest orders of a category whose titles the suggester reads. */
	static final int ORDERS_READ = 20;

	private static final Logger log = LoggerFactory.getLogger(CategoryMappings.class);

	private final MappingStore store;

	private final StandardCatalog standard;

	private final AuditTrail audit;

	private final Clock clock;

	private final Workers workers;

	private final Worker worker;

	CategoryMappings(MappingStore store, StandardCatalog standard, AuditTrail audit, Clock clock, Workers workers) {
		this.store = store;
		this.standard = standard;
		this.audit = audit;
		this.clock = clock;
		this.workers = workers;
		this.worker = workers.create("category-mapping", 100);
	}

	/** At start, suggests for the cities whose categories have never had a suggestion. */
	@EventListener(ApplicationStartedEvent.class)
	void started() {
		this.workers.atStart(this.worker, () -> this.store.citiesNotSuggested().forEach(this::suggestNow));
	}

	/**
	 * For the transport: a city's catalog arrived or changed (committed); its categories
	 * are suggested again in the background, decisions kept.
	 */
	public void catalogArrived(String city) {
		this.worker.execute(() -> suggestNow(city));
	}

	/**
	 * Suggests a standard category for every category of the city a person has not
	 * decided; returns how many categories got one.
	 */
	public int suggest(String city, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (this.store.categories(city).isEmpty()) {
			throw Problem.notFound("mapping.unknown-city", city);
		}
		int found = suggestNow(city);
		this.audit.record(actor.username(), "category-mapping.suggest", "city:" + city, "OK", found + " suggested");
		return found;
	}

	/**
	 * A person's decision: the city category means the standard category, or (null) has
	 * no standard counterpart.
	 */
	@Transactional
	public MappingRow confirm(String city, String cityCode, String standardCode, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (this.store.category(city, cityCode).isEmpty()) {
			throw Problem.invalid("mapping.unknown-city-category", city, cityCode);
		}
		String code = (standardCode == null || standardCode.isBlank()) ? null : standardCode.strip();
		if (code != null && !this.standard.knows(code)) {
			throw Problem.invalid("mapping.unknown-standard", code);
		}
		this.store.decided(city, cityCode, code, actor.username(), this.clock.instant());
		this.audit.record(actor.username(), "category-mapping.confirm", "category-mapping:" + city + "/" + cityCode,
				"OK", code == null ? "无对应标准分类" : code + " " + this.standard.pathName(code));
		return row(this.store.row(city, cityCode).orElseThrow());
	}

	/** A page of the mappings, with the number of rows of the whole list. */
	public Page page(MappingFilter filter, ListParameters list, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		MappingStore.Page page = this.store.page(filter, list);
		List<MappingRow> rows = page.rows().stream().map(this::row).toList();
		return new Page(rows, page.total(), list.offset(), list.limit());
	}

	private MappingRow row(MappingStore.Stored r) {
		return new MappingRow(r.city(), r.cityCode(), r.cityName(), r.cityPath(), r.active(), r.orders(),
				r.suggestedCode(), this.standard.pathName(r.suggestedCode()), r.confidence(), r.standardCode(),
				this.standard.pathName(r.standardCode()), r.state(), r.decidedBy(), r.decidedAt());
	}

	/** Each city's coverage: its categories by state and its orders mapped. */
	public List<Coverage> coverage(Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		return this.store.coverage();
	}

	/** The sort keys of the list. */
	public static java.util.Set<String> sorts() {
		return MappingStore.SORTS.keySet();
	}

	/** Waits for the suggestions asked so far (for tests). */
	void settle() {
		this.worker.settle(Duration.ofSeconds(120));
	}

	private int suggestNow(String city) {
		List<CityCategory> categories = this.store.categories(city);
		if (categories.isEmpty()) {
			return 0;
		}
		long started = System.nanoTime();
		Map<String, List<String>> titles = this.store.titles(city, ORDERS_READ);
		List<Suggestion> suggestions = this.standard.suggester().suggest(categories, titles);
		java.time.Instant at = this.clock.instant();
		suggestions.forEach((suggestion) -> this.store.suggested(city, suggestion, at));
		int found = (int) suggestions.stream().filter(Suggestion::found).count();
		log.info("Category mapping of city {}: {} of {} categories suggested in {} ms", city, found, categories.size(),
				(System.nanoTime() - started) / 1_000_000);
		return found;
	}

	/** A page of the list. */
	public record Page(List<MappingRow> rows, long total, int offset, int limit) {

	}

}
