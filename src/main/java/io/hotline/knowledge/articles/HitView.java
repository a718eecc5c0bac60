package io.hotline.knowledge.articles;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A hit as staff see it: the search's score, highlight and similarity, with what an agent
 * needs to pick the article before opening it.
 */
record HitView(long id, String title, double score, Double similarity, String highlight, String answerExcerpt,
		String categoryCode, String categoryName, String department, @JsonProperty("public") boolean shared,
		LocalDate expiresAt, List<String> tags) {

	/** The start of the answer shown beside a hit. */
	static final int EXCERPT_CHARS = 200;

	static HitView of(Found found) {
		ArticleContent content = found.indexed().article().content();
		return new HitView(found.hit().id(), found.hit().title(), found.hit().score(), found.hit().similarity(),
				found.hit().highlight(), excerpt(content.answer()), content.categoryCode(),
				found.indexed().categoryName(), content.department(), content.shared(), content.expiresAt(),
				content.tags());
	}

	static String excerpt(String answer) {
		String flat = answer.replaceAll("\\s+", " ").strip();
		return (flat.length() > EXCERPT_CHARS) ? flat.substring(0, EXCERPT_CHARS) + "…" : flat;
	}

}
