package io.hotline.knowledge;

import java.util.List;

/**
 * The knowledge module's API for other modules (agent assist, quality inspection): the
 * published articles that answer a text, best first, by the combined search. No role is
 * checked: the calling module answers for who sees what.
 */
public interface KnowledgeAnswers {

	/** At most {@code size} published articles for the text, best first. */
	List<Answer> find(String text, int size);

	/**
	 * At most {@code size} published articles that citizens may read (the portal's), for
	 * the text, best first.
	 */
	List<Answer> findPublic(String text, int size);

	/**
	 * An article found: its id, title, whole answer, the start of the answer, category
	 * code, the search's score and highlight.
	 */
	record Answer(long id, String title, String answer, String excerpt, String categoryCode, double score,
			String highlight) {

	}

}
