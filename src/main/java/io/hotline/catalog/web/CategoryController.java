package io.hotline.catalog.web;

import java.util.List;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.catalog.TimeLimits;
import io.hotline.org.Actor;
import io.hotline.org.UnitId;
import io.hotline.org.UnitType;
import io.hotline.platform.Problem;

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

/** The 事项分类 catalog: browsed and searched by everyone, maintained by administrators. */
@RestController
@RequestMapping("/api/categories")
class CategoryController {

	private static final int SEARCH_LIMIT = 50;

	private final Catalog catalog;

	CategoryController(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * With {@code q}, the best matches on any level; otherwise the children of
	 * {@code parent}.
	 */
	@GetMapping
	List<CategoryJson> categories(@RequestParam(required = false) String q,
			@RequestParam(required = false) String parent) {
		List<Category> found = (q != null && !q.isBlank()) ? this.catalog.search(q, SEARCH_LIMIT)
				: this.catalog.children((parent == null || parent.isBlank()) ? null : parent);
		return found.stream().map(CategoryJson::of).toList();
	}

	@GetMapping("/{code}")
	CategoryJson category(@PathVariable String code) {
		return this.catalog.category(code)
			.map(CategoryJson::of)
			.orElseThrow(() -> Problem.notFound("category.not-found", code));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CategoryJson create(@RequestBody CategoryJson body, Actor actor) {
		return CategoryJson.of(this.catalog.create(body.toCategory(), actor));
	}

	@PutMapping("/{code}")
	CategoryJson update(@PathVariable String code, @RequestBody CategoryJson body, Actor actor) {
		return CategoryJson.of(this.catalog.update(code, body.toCategory(), actor));
	}

	/**
	 * A category as JSON, with the default unit as a plain id like the rest of the API.
	 */
	record CategoryJson(String code, String name, Integer level, String parentCode, String pathName,
			Boolean consultation, Long defaultUnitId, UnitType defaultUnitType, TimeLimits limits) {

		static CategoryJson of(Category c) {
			return new CategoryJson(c.code(), c.name(), c.level(), c.parentCode(), c.pathName(), c.consultation(),
					c.defaultUnitId() == null ? null : c.defaultUnitId().value(), c.defaultUnitType(), c.limits());
		}

		Category toCategory() {
			return new Category(this.code, this.name, this.level == null ? 0 : this.level,
					(this.parentCode == null || this.parentCode.isBlank()) ? null : this.parentCode, null,
					Boolean.TRUE.equals(this.consultation), UnitId.of(this.defaultUnitId), this.defaultUnitType,
					this.limits);
		}

	}

}
