package io.hotline.workforce.staffing;

/**
 * Erlang C (M/M/n, callers wait forever). Computed through the Erlang B recursion
 * {@code B(k) = A·B(k-1) / (k + A·B(k-1))}, which stays between 0 and 1 for any traffic,
 * so 300 Erlangs or more neither overflow nor lose precision (no factorials, no powers).
 */
public final class ErlangC {

	private ErlangC() {
	}

	/** Erlang B: the probability that all {@code agents} are busy in a loss system. */
	static double erlangB(double erlangs, int agents) {
		double b = 1;
		for (int k = 1; k <= agents; k++) {
			b = erlangs * b / (k + erlangs * b);
		}
		return b;
	}

	/** The probability that a caller waits at all; 1 when the agents cannot keep up. */
	public static double probabilityOfWaiting(double erlangs, int agents) {
		if (agents <= erlangs) {
			return 1;
		}
		double b = erlangB(erlangs, agents);
		return agents * b / (agents - erlangs * (1 - b));
	}

	/** The mean wait of all callers (answered at once included), in seconds. */
	public static double meanWaitSeconds(double erlangs, int agents, double handlingSeconds) {
		if (agents <= erlangs) {
			return Double.POSITIVE_INFINITY;
		}
		return probabilityOfWaiting(erlangs, agents) * handlingSeconds / (agents - erlangs);
	}

	/**
	 * The fewest agents that answer {@code level} of the calls within
	 * {@code targetSeconds} (80/20: 0.8 within 20 s); 0 without traffic.
	 */
	public static int agentsFor(double erlangs, double handlingSeconds, double level, double targetSeconds) {
		if (erlangs <= 0) {
			return 0;
		}
		int agents = (int) Math.floor(erlangs) + 1;
		while (serviceLevel(erlangs, agents, handlingSeconds, targetSeconds) < level) {
			agents++;
		}
		return agents;
	}

	/** The fraction of callers answered within {@code targetSeconds}. */
	public static double serviceLevel(double erlangs, int agents, double handlingSeconds, double targetSeconds) {
		if (agents <= erlangs) {
			return 0;
		}
		return 1 - probabilityOfWaiting(erlangs, agents)
				* Math.exp(-(agents - erlangs) * targetSeconds / handlingSeconds);
	}

}
