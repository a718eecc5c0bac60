package io.hotline.workforce.surge;

import java.time.LocalTime;

/**
 * A day to simulate, interval by interval: the calls expected (the arrival rate), the
 * calls forecast for a normal day (what the trigger compares with) and the rostered
 * agents.
 */
record DayPlan(LocalTime opens, int intervalMinutes, double[] expectedCalls, double[] forecastCalls, int[] agents) {

	DayPlan {
		if (expectedCalls.length != forecastCalls.length || expectedCalls.length != agents.length) {
			throw new IllegalArgumentException("a day plan needs as many forecasts and agents as intervals");
		}
	}

	int intervals() {
		return this.expectedCalls.length;
	}

	double intervalSeconds() {
		return this.intervalMinutes * 60.0;
	}

	/** The seconds from the day's opening to its end (the last interval's end). */
	double closesAt() {
		return intervals() * intervalSeconds();
	}

	double totalExpected() {
		double total = 0;
		for (double calls : this.expectedCalls) {
			total += calls;
		}
		return total;
	}

	int peakAgents() {
		int peak = 0;
		for (int n : this.agents) {
			peak = Math.max(peak, n);
		}
		return peak;
	}

}
