package io.hotline.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of the background workers' failures: the first failure of each kind (the
 * worker, the exception's class and where it was thrown) is logged whole; the same kind
 * again only as a count, at most once per {@link #QUIET}, so that a database gone away
 * gives a line, not one per order.
 */
final class FailureLog {

	private static final Logger log = LoggerFactory.getLogger(Worker.class);

	static final Duration QUIET = Duration.ofMinutes(5);

	private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

	private final Clock clock;

	FailureLog(Clock clock) {
		this.clock = clock;
	}

	void failed(String worker, Throwable failure) {
		StackTraceElement[] trace = failure.getStackTrace();
		String key = worker + " " + failure.getClass().getName() + " " + ((trace.length == 0) ? "" : trace[0]);
		Instant now = this.clock.instant();
		Kind kind = this.kinds.computeIfAbsent(key, (k) -> new Kind());
		long count = kind.count.incrementAndGet();
		if (count == 1) {
			kind.reported = now;
			log.warn(
					"background worker {}: an item failed (further failures like it are counted in "
							+ "hotline.worker.failures and summed up here every {} minutes)",
					worker, QUIET.toMinutes(), failure);
		}
		else if (!now.isBefore(kind.reported.plus(QUIET))) {
			kind.reported = now;
			log.warn("background worker {}: {} items have failed like this since it started: {}", worker, count,
					String.valueOf(failure));
		}
	}

	void dropped(String worker) {
		failed(worker, new IllegalStateException("the worker's queue is full: an item was dropped"));
	}

	private static final class Kind {

		private final AtomicLong count = new AtomicLong();

		private volatile Instant reported;

	}

}
