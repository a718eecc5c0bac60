package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The soak's report and its verdict. It passes when no request failed (warm-up included),
 * nothing was logged at ERROR, and the heap after a full collection at the end is no more
 * than {@link #allowedGrowth} above the start: 64 MiB or a fifth of the start, whichever
 * is more — room for the caches and indexes that fill with the orders of the run, not for
 * a leak, which grows with every minute.
 */
final class SoakReport {

	private static final long MIB = 1024 * 1024;

	private final String heading;

	private final SoakStats warmup;

	private final SoakStats stats;

	private final double seconds;

	private final List<SoakSample> minutes;

	private final SoakSample start;

	private final SoakSample end;

	private final LoggedErrors logged;

	SoakReport(String heading, SoakStats warmup, SoakStats stats, double seconds, SoakSample start,
			List<SoakSample> minutes, SoakSample end, LoggedErrors logged) {
		this.heading = heading;
		this.warmup = warmup;
		this.stats = stats;
		this.seconds = seconds;
		this.start = start;
		this.minutes = List.copyOf(minutes);
		this.end = end;
		this.logged = logged;
	}

	/** How much the heap after a full collection may grow from the start to the end. */
	static long allowedGrowth(long startBytes) {
		return Math.max(64 * MIB, startBytes / 5);
	}

	long heapGrowth() {
		return this.end.heapAfterGc() - this.start.heapAfterGc();
	}

	/** Why the soak failed; empty when it passed. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		long errors = this.warmup.errors() + this.stats.errors();
		if (errors > 0) {
			problems.add(String.format("%,d requests failed", errors));
		}
		if (this.logged.errors() > 0) {
			problems.add(String.format("%,d ERROR lines logged", this.logged.errors()));
		}
		if (heapGrowth() > allowedGrowth(this.start.heapAfterGc())) {
			problems.add(String.format("the heap after GC grew by %,d MiB, more than the %,d MiB allowed",
					heapGrowth() / MIB, allowedGrowth(this.start.heapAfterGc()) / MIB));
		}
		return problems;
	}

	String text() {
		List<String> lines = new ArrayList<>();
		lines.add(this.heading);
		lines.add("");
		lines.add(String.format("%-22s %10s %7s %10s %9s %9s", "kind", "requests", "errors", "conflicts", "p50 ms",
				"p99 ms"));
		for (SoakKind kind : SoakKind.values()) {
			lines.add(String.format("%-22s %,10d %,7d %,10d %9.1f %9.1f", kind.label(), this.stats.requests(kind),
					this.stats.errors(kind), this.stats.conflictsRetried(kind), this.stats.percentileMillis(kind, 50),
					this.stats.percentileMillis(kind, 99)));
		}
		lines.add(String.format("%-22s %,10d %,7d %,10d", "total", this.stats.requests(), this.stats.errors(),
				this.stats.conflictsRetried()));
		lines.add(String.format(
				"%,.0f requests/s over %.1f min; warm-up %,d requests, %,d errors; "
						+ "conflicts = 409s of a concurrent change retried once with the fresh version",
				rate(), this.seconds / 60, this.warmup.requests(), this.warmup.errors()));
		lines.add("");
		lines.add("heap after a full GC, threads, database size:");
		lines.add("  " + sample("start", this.start));
		for (SoakSample minute : this.minutes) {
			lines.add("  " + sample(String.format("%.1f min", minute.at().toMillis() / 60_000.0), minute));
		}
		lines.add("  " + sample("end", this.end));
		if (this.minutes.size() >= 2) {
			lines.add(String.format("  growth from the first to the last sample under load: %+,d MiB",
					this.minutes.get(this.minutes.size() - 1).heapMib() - this.minutes.get(0).heapMib()));
		}
		lines.add(String.format("  growth from start to end: %+,d MiB (allowed: %,d MiB, the more of 64 MiB and 20 %%)",
				heapGrowth() / MIB, allowedGrowth(this.start.heapAfterGc()) / MIB));
		lines.add(String.format("  database %,d MiB → %,d MiB; threads %d → %d", this.start.databaseBytes() / MIB,
				this.end.databaseBytes() / MIB, this.start.threads(), this.end.threads()));
		lines.add(String.format("logged during the soak: %,d ERROR lines, %,d WARN lines", this.logged.errors(),
				this.logged.warnings()));
		failures(lines);
		lines.add("");
		lines.add("kinds of request:");
		for (SoakKind kind : SoakKind.values()) {
			lines.add(String.format("  %-22s %s", kind.label(), kind.what()));
		}
		List<String> problems = problems();
		lines.add("");
		lines.add(problems.isEmpty() ? "PASSED" : "FAILED: " + String.join("; ", problems));
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	private void failures(List<String> lines) {
		for (SoakStats run : List.of(this.warmup, this.stats)) {
			for (SoakKind kind : SoakKind.values()) {
				List<String> failures = run.failures(kind);
				if (!failures.isEmpty()) {
					lines.add(String.format("failed %s (%s, the first %d of %,d):", kind.label(),
							(run == this.warmup) ? "warm-up" : "soak", failures.size(), run.errors(kind)));
					failures.forEach((failure) -> lines.add("  " + failure));
				}
			}
		}
		if (!this.logged.lines().isEmpty()) {
			lines.add("ERROR lines (the first " + this.logged.lines().size() + "):");
			this.logged.lines().forEach((line) -> lines.add("  " + line));
		}
	}

	private double rate() {
		return this.stats.requests() / Math.max(this.seconds, 1e-9);
	}

	private static String sample(String label, SoakSample sample) {
		return String.format("%-9s heap %,6d MiB  threads %4d  database %,7d MiB  requests %,10d  errors %,d", label,
				sample.heapMib(), sample.threads(), sample.databaseBytes() / MIB, sample.requests(), sample.errors());
	}

}
