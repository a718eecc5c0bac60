package io.hotline.training;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scores the attempts whose time ran out without a submission, once a minute, on one
 * instance of the cluster (an agent who comes back finds theirs scored already).
 */
@Component
class AttemptTimeouts {

	private final Attempts attempts;

	AttemptTimeouts(Attempts attempts) {
		this.attempts = attempts;
	}

	@Scheduled(fixedDelayString = "${hotline.training.timeout-sweep-ms:60000}", initialDelay = 60_000)
	@SchedulerLock(name = "training-timeouts", lockAtLeastFor = "PT30S")
	void sweep() {
		this.attempts.closeExpired();
	}

}
