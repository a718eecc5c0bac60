package io.hotline.knowledge.articles;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a new article or an edit, as the client sent it: dates are text so that a
 * bad one is refused naming its field rather than as unreadable JSON.
 */
record ArticleInput(String title, String answer, List<String> questions, String categoryCode, String department,
		@JsonProperty("public") Boolean shared, String effectiveFrom, String expiresAt, List<String> tags) {

}
