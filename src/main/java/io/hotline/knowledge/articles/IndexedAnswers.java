package io.hotline.knowledge.articles;

import java.util.List;

import io.hotline.knowledge.KnowledgeAnswers;
import io.hotline.knowledge.SearchMode;

import org.springframework.stereotype.Service;

/** {@link KnowledgeAnswers} from this instance's search of the published articles. */
@Service
class IndexedAnswers implements KnowledgeAnswers {

	private final KnowledgeIndex index;

	IndexedAnswers(KnowledgeIndex index) {
		this.index = index;
	}

	@Override
	public List<Answer> find(String text, int size) {
		return find(text, size, new SearchFilter(null, null, null, false));
	}

	@Override
	public List<Answer> findPublic(String text, int size) {
		return find(text, size, SearchFilter.PUBLIC);
	}

	private List<Answer> find(String text, int size, SearchFilter filter) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.index.search(text, size, SearchMode.COMBINED, filter).stream().map((found) -> {
			ArticleContent content = found.indexed().article().content();
			return new Answer(found.hit().id(), found.hit().title(), content.answer(),
					HitView.excerpt(content.answer()), content.categoryCode(), found.hit().score(),
					found.hit().highlight());
		}).toList();
	}

}
