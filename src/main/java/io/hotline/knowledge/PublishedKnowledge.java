package io.hotline.knowledge;

import java.util.List;

/**
 * The articles as published, for other modules that read what the knowledge base says
 * (training's questions): each article's published version, in effect today or not.
 */
public interface PublishedKnowledge {

	/** Every article with a published version, by id. */
	List<PublishedArticle> published();

	/**
	 * An article's published version: its content, its category's path of names
	 * ({@code 城乡建设/…/路灯}, null for none) and its owning department.
	 */
	record PublishedArticle(long id, int version, String title, String answer, List<String> questions,
			String categoryCode, String categoryPath, String department, String source, List<String> tags) {

		public PublishedArticle {
			questions = (questions == null) ? List.of() : List.copyOf(questions);
			tags = (tags == null) ? List.of() : List.copyOf(tags);
		}

	}

}
