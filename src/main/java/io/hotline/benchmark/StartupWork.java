package io.hotline.benchmark;

import java.time.Duration;
import java.util.List;

import io.hotline.platform.Workers;

/**
 * What the platform does by itself after a start (the recent orders' index and their
 * meanings, the order facts, the hotspots, the knowledge index) is done before a
 * measurement begins: the figures are of the platform at work, not of its start.
 */
final class StartupWork {

	static final Duration MOST = Duration.ofMinutes(10);

	private StartupWork() {
	}

	/** Waits for it and prints how long it took. */
	static void awaitDone(Workers workers) throws InterruptedException {
		awaitDone(workers, "start-up work:    ");
	}

	/**
	 * Waits for the work that follows what was just done (the orders' checks, facts and
	 * indexes after a load) and prints how long it went on after the load ended, with the
	 * given label.
	 */
	static void awaitDone(Workers workers, String label) throws InterruptedException {
		long started = System.nanoTime();
		List<String> busy = workers.busy();
		boolean idle = workers.awaitIdle(MOST);
		System.out.printf("%s %s in %.1f s%s%n", label, idle ? "done" : "still running, measured anyway",
				(System.nanoTime() - started) / 1e9, busy.isEmpty() ? "" : " (" + String.join(", ", busy) + ")");
	}

}
