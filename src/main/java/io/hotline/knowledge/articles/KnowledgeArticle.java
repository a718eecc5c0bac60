package io.hotline.knowledge.articles;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An article as stored: its content, where it stands in review, the version the search
 * shows ({@code publishedVersion}, null until one is approved), and, when one article is
 * asked for, its versions (left out of lists, which would repeat every text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KnowledgeArticle(long id, @JsonUnwrapped ArticleContent content, String status, int version,
		Integer publishedVersion, String reviewNote, String reviewedBy, Instant reviewedAt, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt, List<ArticleVersion> versions) {

	static final String PENDING = "PENDING";

	static final String PUBLISHED = "PUBLISHED";

	static final String REJECTED = "REJECTED";

	KnowledgeArticle withVersions(List<ArticleVersion> versions) {
		return new KnowledgeArticle(this.id, this.content, this.status, this.version, this.publishedVersion,
				this.reviewNote, this.reviewedBy, this.reviewedAt, this.createdBy, this.createdAt, this.updatedBy,
				this.updatedAt, versions);
	}

	/**
	 * The article as the search shows it: its published version's content and author,
	 * without review notes or versions.
	 */
	KnowledgeArticle asPublished(ArticleContent published, String changedBy, Instant changedAt) {
		return new KnowledgeArticle(this.id, published, PUBLISHED, this.publishedVersion, this.publishedVersion, null,
				null, null, this.createdBy, this.createdAt, changedBy, changedAt, null);
	}

	/** Whether the user wrote or last changed it: an owner, reminded of its expiry. */
	boolean ownedBy(String username) {
		return username.equals(this.createdBy) || username.equals(this.updatedBy);
	}

	/**
	 * One version of the article: its whole content, who wrote it, when, and what
	 * changed.
	 */
	record ArticleVersion(int version, ArticleContent content, String changedBy, Instant changedAt, String change) {

	}

}
