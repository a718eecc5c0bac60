package io.hotline.knowledge.articles;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The articles as published: each one's published version, which stays in the search
 * while a newer version waits for review.
 */
@Component
class PublishedArticles {

	private static final String SELECT = """
			select a.*, v.content as published_content, v.changed_by as published_by, v.changed_at as published_at
			from knowledge_article a
			join knowledge_article_version v on v.article_id = a.id and v.version = a.published_version
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PublishedArticles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every article with a published version, by id. */
	List<KnowledgeArticle> all() {
		return this.jdbc.sql(SELECT + " order by a.id").query((rs, n) -> published(rs)).list();
	}

	/** The articles of these ids that have a published version, by id. */
	List<KnowledgeArticle> all(java.util.Collection<Long> ids) {
		return this.jdbc.sql(SELECT + " where a.id = any(?) order by a.id")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> published(rs))
			.list();
	}

	Optional<KnowledgeArticle> find(long id) {
		return this.jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> published(rs)).optional();
	}

	private KnowledgeArticle published(java.sql.ResultSet rs) throws java.sql.SQLException {
		return KnowledgeArticles.article(rs)
			.asPublished(this.json.readValue(rs.getString("published_content"), ArticleContent.class),
					rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
	}

}
