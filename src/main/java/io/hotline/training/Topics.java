package io.hotline.training;

import io.hotline.knowledge.PublishedKnowledge.PublishedArticle;

/**
 * An article's topic: the top level of its category's path (劳动和社会保障, 城乡建设 …), or its
 * first tag where it has no category, or 其他.
 */
final class Topics {

	static final String OTHER = "其他";

	private Topics() {
	}

	static String of(PublishedArticle article) {
		if (article.categoryPath() != null && !article.categoryPath().isBlank()) {
			return article.categoryPath().split("/")[0].strip();
		}
		return article.tags().isEmpty() ? OTHER : article.tags().get(0);
	}

}
