package io.hotline.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The polls that keep this instance's in-memory indexes current with what the other
 * instances of a cluster write (decision 0010): each one every
 * {@code hotline.indexes.follow-ms} (500 ms by default; 0 polls nothing, for a single
 * instance that has no other to follow: the polls' cost is within the benchmark's noise,
 * 0.1 % of the CPU samples of an intake; the quarter once measured was noise) on a thread
 * of its own (not the scheduler's, which long jobs hold), where the platform serves
 * ({@link Workers#startsWork}: not in a command-line task), from the start until the
 * platform stops, after the web server and before the workers and the database. A poll
 * that fails is logged once, and once again when it succeeds again; it is retried at the
 * next period.
 */
@Component
public class ChangeFeeds implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeeds.class);

	private final Map<String, Runnable> feeds = new ConcurrentHashMap<>();

	/** The failures in a row of each feed. */
	private final Map<String, Integer> failures = new ConcurrentHashMap<>();

	private final Duration every;

	private final boolean startsWork;

	private volatile ScheduledExecutorService executor;

	@Autowired
	ChangeFeeds(Workers workers, @Value("${hotline.indexes.follow-ms:500}") long everyMillis) {
		this(workers.startsWork(), Duration.ofMillis(everyMillis));
	}

	ChangeFeeds(boolean startsWork, Duration every) {
		this.every = every;
		this.startsWork = startsWork;
	}

	/**
	 * Whether the feeds are polled here: where the platform serves, not in a command-line
	 * task.
	 */
	public boolean follows() {
		return this.startsWork && this.every.toMillis() > 0;
	}

	/** Polls this feed every period while the platform serves. */
	public void follow(String name, Runnable poll) {
		this.feeds.put(name, poll);
	}

	@Override
	public synchronized void start() {
		if (!follows() || this.executor != null || this.feeds.isEmpty()) {
			return;
		}
		ScheduledExecutorService started = Executors.newScheduledThreadPool(this.feeds.size(), (task) -> {
			Thread thread = new Thread(task, "change-feed");
			thread.setDaemon(true);
			return thread;
		});
		long period = this.every.toMillis();
		this.feeds.forEach((name, poll) -> started.scheduleWithFixedDelay(() -> poll(name, poll), period, period,
				TimeUnit.MILLISECONDS));
		this.executor = started;
	}

	private void poll(String name, Runnable poll) {
		try {
			poll.run();
			Integer failed = this.failures.remove(name);
			if (failed != null) {
				// at the level of the failure, so that whoever saw the failure sees its
				// end
				log.warn("change feed {} read again after {} failed polls", name, failed);
			}
		}
		catch (RuntimeException ex) {
			if (this.failures.merge(name, 1, Integer::sum) == 1) {
				log.warn("change feed {} could not be read; retried every {} ms, logged again once it is read", name,
						this.every.toMillis(), ex);
			}
		}
	}

	/** Lets a poll in progress end, then stops. */
	@Override
	public synchronized void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running == null) {
			return;
		}
		running.shutdown();
		try {
			if (!running.awaitTermination(Workers.STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
				running.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			running.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	/** Starts after the workers, and stops before them. */
	@Override
	public int getPhase() {
		return Workers.PHASE + 1;
	}

}
