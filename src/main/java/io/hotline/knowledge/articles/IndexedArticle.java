package io.hotline.knowledge.articles;

import java.util.Set;

/**
 * An article in the search as published, with the codes of its category and of every
 * category above it (so that a filter on a category finds its subcategories' articles)
 * and the category's full name.
 */
record IndexedArticle(KnowledgeArticle article, Set<String> categoryLine, String categoryName) {

}
