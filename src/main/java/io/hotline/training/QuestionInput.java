package io.hotline.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

/**
 * A question as a reviewer writes or edits it; {@code version} is the version edited
 * (required for an edit). {@link #checked()} refuses the first wrong field by name.
 */
record QuestionInput(String topic, String kind, String stem, List<String> options, AnswerKey key, String explanation,
		Integer version) {

	static final int TOPIC_CHARS = 64;

	static final int STEM_CHARS = 1_000;

	static final int OPTION_CHARS = 200;

	static final int TERM_CHARS = 50;

	QuestionDraft checked() {
		String topic = required("topic", this.topic, TOPIC_CHARS);
		QuestionKind kind = kind(required("kind", this.kind, 16));
		String stem = required("stem", this.stem, STEM_CHARS);
		String explanation = InputText.checked(InputText.limited(this.explanation, "explanation", STEM_CHARS),
				"explanation");
		List<String> options = List.of();
		AnswerKey key;
		switch (kind) {
			case SINGLE -> {
				options = items("options", this.options, 2, 6, OPTION_CHARS);
				Integer index = (this.key != null) ? this.key.index() : null;
				if (index == null) {
					throw Problem.invalid("request.required", "key.index");
				}
				if (index < 0 || index >= options.size()) {
					throw Problem.invalid("request.bad-value", "key.index", index);
				}
				key = AnswerKey.option(index);
			}
			case TRUE_FALSE -> {
				if (this.key == null || this.key.value() == null) {
					throw Problem.invalid("request.yes-no-required", "key.value");
				}
				key = AnswerKey.truth(this.key.value());
			}
			default -> key = AnswerKey
				.terms(items("key.terms", (this.key != null) ? this.key.terms() : null, 1, 10, TERM_CHARS));
		}
		return new QuestionDraft(topic, kind, stem, options, key, explanation, null, null, null, null);
	}

	private static String required(String field, String value, int max) {
		String text = InputText.limited(value, field, max);
		if (text == null || text.isEmpty()) {
			throw Problem.invalid("request.required", field);
		}
		return InputText.checked(text, field);
	}

	private static QuestionKind kind(String value) {
		try {
			return QuestionKind.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("request.bad-value", "kind", value);
		}
	}

	private static List<String> items(String field, List<String> values, int least, int most, int max) {
		List<String> items = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			String item = required(field, value, max);
			if (items.contains(item)) {
				throw Problem.invalid("training.repeated", field, item);
			}
			items.add(item);
		}
		if (items.size() < least || items.size() > most) {
			throw Problem.invalid("training.count", field, least, most);
		}
		return items;
	}

}
