package io.hotline.training;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A question as drawn for an attempt (a copy of the bank's): the answer given so far and,
 * once the attempt is scored, whether it was right. The key stays out of the JSON unless
 * {@link #revealed()} copies it into {@code rightAnswer}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AttemptQuestion(int position, long questionId, String topic, QuestionKind kind, String stem,
		List<String> options, @JsonIgnore AnswerKey key, AnswerGiven answer, Boolean correct, AnswerKey rightAnswer) {

	AttemptQuestion revealed() {
		return new AttemptQuestion(this.position, this.questionId, this.topic, this.kind, this.stem, this.options,
				this.key, this.answer, this.correct, this.key);
	}

}
