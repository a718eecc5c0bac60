package io.hotline.training;

import java.util.List;

import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An agent's answer to one question: the option chosen (its index), true or false, or the
 * text of a short answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnswerGiven(Integer choice, Boolean value, String text) {

	static final int TEXT_CHARS = 2_000;

	/** The answer checked against the question's kind; the wrong part refused by name. */
	AnswerGiven checkedFor(QuestionKind kind, List<String> options) {
		return switch (kind) {
			case SINGLE -> {
				if (this.choice == null) {
					throw Problem.invalid("request.required", "choice");
				}
				if (this.choice < 0 || this.choice >= options.size()) {
					throw Problem.invalid("request.bad-value", "choice", this.choice);
				}
				yield new AnswerGiven(this.choice, null, null);
			}
			case TRUE_FALSE -> {
				if (this.value == null) {
					throw Problem.invalid("request.yes-no-required", "value");
				}
				yield new AnswerGiven(null, this.value, null);
			}
			case SHORT -> {
				String text = InputText.limited(this.text, "text", TEXT_CHARS);
				if (text == null || text.isEmpty()) {
					throw Problem.invalid("request.required", "text");
				}
				yield new AnswerGiven(null, null, InputText.checked(text, "text"));
			}
		};
	}

}
