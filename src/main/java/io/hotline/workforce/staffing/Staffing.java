package io.hotline.workforce.staffing;

import java.time.Duration;
import java.util.List;

/**
 * Agents needed per interval for a service level: the fewest agents whose service level
 * (Erlang C or Erlang A) reaches the target, then shrinkage on top.
 */
public final class Staffing {

	private final Duration interval;

	private final double handlingSeconds;

	private final ServiceLevel level;

	private final StaffingMethod method;

	private final double patienceSeconds;

	private final Shrinkage shrinkage;

	/**
	 * @param interval the length of an interval (5, 15 or 30 minutes)
	 * @param handling mean handling time (talk and after-call work)
	 * @param patience callers' mean time to abandon (Erlang A only; may be null for
	 * Erlang C)
	 */
	public Staffing(Duration interval, Duration handling, ServiceLevel level, StaffingMethod method, Duration patience,
			Shrinkage shrinkage) {
		if (interval.isZero() || interval.isNegative() || handling.isZero() || handling.isNegative()) {
			throw new IllegalArgumentException("interval and handling time must be positive");
		}
		if (method == StaffingMethod.ERLANG_A && (patience == null || patience.isZero() || patience.isNegative())) {
			throw new IllegalArgumentException("Erlang A needs the callers' patience");
		}
		this.interval = interval;
		this.handlingSeconds = handling.toMillis() / 1000.0;
		this.level = level;
		this.method = method;
		this.patienceSeconds = (patience != null) ? patience.toMillis() / 1000.0 : Double.POSITIVE_INFINITY;
		this.shrinkage = shrinkage;
	}

	public List<IntervalStaffing> forDay(List<IntervalCalls> intervals) {
		return intervals.stream().map(this::forInterval).toList();
	}

	public IntervalStaffing forInterval(IntervalCalls calls) {
		if (calls.calls() < 0) {
			throw new IllegalArgumentException("calls must not be negative: " + calls);
		}
		if (calls.calls() == 0) {
			return new IntervalStaffing(calls.start(), 0, 0, 0, 1, 0);
		}
		double rate = calls.calls() / (this.interval.toMillis() / 1000.0);
		int agents = fewestAgents(rate);
		return new IntervalStaffing(calls.start(), calls.calls(), agents, this.shrinkage.scheduled(agents),
				serviceLevel(rate, agents), abandonment(rate, agents));
	}

	/** Offered traffic in Erlangs for a rate of calls per second. */
	double erlangs(double callsPerSecond) {
		return callsPerSecond * this.handlingSeconds;
	}

	double serviceLevel(double callsPerSecond, int agents) {
		if (this.method == StaffingMethod.ERLANG_C) {
			return ErlangC.serviceLevel(erlangs(callsPerSecond), agents, this.handlingSeconds,
					this.level.targetSeconds());
		}
		return ErlangA
			.outcome(callsPerSecond, this.handlingSeconds, this.patienceSeconds, agents, this.level.targetSeconds())
			.serviceLevel();
	}

	private double abandonment(double callsPerSecond, int agents) {
		if (this.method == StaffingMethod.ERLANG_C) {
			return 0;
		}
		return ErlangA
			.outcome(callsPerSecond, this.handlingSeconds, this.patienceSeconds, agents, this.level.targetSeconds())
			.abandonment();
	}

	private int fewestAgents(double callsPerSecond) {
		int low = 0; // never enough
		int high = Math.max(1, (int) Math.ceil(erlangs(callsPerSecond)) + 1);
		while (serviceLevel(callsPerSecond, high) < this.level.fraction()) {
			low = high;
			high *= 2;
		}
		while (high - low > 1) {
			int middle = (low + high) >>> 1;
			if (serviceLevel(callsPerSecond, middle) >= this.level.fraction()) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return high;
	}

}
