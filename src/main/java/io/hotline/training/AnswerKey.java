package io.hotline.training;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A question's right answer: the right option's index (single choice), the statement's
 * truth (true/false) or the key terms a short answer must name. Never sent before an
 * attempt is submitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnswerKey(Integer index, Boolean value, List<String> terms) {

	static AnswerKey option(int index) {
		return new AnswerKey(index, null, null);
	}

	static AnswerKey truth(boolean value) {
		return new AnswerKey(null, value, null);
	}

	static AnswerKey terms(List<String> terms) {
		return new AnswerKey(null, null, List.copyOf(terms));
	}

}
