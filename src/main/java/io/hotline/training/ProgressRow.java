package io.hotline.training;

import java.time.Instant;
import java.util.List;

/**
 * An agent's training at a glance: when it began (their first exam assigned or attempt),
 * the exams assigned, taken (scored attempts), passed and failed, the mean and the last
 * score, and their weak topics.
 */
record ProgressRow(String username, String displayName, String group, Instant firstAt, int assigned, int taken,
		int passed, int failed, Integer averageScore, Integer lastScore, Boolean lastPassed, Instant lastAt,
		List<String> weakTopics) {

	ProgressRow with(String displayName, String group, List<String> weakTopics) {
		return new ProgressRow(this.username, displayName, group, this.firstAt, this.assigned, this.taken, this.passed,
				this.failed, this.averageScore, this.lastScore, this.lastPassed, this.lastAt, weakTopics);
	}

}
