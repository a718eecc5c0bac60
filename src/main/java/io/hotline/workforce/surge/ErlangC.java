package io.hotline.workforce.surge;

/**
 * The few Erlang C formulas the simulation needs to staff a normal day (M/M/n, callers
 * who never give up).
 */
final class ErlangC {

	private ErlangC() {
	}

	/** The probability that a caller waits at all, for this load (Erlangs) and agents. */
	static double waitProbability(double load, int agents) {
		if (agents <= load) {
			return 1;
		}
		double blocking = 1;
		for (int k = 1; k <= agents; k++) {
			blocking = load * blocking / (k + load * blocking);
		}
		return agents * blocking / (agents - load * (1 - blocking));
	}

	/** The share of callers answered within {@code answerSeconds}. */
	static double serviceLevel(double load, int agents, double answerSeconds, double handlingSeconds) {
		if (agents <= load) {
			return 0;
		}
		return 1 - waitProbability(load, agents) * Math.exp(-(agents - load) * answerSeconds / handlingSeconds);
	}

	/**
	 * The fewest agents that answer {@code level} of the calls within
	 * {@code answerSeconds} (80/20: 0.8 within 20 s).
	 */
	static int agentsFor(double callsPerSecond, double handlingSeconds, double level, double answerSeconds) {
		double load = callsPerSecond * handlingSeconds;
		if (load <= 0) {
			return 0;
		}
		int agents = (int) Math.floor(load) + 1;
		while (serviceLevel(load, agents, answerSeconds, handlingSeconds) < level) {
			agents++;
		}
		return agents;
	}

}
