package io.hotline.benchmark;

import java.util.Arrays;

/** Request latencies of a run and its wall time: rate and percentiles. */
record Latencies(long[] nanos, long wallNanos, int failures) {

	double perSecond() {
		return this.nanos.length / (this.wallNanos / 1e9);
	}

	double percentileMillis(double percentile) {
		if (this.nanos.length == 0) {
			return Double.NaN;
		}
		long[] sorted = this.nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	String describe(String unit) {
		return String.format("%,d %s in %.1f s: %,.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d failed",
				this.nanos.length, unit, this.wallNanos / 1e9, perSecond(), percentileMillis(50), percentileMillis(99),
				percentileMillis(100), this.failures);
	}

	/** The percentiles of a run of few requests, one after another. */
	String percentiles() {
		return String.format("p50 %,.1f ms, p95 %,.1f ms, p99 %,.1f ms, max %,.1f ms (%d, %d failed)",
				percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100),
				this.nanos.length, this.failures);
	}

}
