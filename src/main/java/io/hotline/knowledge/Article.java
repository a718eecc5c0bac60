package io.hotline.knowledge;

import java.util.List;

/**
 * A knowledge-base article: the title, the ways citizens ask its question, the answer an
 * agent reads out, and tags.
 */
public record Article(long id, String title, List<String> questions, String answer, List<String> tags) {

	public Article {
		title = (title == null) ? "" : title;
		questions = (questions == null) ? List.of() : List.copyOf(questions);
		answer = (answer == null) ? "" : answer;
		tags = (tags == null) ? List.of() : List.copyOf(tags);
	}

	/** Title and questions: what the article is about, weighed above the answer. */
	String head() {
		return this.questions.isEmpty() ? this.title : this.title + "\n" + String.join("\n", this.questions);
	}

}
