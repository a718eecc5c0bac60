package io.hotline.knowledge.articles;

import java.util.List;

import io.hotline.catalog.Catalog;
import io.hotline.knowledge.PublishedKnowledge;

import org.springframework.stereotype.Component;

/** {@link PublishedKnowledge} over the stored articles' published versions. */
@Component
class PublishedKnowledgeSource implements PublishedKnowledge {

	private final PublishedArticles articles;

	private final Catalog catalog;

	PublishedKnowledgeSource(PublishedArticles articles, Catalog catalog) {
		this.articles = articles;
		this.catalog = catalog;
	}

	@Override
	public List<PublishedArticle> published() {
		return this.articles.all().stream().map(this::published).toList();
	}

	private PublishedArticle published(KnowledgeArticle article) {
		ArticleContent content = article.content();
		return new PublishedArticle(article.id(), article.version(), content.title(), content.answer(),
				content.questions(), content.categoryCode(), this.catalog.pathName(content.categoryCode()),
				content.department(), content.source(), content.tags());
	}

}
