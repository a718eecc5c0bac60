package io.hotline.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Runs a rule set's rules on what is inspected: each enabled rule by the check of its
 * kind; the rules that judge what was said are skipped for a call without utterances
 * (inspected on its order alone).
 */
@Component
public class Inspector {

	private final Map<String, Check> checks;

	public Inspector(List<Check> checks) {
		this.checks = checks.stream().collect(Collectors.toMap(Check::kind, Function.identity()));
	}

	/** The rule kinds there are checks for. */
	public java.util.Set<String> kinds() {
		return new java.util.TreeSet<>(this.checks.keySet());
	}

	/** What the rules find, rule by rule in their order. */
	public List<Finding> inspect(Inspected subject, List<Rule> rules) {
		List<Finding> found = new ArrayList<>();
		for (Rule rule : rules) {
			Check check = this.checks.get(rule.kind());
			if (!rule.enabled() || check == null || (check.needsConversation() && !subject.heard())) {
				continue;
			}
			found.addAll(check.check(subject, rule));
		}
		return found;
	}

	/** The score: 100 less the points of the findings, not below 0. */
	public static int score(List<Finding> findings, List<Rule> rules) {
		Map<String, Integer> points = rules.stream().collect(Collectors.toMap(Rule::id, Rule::points, (a, b) -> a));
		int deducted = findings.stream().mapToInt((f) -> points.getOrDefault(f.ruleId(), 0)).sum();
		return Math.max(0, 100 - deducted);
	}

}
