package io.hotline.knowledge.articles;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An article as stored: its content, where it stands in review, and, when one article is
 * asked for, its versions (left out of lists, which would repeat every text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KnowledgeArticle(long id, @JsonUnwrapped ArticleContent content, String status, int version, String reviewNote,
		String reviewedBy, Instant reviewedAt, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
		List<ArticleVersion> versions) {

	static final String PENDING = "PENDING";

	static final String PUBLISHED = "PUBLISHED";

	static final String REJECTED = "REJECTED";

	KnowledgeArticle withVersions(List<ArticleVersion> versions) {
		return new KnowledgeArticle(this.id, this.content, this.status, this.version, this.reviewNote, this.reviewedBy,
				this.reviewedAt, this.createdBy, this.createdAt, this.updatedBy, this.updatedAt, versions);
	}

	/**
	 * One version of the article: its whole content, who wrote it, when, and what
	 * changed.
	 */
	record ArticleVersion(int version, ArticleContent content, String changedBy, Instant changedAt, String change) {

	}

}
