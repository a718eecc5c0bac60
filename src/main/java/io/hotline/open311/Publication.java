package io.hotline.open311;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.workorder.OrderFilter;

import org.springframework.stereotype.Component;

/**
 * What anyone may read through Open311 without a key that reads: the orders of the public
 * types, channels and categories ({@code hotline.open311.public-*}), never a report (举报).
 * Categories are named by their path or code and stand for themselves and every category
 * below them; they are looked up in the catalog at each search, so that its changes count
 * at once.
 */
@Component
class Publication {

	private final Open311Properties properties;

	private final Catalog catalog;

	Publication(Open311Properties properties, Catalog catalog) {
		this.properties = properties;
		this.catalog = catalog;
	}

	/** The rule of what is public, for a search. */
	OrderFilter.Publication rule() {
		Set<String> codes = new HashSet<>();
		for (String entry : this.properties.categories()) {
			category(entry).ifPresent((category) -> collect(category, codes));
		}
		return new OrderFilter.Publication(this.properties.types(), this.properties.channels(), codes);
	}

	/** The category of a code, or of a path of names from level 1 down. */
	private Optional<Category> category(String entry) {
		Optional<Category> byCode = this.catalog.category(entry);
		if (byCode.isPresent()) {
			return byCode;
		}
		Category found = null;
		for (String name : entry.split("/")) {
			String parent = found == null ? null : found.code();
			found = this.catalog.children(parent)
				.stream()
				.filter((child) -> child.name().equals(name.strip()))
				.findFirst()
				.orElse(null);
			if (found == null) {
				return Optional.empty();
			}
		}
		return Optional.ofNullable(found);
	}

	private void collect(Category top, Set<String> codes) {
		Deque<Category> left = new ArrayDeque<>(List.of(top));
		while (!left.isEmpty()) {
			Category category = left.pop();
			if (codes.add(category.code()) && category.level() < ServiceCatalog.SERVICE_LEVEL) {
				left.addAll(this.catalog.children(category.code()));
			}
		}
	}

}
