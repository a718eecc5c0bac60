package io.hotline.training;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A question of the bank as its reviewers see it, with its right answer ({@code key}):
 * generated from an article's version ({@code articleId}, {@code articleVersion}) or
 * written by hand, {@code DRAFT} until a reviewer publishes it; only published questions
 * go into exams.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Question(long id, String topic, QuestionKind kind, String stem, List<String> options, AnswerKey key,
		String explanation, Long articleId, Integer articleVersion, String source, String status, int version,
		String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, String reviewedBy,
		OffsetDateTime reviewedAt) {

	static final String DRAFT = "DRAFT";

	static final String PUBLISHED = "PUBLISHED";

	static final String RETIRED = "RETIRED";

}
