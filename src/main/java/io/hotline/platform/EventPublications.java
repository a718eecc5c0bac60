package io.hotline.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes what was left undone: every minute the event publications (order events and
 * the listeners that have yet to handle them, table {@code event_publication}) older than
 * a minute and still incomplete — their listener failed, or the instance died between the
 * commit and the reaction — are handed to their listeners again; at start all of them are
 * ({@code republish-outstanding-events-on-restart}). Completed publications are deleted
 * as they complete ({@code spring.modulith.events.completion-mode: delete}), so the table
 * holds only what is under way or left undone. Resubmitting one that is still running
 * elsewhere is harmless: each reaction is done once per event ({@link Reactions}).
 */
@Component
public class EventPublications {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventPublications(IncompleteEventPublications incomplete,
			@Value("${hotline.events.resubmit-older-than:PT1M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	/**
	 * Resubmits the incomplete publications older than {@code resubmit-older-than} (a
	 * minute); runs every {@code resubmit-ms} (a minute). In a cluster one instance at a
	 * time should run it.
	 */
	@Scheduled(fixedDelayString = "${hotline.events.resubmit-ms:60000}",
			initialDelayString = "${hotline.events.resubmit-ms:60000}")
	public void resubmitIncompleteEventPublications() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
	}

	/**
	 * Resubmits every incomplete publication now, whatever its age (tests, operators).
	 */
	public void resubmitAllIncomplete() {
		this.incomplete.resubmitIncompletePublications((publication) -> true);
	}

}
