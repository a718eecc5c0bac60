package io.hotline.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

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
 * elsewhere is harmless: each reaction is done once per event ({@link Reactions}). While
 * this instance is behind (more than {@link #BEHIND} items waiting: a surge), its own
 * publications older than a minute may still be waiting in its queues, and a resubmission
 * would queue them a second time: the job skips that round.
 */
@Component
public class EventPublications {

	/** Items waiting from which this instance leaves resubmission for a later round. */
	static final int BEHIND = 200;

	private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

	private final IncompleteEventPublications incomplete;

	private final Workers workers;

	private final Duration olderThan;

	EventPublications(IncompleteEventPublications incomplete, Workers workers,
			@Value("${hotline.events.resubmit-older-than:PT1M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.workers = workers;
		this.olderThan = olderThan;
	}

	/**
	 * Resubmits the incomplete publications older than {@code resubmit-older-than} (a
	 * minute); runs every {@code resubmit-ms} (a minute), on one instance of the cluster
	 * at a time (a publication another instance still has queued is then delivered twice
	 * and done once: the reactions are idempotent by event id).
	 */
	@Scheduled(fixedDelayString = "${hotline.events.resubmit-ms:60000}",
			initialDelayString = "${hotline.events.resubmit-ms:60000}")
	@SchedulerLock(name = "event-resubmission", lockAtLeastFor = "#{${hotline.events.resubmit-ms:60000} / 2}")
	public void resubmitIncompleteEventPublications() {
		if (!this.workers.startsWork()) {
			// a command-line task leaves them to the serving instances
			return;
		}
		int backlog = this.workers.backlog();
		if (backlog > BEHIND) {
			log.debug("{} items waiting: incomplete event publications left for a later round", backlog);
			return;
		}
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
	}

	/**
	 * Resubmits every incomplete publication now, whatever its age (tests, operators).
	 */
	public void resubmitAllIncomplete() {
		this.incomplete.resubmitIncompletePublications((publication) -> true);
	}

}
