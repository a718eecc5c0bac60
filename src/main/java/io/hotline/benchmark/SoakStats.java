package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per kind of request: how many, how many failed (with the first few failures in words),
 * how many met a concurrent change and were retried, and their latencies; all in constant
 * memory.
 */
final class SoakStats {

	/** Failures kept in words, per kind. */
	private static final int KEPT_FAILURES = 5;

	private final Map<SoakKind, Kind> kinds = new EnumMap<>(SoakKind.class);

	private final AtomicInteger printed = new AtomicInteger();

	private final int printFailures;

	/**
	 * @param printFailures how many failures to print as they happen (0: none)
	 */
	SoakStats(int printFailures) {
		this.printFailures = printFailures;
		for (SoakKind kind : SoakKind.values()) {
			this.kinds.put(kind, new Kind());
		}
	}

	/** A request sent and answered (or not) after so many nanoseconds. */
	void request(SoakKind kind, long nanos) {
		Kind k = this.kinds.get(kind);
		k.requests.increment();
		k.latencies.record(nanos);
	}

	/**
	 * A request whose answer was not the expected one: its status and problem in words.
	 */
	void failure(SoakKind kind, String what) {
		Kind k = this.kinds.get(kind);
		k.errors.increment();
		if (k.failures.size() < KEPT_FAILURES) {
			k.failures.add(what);
		}
		if (this.printed.incrementAndGet() <= this.printFailures) {
			System.out.println("  ! " + kind.label() + ": " + what);
		}
	}

	/**
	 * A change answered 409 by a concurrent change and retried with the fresh version.
	 */
	void conflictRetried(SoakKind kind) {
		this.kinds.get(kind).conflicts.increment();
	}

	long requests(SoakKind kind) {
		return this.kinds.get(kind).requests.sum();
	}

	long errors(SoakKind kind) {
		return this.kinds.get(kind).errors.sum();
	}

	long conflictsRetried(SoakKind kind) {
		return this.kinds.get(kind).conflicts.sum();
	}

	double percentileMillis(SoakKind kind, double percentile) {
		return this.kinds.get(kind).latencies.percentileMillis(percentile);
	}

	List<String> failures(SoakKind kind) {
		return new ArrayList<>(this.kinds.get(kind).failures);
	}

	long requests() {
		return this.kinds.values().stream().mapToLong((k) -> k.requests.sum()).sum();
	}

	long errors() {
		return this.kinds.values().stream().mapToLong((k) -> k.errors.sum()).sum();
	}

	long conflictsRetried() {
		return this.kinds.values().stream().mapToLong((k) -> k.conflicts.sum()).sum();
	}

	private static final class Kind {

		private final LongAdder requests = new LongAdder();

		private final LongAdder errors = new LongAdder();

		private final LongAdder conflicts = new LongAdder();

		private final LatencyHistogram latencies = new LatencyHistogram();

		private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

	}

}
