package io.hotline.portal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * At most so many attempts per client in a fixed window that opens with the client's
 * first attempt; every attempt counts, refused ones too. Memory stays bounded: ended
 * windows are swept out once a second, and beyond {@code maxClients} remembered clients
 * the new ones share a single window.
 */
final class ClientWindows {

	/** The window that the clients beyond {@code maxClients} share. */
	static final String OTHERS = "*";

	private static final long SWEEP_NANOS = 1_000_000_000L;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final int limit;

	private final long windowNanos;

	private final int maxClients;

	private final LongSupplier ticker;

	private final AtomicLong nextSweep;

	/**
	 * @param ticker monotonic nanoseconds ({@link System#nanoTime()} but in tests)
	 */
	ClientWindows(int limit, Duration window, int maxClients, LongSupplier ticker) {
		if (limit < 1) {
			throw new IllegalArgumentException("A limit of at least 1 attempt per window is needed, not " + limit);
		}
		this.limit = limit;
		this.windowNanos = window.toNanos();
		this.maxClients = maxClients;
		this.ticker = ticker;
		this.nextSweep = new AtomicLong(ticker.getAsLong() + SWEEP_NANOS);
	}

	int limit() {
		return this.limit;
	}

	/**
	 * Counts an attempt of the client: empty while within the limit, else how long to
	 * wait.
	 */
	Optional<Duration> admit(String client) {
		long now = this.ticker.getAsLong();
		sweep(now);
		String key = (this.windows.size() >= this.maxClients && !this.windows.containsKey(client)) ? OTHERS : client;
		Window window = this.windows.compute(key, (k, open) -> (open == null || open.endedBy(now))
				? new Window(now + this.windowNanos, 1) : open.counted(this.limit));
		return (window.count() <= this.limit) ? Optional.empty() : Optional.of(Duration.ofNanos(window.ends() - now));
	}

	/** How many clients are remembered now. */
	int clients() {
		return this.windows.size();
	}

	void clear() {
		this.windows.clear();
	}

	private void sweep(long now) {
		long due = this.nextSweep.get();
		if (now - due >= 0 && this.nextSweep.compareAndSet(due, now + SWEEP_NANOS)) {
			this.windows.values().removeIf((window) -> window.endedBy(now));
		}
	}

	/**
	 * A client's window: when it ends and how many attempts it counted (at most one over
	 * the limit).
	 */
	private record Window(long ends, int count) {

		boolean endedBy(long now) {
			return now - this.ends >= 0;
		}

		Window counted(int limit) {
			return new Window(this.ends, Math.min(this.count + 1, limit + 1));
		}

	}

}
