package io.hotline.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reactions done once per event: a listener of a durable event (see
 * docs/decisions/0009-durable-order-events.md) asks {@link #firstTime} in its own
 * transaction before it acts; the row it inserts ({@code reaction_done}) commits or rolls
 * back with what it did, so an event delivered again (resubmitted after a crash or a
 * failure, or by another instance at its start) is skipped where it was handled.
 */
@Service
public class Reactions {

	private static final Logger log = LoggerFactory.getLogger(Reactions.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	/** Reactions whose next event is to be interrupted (tests of a crash). */
	private final Set<String> interrupting = ConcurrentHashMap.newKeySet();

	Reactions(JdbcClient jdbc, Clock clock, @Value("${hotline.reactions.keep-days:7}") int keepDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = Duration.ofDays(keepDays);
	}

	/**
	 * Whether this reaction has not handled this event yet; notes that it has, in the
	 * current transaction (mandatory: the note must commit with the reaction's work). A
	 * delivery of the same event in another transaction at the same time waits for this
	 * one and is then told false.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstTime(String reaction, long eventId) {
		beginning(reaction, eventId);
		return this.jdbc.sql("""
				insert into reaction_done (reaction, event_id, done_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(reaction, eventId, Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/**
	 * Where a reaction is idempotent by nature (an upsert, a transition that checks the
	 * state it starts from) and notes nothing: the point where it may be interrupted
	 * ({@link #interruptNext}).
	 */
	public void beginning(String reaction, long eventId) {
		if (this.interrupting.remove(reaction)) {
			throw new Interrupted(reaction, eventId);
		}
	}

	/**
	 * Fails the next event of this reaction before it acts, as a crash between the commit
	 * of the event and its reaction would leave it: its publication stays incomplete
	 * until it is resubmitted (tests).
	 */
	public void interruptNext(String reaction) {
		this.interrupting.add(reaction);
	}

	/** Whether the reaction handled the event. */
	@Transactional(readOnly = true)
	public boolean done(String reaction, long eventId) {
		return this.jdbc.sql("select exists (select 1 from reaction_done where reaction = ? and event_id = ?)")
			.params(reaction, eventId)
			.query(Boolean.class)
			.single();
	}

	/** Forgets what was done long ago: events that old are not delivered again. */
	@Scheduled(cron = "${hotline.reactions.purge-cron:0 20 4 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "reactions-purge", lockAtLeastFor = "PT1M")
	@Transactional
	public void purgeOldReactions() {
		int purged = this.jdbc.sql("delete from reaction_done where done_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(this.keep)))
			.update();
		if (purged > 0) {
			log.info("reactions: {} notes older than {} days purged", purged, this.keep.toDays());
		}
	}

	/** A reaction interrupted on purpose ({@link #interruptNext}). */
	public static final class Interrupted extends RuntimeException {

		Interrupted(String reaction, long eventId) {
			super("reaction " + reaction + " interrupted before event " + eventId + " (as by a crash)");
		}

	}

}
