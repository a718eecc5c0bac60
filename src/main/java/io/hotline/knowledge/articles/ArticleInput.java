package io.hotline.knowledge.articles;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a new article or an edit, as the client sent it: dates are text so that a
 * bad one is refused naming its field rather than as unreadable JSON. {@code version} is
 * the version an edit was made on (or null: the client did not say).
 */
record ArticleInput(String title, String answer, List<String> questions, String categoryCode, String department,
		String source, @JsonProperty("public") Boolean shared, String effectiveFrom, String expiresAt,
		List<String> tags, Integer version) {

}
