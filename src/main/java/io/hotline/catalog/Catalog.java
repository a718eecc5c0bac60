package io.hotline.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.org.Actor;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 事项分类 catalog: agents pick a category for each order, dispatch routes it to the
 * category's default unit, and its time limits set the deadline. Administrators maintain
 * it; every change is audited.
 */
@Service
public class Catalog {

	private static final int MAX_LEVEL = 3;

	private final CategoryRows rows;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final CategorySynonyms synonyms;

	private final CategoryWords words;

	private final CategoryNames names;

	Catalog(CategoryRows rows, Organisation organisation, AuditTrail audit, CategorySynonyms synonyms,
			CategoryWords words, CategoryNames names) {
		this.names = names;
		this.rows = rows;
		this.organisation = organisation;
		this.audit = audit;
		this.synonyms = synonyms;
		this.words = words;
	}

	public Optional<Category> category(String code) {
		return code == null ? Optional.empty() : this.rows.find(code);
	}

	/**
	 * The category's path of names (城乡建设/…/路灯) from memory, without a query: for lists
	 * that name the category of each row. Null for none or an unknown code.
	 */
	public String pathName(String code) {
		return this.names.pathName(code);
	}

	/** The categories directly below the parent; those of level 1 for none. */
	public List<Category> children(String parentCode) {
		return this.rows.children(parentCode);
	}

	/**
	 * Categories on any level whose name or path contains the keyword (every word of it,
	 * when it has several), best matches first: 燃气 finds 城乡建设/城市建设和市政管理/燃气供应; then those
	 * its everyday words mean ({@code catalog/synonyms.txt}: 路灯 finds 城市公共设施), then those
	 * whose past orders use its words most distinctively (漏水).
	 */
	public List<Category> search(String keyword, int limit) {
		List<String> terms = keyword == null ? List.of()
				: Arrays.stream(keyword.trim().split("[\\s/]+")).filter((term) -> !term.isEmpty()).toList();
		if (terms.isEmpty()) {
			return List.of();
		}
		int most = Math.max(1, Math.min(limit, 200));
		Map<String, Category> found = new LinkedHashMap<>();
		this.rows.search(terms, most).forEach((category) -> found.putIfAbsent(category.code(), category));
		for (String term : terms) {
			byNames(this.synonyms.namesFor(term), most, found);
		}
		for (String term : terms) {
			this.words.categoriesFor(term)
				.forEach((code) -> this.rows.find(code)
					.filter((category) -> found.size() < most)
					.ifPresent((category) -> found.putIfAbsent(code, category)));
		}
		return found.values().stream().limit(most).toList();
	}

	/**
	 * The categories a citizen's or an agent's own text seems to be about, from its
	 * everyday words and the words past orders of each category use, best first; none
	 * where the text says nothing the catalog knows.
	 */
	public List<Category> guess(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Map<String, Category> found = new LinkedHashMap<>();
		this.words.categoriesIn(text)
			.forEach((code) -> this.rows.find(code)
				.filter((category) -> found.size() < limit)
				.ifPresent((category) -> found.putIfAbsent(code, category)));
		byNames(this.synonyms.namesIn(text), limit, found);
		return found.values().stream().limit(limit).toList();
	}

	/** Adds the categories of the names (leaves first), up to {@code limit} in all. */
	private void byNames(Collection<String> names, int limit, Map<String, Category> found) {
		for (String name : names) {
			if (found.size() >= limit) {
				return;
			}
			for (Category category : this.rows.search(List.of(name), limit)) {
				if (found.size() < limit) {
					found.putIfAbsent(category.code(), category);
				}
			}
		}
	}

	/**
	 * Adds a category below its parent. The level follows from the parent (a given level
	 * must agree), the path from the names, a missing code is the next free one and
	 * missing limits are the standard ones.
	 */
	@Transactional
	public Category create(Category draft, Actor actor) {
		requireAdmin(actor);
		Category parent = draft.parentCode() == null ? null : this.rows.find(draft.parentCode())
			.orElseThrow(() -> Problem.invalid("category.parent-not-found", draft.parentCode()));
		int level = parent == null ? 1 : parent.level() + 1;
		if (level > MAX_LEVEL) {
			throw Problem.invalid("category.too-deep", MAX_LEVEL, parent.code());
		}
		if (draft.level() != 0 && draft.level() != level) {
			throw (parent == null) ? Problem.invalid("category.top-level", level, draft.level())
					: Problem.invalid("category.sub-level", parent.code(), level, draft.level());
		}
		String code = blank(draft.code()) ? this.rows.nextCode(draft.parentCode()) : draft.code().trim();
		if (this.rows.find(code).isPresent()) {
			throw Problem.conflict("category.exists", code);
		}
		Category category = validated(code, draft, level, parent);
		this.rows.insert(category);
		this.audit.record(actor.username(), "category.create", "category:" + code, "OK", category.pathName());
		return category;
	}

	/**
	 * Changes a category's name, routing, limits or consultation flag; it stays where it
	 * is in the tree, a new name renames the paths below it, and missing limits stay as
	 * they were.
	 */
	@Transactional
	public Category update(String code, Category draft, Actor actor) {
		requireAdmin(actor);
		Category current = this.rows.find(code).orElseThrow(() -> Problem.notFound("category.not-found", code));
		if (!blank(draft.code()) && !draft.code().equals(code)) {
			throw Problem.invalid("category.code-fixed", code, draft.code());
		}
		if (draft.parentCode() != null && !draft.parentCode().equals(current.parentCode())
				|| draft.level() != 0 && draft.level() != current.level()) {
			throw Problem.invalid("category.place-fixed");
		}
		Category parent = current.parentCode() == null ? null : this.rows.find(current.parentCode()).orElseThrow();
		Category replacement = (draft.limits() != null) ? draft
				: new Category(code, draft.name(), draft.level(), draft.parentCode(), null, draft.consultation(),
						draft.defaultUnitId(), draft.defaultUnitType(), current.limits());
		Category category = validated(code, replacement, current.level(), parent);
		this.rows.update(category, current.pathName());
		this.audit.record(actor.username(), "category.update", "category:" + code, "OK", category.pathName());
		return category;
	}

	private Category validated(String code, Category draft, int level, Category parent) {
		if (code.length() > 32) {
			throw Problem.invalid("request.too-long", "code", 32);
		}
		if (blank(draft.name()) || draft.name().contains("/")) {
			throw Problem.invalid("category.bad-name");
		}
		TimeLimits limits = draft.limits() == null ? TimeLimits.STANDARD : draft.limits();
		if (!limits.allPositive()) {
			throw Problem.invalid("category.bad-limits", limits);
		}
		if (draft.defaultUnitId() != null && this.organisation.unit(draft.defaultUnitId()).isEmpty()) {
			throw Problem.invalid("category.unknown-unit", draft.defaultUnitId().value());
		}
		String name = draft.name().trim();
		String path = parent == null ? name : parent.pathName() + "/" + name;
		return new Category(code, name, level, parent == null ? null : parent.code(), path, draft.consultation(),
				draft.defaultUnitId(), draft.defaultUnitType(), limits);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("category.admin-only");
		}
	}

}
