package io.hotline.dispatch;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Per-category thresholds for automatic dispatch, set by administrators, with what a
 * threshold would do (the share of orders that would go automatically and how many of
 * those would be right) shown before it is saved. Kept in memory for the intake path, and
 * read again from the database every few seconds ({@link #follow()}), so that a threshold
 * set or removed on another instance of the cluster applies here too.
 */
@Service
public class DispatchThresholds {

	/** Below an even chance a suggestion is no decision: a dispatcher decides. */
	static final double LOWEST = 0.5;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final DispatchModels models;

	private final AuditTrail audit;

	private final Clock clock;

	private volatile Map<String, Double> thresholds;

	DispatchThresholds(JdbcClient jdbc, Catalog catalog, DispatchModels models, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.models = models;
		this.audit = audit;
		this.clock = clock;
	}

	public List<CategoryThreshold> list(Actor actor) {
		actor.requireAny(Role.ADMIN, Role.DISPATCHER, Role.SUPERVISOR);
		return this.jdbc.sql("select * from dispatch_threshold order by category_code")
			.query((rs, n) -> new CategoryThreshold(rs.getString("category_code"), name(rs.getString("category_code")),
					rs.getDouble("threshold"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * Sets a category's threshold, or removes it ({@code null}: no automatic dispatch).
	 */
	public Optional<CategoryThreshold> set(String categoryCode, Double threshold, Actor actor) {
		actor.requireAny(Role.ADMIN);
		Category category = category(categoryCode);
		if (threshold == null) {
			this.jdbc.sql("delete from dispatch_threshold where category_code = ?").param(category.code()).update();
		}
		else {
			check(threshold);
			this.jdbc
				.sql("""
						insert into dispatch_threshold (category_code, threshold, updated_by, updated_at) values (?, ?, ?, ?)
						on conflict (category_code) do update
						set threshold = excluded.threshold, updated_by = excluded.updated_by,
						    updated_at = excluded.updated_at""")
				.params(category.code(), BigDecimal.valueOf(threshold), actor.username(),
						Timestamp.from(this.clock.instant()))
				.update();
		}
		this.thresholds = load();
		this.audit.record(actor.username(), "DISPATCH_THRESHOLD", category.code(), "OK",
				threshold == null ? "removed" : threshold.toString());
		return list(actor).stream().filter((t) -> t.categoryCode().equals(category.code())).findFirst();
	}

	/** What the threshold would do, on the active model's held-out orders. */
	public ThresholdPreview preview(String categoryCode, Double threshold, Actor actor) {
		actor.requireAny(Role.ADMIN, Role.DISPATCHER, Role.SUPERVISOR);
		Category category = category(categoryCode);
		if (threshold == null) {
			throw Problem.invalid("dispatch.threshold-required");
		}
		check(threshold);
		DispatchModel model = this.models.require();
		return model.heldOut().preview(model.version(), category.code(), threshold);
	}

	/** The threshold of a category, if one is set. */
	Optional<Double> of(String categoryCode) {
		return Optional.ofNullable(categoryCode).map((code) -> all().get(code));
	}

	/**
	 * Reads the thresholds again: those another instance set or removed since answer here
	 * from now on.
	 */
	void follow() {
		this.thresholds = load();
	}

	boolean any() {
		return !all().isEmpty();
	}

	private Map<String, Double> all() {
		Map<String, Double> known = this.thresholds;
		if (known == null) {
			known = load();
			this.thresholds = known;
		}
		return known;
	}

	private Map<String, Double> load() {
		return this.jdbc.sql("select category_code, threshold from dispatch_threshold")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2)))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static void check(double threshold) {
		if (!(threshold >= LOWEST && threshold <= 1)) {
			throw Problem.invalid("dispatch.threshold-range", threshold, LOWEST);
		}
	}

	private Category category(String code) {
		return this.catalog.category(code).orElseThrow(() -> Problem.invalid("dispatch.unknown-category", code));
	}

	private String name(String code) {
		return this.catalog.category(code).map(Category::name).orElse(code);
	}

}
