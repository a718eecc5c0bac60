package io.hotline.benchmark;

import java.time.Duration;

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
		long started = System.nanoTime();
		boolean idle = workers.awaitIdle(MOST);
		System.out.printf("start-up work:     %s in %.1f s%n", idle ? "done" : "still running, measured anyway",
				(System.nanoTime() - started) / 1e9);
	}

}
