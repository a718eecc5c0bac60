package io.hotline.province.mapping;

import java.util.ArrayList;
import java.util.List;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.classification.TextEmbeddings;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The province's standard catalog (its own 事项分类) as the suggester compares it, with the
 * catalog's search and guess as hints. The suggester (with the embeddings of every
 * standard category, a couple of seconds of work) is kept while the standard catalog
 * stays the same, and made again when it changed.
 */
@Conditional(ProvincialNode.class)
@Component
class StandardCatalog {

	/** The characters of a text the sentence embedding reads. */
	static final int EMBEDDED_CHARS = 64;

	private final Catalog catalog;

	private volatile Kept kept;

	StandardCatalog(Catalog catalog) {
		this.catalog = catalog;
	}

	/** A suggester for the standard catalog as it is now. */
	Suggester suggester() {
		List<StandardCategory> categories = categories();
		Kept current = this.kept;
		if (current == null || !current.categories().equals(categories)) {
			current = new Kept(categories, new Suggester(categories, hints(), embedder()));
			this.kept = current;
		}
		return current.suggester();
	}

	/** Whether the code is a category of the standard catalog. */
	boolean knows(String code) {
		return this.catalog.category(code).isPresent();
	}

	/** The standard category's path of names, null for none. */
	String pathName(String code) {
		return this.catalog.pathName(code);
	}

	private List<StandardCategory> categories() {
		List<StandardCategory> categories = new ArrayList<>();
		add(null, categories);
		return categories;
	}

	private void add(String parent, List<StandardCategory> categories) {
		for (Category category : this.catalog.children(parent)) {
			int at = categories.size();
			categories.add(null);
			add(category.code(), categories);
			boolean leaf = categories.size() == at + 1;
			categories.set(at, new StandardCategory(category.code(), category.name(), category.level(),
					category.pathName(), leaf));
		}
	}

	private Suggester.Hints hints() {
		return new Suggester.Hints() {
			@Override
			public List<String> search(String name) {
				return StandardCatalog.this.catalog.search(name, 10).stream().map(Category::code).toList();
			}

			@Override
			public List<String> guess(String text) {
				return StandardCatalog.this.catalog.guess(text, 5).stream().map(Category::code).toList();
			}
		};
	}

	private static java.util.function.Function<List<String>, float[][]> embedder() {
		return TextEmbeddings.unavailable().isPresent() ? null
				: (texts) -> TextEmbeddings.embedAll(texts, EMBEDDED_CHARS);
	}

	private record Kept(List<StandardCategory> categories, Suggester suggester) {

	}

}
