package io.hotline.training;

import java.util.ArrayList;
import java.util.List;

import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

/**
 * An exam as its author composes it: the topics its questions are drawn from, how many,
 * the pass mark (per cent), the time limit (minutes), how many attempts each taker has,
 * and who takes it (named agents, a group of agents, or both).
 */
record ExamInput(String title, List<String> topics, Integer questionCount, Integer passMark, Integer timeLimitMinutes,
		Integer maxAttempts, List<String> agents, String group) {

	static final int TITLE_CHARS = 200;

	static final int MOST_TOPICS = 20;

	static final int MOST_AGENTS = 500;

	/** The input checked, the first wrong field refused by name. */
	ExamInput checked() {
		String title = InputText.limited(this.title, "title", TITLE_CHARS);
		if (title == null || title.isEmpty()) {
			throw Problem.invalid("request.required", "title");
		}
		InputText.checked(title, "title");
		List<String> topics = distinct("topics", this.topics, MOST_TOPICS);
		if (topics.isEmpty()) {
			throw Problem.invalid("request.required", "topics");
		}
		int count = number("questionCount", this.questionCount, null, 1, 100);
		int pass = number("passMark", this.passMark, 60, 0, 100);
		int minutes = number("timeLimitMinutes", this.timeLimitMinutes, null, 1, 480);
		int attempts = number("maxAttempts", this.maxAttempts, 1, 1, 10);
		List<String> agents = distinct("agents", this.agents, MOST_AGENTS);
		String group = InputText.limited(this.group, "group", 100);
		group = (group == null || group.isEmpty()) ? null : InputText.checked(group, "group");
		if (agents.isEmpty() && group == null) {
			throw Problem.invalid("training.no-takers");
		}
		return new ExamInput(title, topics, count, pass, minutes, attempts, agents, group);
	}

	private static int number(String field, Integer value, Integer otherwise, int least, int most) {
		if (value == null) {
			if (otherwise == null) {
				throw Problem.invalid("request.required", field);
			}
			return otherwise;
		}
		if (value < least || value > most) {
			throw Problem.invalid("training.out-of-range", field, value, least, most);
		}
		return value;
	}

	private static List<String> distinct(String field, List<String> values, int most) {
		List<String> items = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			String item = InputText.limited(value, field, 64);
			if (item != null && !item.isEmpty() && !items.contains(item)) {
				items.add(InputText.checked(item, field));
			}
		}
		if (items.size() > most) {
			throw Problem.invalid("training.count", field, 1, most);
		}
		return items;
	}

}
