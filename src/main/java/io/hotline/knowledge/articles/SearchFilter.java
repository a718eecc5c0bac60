package io.hotline.knowledge.articles;

/**
 * Which articles a search may return: of a category (its subcategories included), of an
 * owning department, with a tag, public ones only. A null or blank part admits all.
 */
record SearchFilter(String category, String department, String tag, boolean publicOnly) {

	static final SearchFilter NONE = new SearchFilter(null, null, null, false);

	static final SearchFilter PUBLIC = new SearchFilter(null, null, null, true);

	SearchFilter {
		category = blankToNull(category);
		department = blankToNull(department);
		tag = blankToNull(tag);
	}

	boolean admitsAll() {
		return this.category == null && this.department == null && this.tag == null && !this.publicOnly;
	}

	boolean admits(IndexedArticle indexed) {
		ArticleContent content = indexed.article().content();
		return (!this.publicOnly || content.shared())
				&& (this.category == null || indexed.categoryLine().contains(this.category))
				&& (this.department == null || this.department.equals(content.department()))
				&& (this.tag == null || content.tags().contains(this.tag));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
