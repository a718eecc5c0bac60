package io.hotline.training;

import java.util.List;

/**
 * A question before it is stored: generated from an article (which version, which fact,
 * and a key that makes generating it again a no-op) or written by hand.
 */
record QuestionDraft(String topic, QuestionKind kind, String stem, List<String> options, AnswerKey key,
		String explanation, Long articleId, Integer articleVersion, FactKind factKind, String generatedKey) {

	QuestionDraft {
		options = (options == null) ? List.of() : List.copyOf(options);
	}

}
