package io.hotline.training;

import java.time.OffsetDateTime;
import java.util.List;

/** An exam as composed, with the number of agents who take it. */
record Exam(long id, String title, List<String> topics, int questionCount, int passMark, int timeLimitMinutes,
		int maxAttempts, String group, int takers, String createdBy, OffsetDateTime createdAt) {

}
