package io.hotline.benchmark;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies counted in buckets 5 % wide, from 10 µs to over 100 s: percentiles of any
 * number of requests in constant memory, so that a long run's own bookkeeping does not
 * grow the heap it measures.
 */
final class LatencyHistogram {

	private static final double LOWEST_NANOS = 10_000;

	private static final double GROWTH = 1.05;

	private static final int BUCKETS = 340;

	private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

	void record(long nanos) {
		this.counts.incrementAndGet(bucket(nanos));
	}

	long count() {
		long total = 0;
		for (int i = 0; i < BUCKETS; i++) {
			total += this.counts.get(i);
		}
		return total;
	}

	/**
	 * The percentile in milliseconds (the middle of its bucket), NaN without requests.
	 */
	double percentileMillis(double percentile) {
		long total = count();
		if (total == 0) {
			return Double.NaN;
		}
		long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += this.counts.get(i);
			if (seen >= rank) {
				return LOWEST_NANOS * Math.pow(GROWTH, i + 0.5) / 1e6;
			}
		}
		return LOWEST_NANOS * Math.pow(GROWTH, BUCKETS) / 1e6;
	}

	static int bucket(long nanos) {
		if (nanos <= LOWEST_NANOS) {
			return 0;
		}
		int index = (int) (Math.log(nanos / LOWEST_NANOS) / Math.log(GROWTH));
		return Math.min(index, BUCKETS - 1);
	}

}
