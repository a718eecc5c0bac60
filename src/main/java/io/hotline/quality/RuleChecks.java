package io.hotline.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

/**
 * A rule set as the quality team sends it, checked: each wrong field refused with a 400
 * naming it ({@code rules[2].points}).
 */
final class RuleChecks {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final int MOST_RULES = 100;

	private static final int MOST_WORDS = 500;

	private RuleChecks() {
	}

	static List<Rule> checked(List<Rule> rules, Set<String> kinds) {
		if (rules == null) {
			throw Problem.invalid("request.required", "rules");
		}
		if (rules.size() > MOST_RULES) {
			throw Problem.invalid("quality.too-many-rules", "rules", MOST_RULES);
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			Rule rule = rules.get(i);
			String field = "rules[" + i + "]";
			if (rule == null) {
				throw Problem.invalid("request.required", field);
			}
			checked(rule, field, kinds);
			if (!ids.add(rule.id())) {
				throw Problem.invalid("quality.rule-repeated", field + ".id", rule.id());
			}
		}
		return List.copyOf(rules);
	}

	static Rule checked(Rule rule, String field, Set<String> kinds) {
		if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
			throw Problem.invalid("quality.bad-rule-id", field + ".id", rule.id());
		}
		if (rule.kind() == null || !kinds.contains(rule.kind())) {
			throw Problem.invalid("quality.unknown-kind", field + ".kind", rule.kind(), String.join(", ", kinds));
		}
		String name = InputText.limited(rule.name(), field + ".name", 100);
		if (name == null || name.isEmpty()) {
			throw Problem.invalid("request.required", field + ".name");
		}
		InputText.checked(name, field + ".name");
		if (rule.severity() == null) {
			throw Problem.invalid("request.required", field + ".severity");
		}
		if (rule.points() < 0 || rule.points() > 100) {
			throw Problem.invalid("quality.bad-points", field + ".points", rule.points());
		}
		for (Map.Entry<String, Object> parameter : rule.parameters().entrySet()) {
			parameter(parameter.getValue(), field + ".parameters." + parameter.getKey());
		}
		return rule;
	}

	private static void parameter(Object value, String field) {
		if (value instanceof Number number) {
			if (number.doubleValue() < 0 || number.doubleValue() > 100_000) {
				throw Problem.invalid("quality.bad-parameter", field, value);
			}
		}
		else if (value instanceof List<?> words) {
			if (words.size() > MOST_WORDS) {
				throw Problem.invalid("quality.bad-parameter", field, words.size() + " words");
			}
			for (Object word : words) {
				if (!(word instanceof String text) || text.isBlank() || text.length() > 50) {
					throw Problem.invalid("quality.bad-parameter", field, word);
				}
				InputText.checked(text, field);
			}
		}
		else if (!(value instanceof Boolean)) {
			throw Problem.invalid("quality.bad-parameter", field, value);
		}
	}

}
