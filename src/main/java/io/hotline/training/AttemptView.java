package io.hotline.training;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An attempt as its taker (or, once scored, their team leader or QUALITY) sees it:
 * {@code secondsLeft} by the server's clock while open; the score, the pass, each
 * question's result and the results per topic once scored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AttemptView(long id, Long examId, String title, boolean practice, String username, String status,
		Instant startedAt, Instant deadline, Long secondsLeft, Instant submittedAt, Integer score, Boolean passed,
		Integer passMark, List<AttemptQuestion> questions, List<AttemptStore.TopicScore> topics) {

}
