package io.hotline.quality.checks;

import java.util.List;

import io.hotline.assist.CheckResult;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

/**
 * Assist's scenario check results as the engine's findings: a failed result is a finding
 * on the utterance it rests on, quoting its evidence, with its Chinese message.
 */
final class ScenarioResults {

	private ScenarioResults() {
	}

	static List<Finding> findings(Inspected subject, Rule rule, List<CheckResult> results) {
		return results.stream().filter((r) -> !r.passed()).map((r) -> finding(subject, rule, r)).toList();
	}

	static List<Finding> findings(Inspected subject, Rule rule, CheckResult result) {
		return findings(subject, rule, List.of(result));
	}

	private static Finding finding(Inspected subject, Rule rule, CheckResult result) {
		Integer index = result.utterance();
		if (index == null || index < 0 || index >= subject.size()) {
			return Finding.of(rule, result.message());
		}
		String quote = (result.evidence() == null || result.evidence().isBlank()) ? subject.utterance(index).text()
				: result.evidence();
		return subject.at(rule, index, result.message(), quote);
	}

}
