package io.hotline.training;

import java.time.Instant;

/**
 * An attempt as stored: of an exam, or a practice set ({@code examId} null); {@code OPEN}
 * until submitted or timed out, then scored.
 */
record AttemptRow(long id, Long examId, String username, Instant startedAt, Instant deadline, Instant submittedAt,
		String status, Integer score, Boolean passed) {

	static final String OPEN = "OPEN";

	static final String SUBMITTED = "SUBMITTED";

	static final String TIMED_OUT = "TIMED_OUT";

	boolean open() {
		return OPEN.equals(this.status);
	}

}
