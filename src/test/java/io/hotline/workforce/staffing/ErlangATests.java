package io.hotline.workforce.staffing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Erlang A against a discrete-event simulation of the M/M/n+M queue: callers served in
 * order of arrival by the agent free first; a caller whose wait would exceed their
 * patience hangs up and takes no agent. With 400,000 callers the simulation's standard
 * error is below 0.002; the tolerance is 0.01 absolute for the shares and 0.05 relative
 * for the mean queue.
 */
class ErlangATests {

	private static final double RATE = 3.5 / 60; // calls per second

	private static final double HANDLING = 180;

	@Test
	void agreesWithTheSimulationWhenShortOfAgents() {
		checkAgainstSimulation(10, 120, 15);
	}

	@Test
	void agreesWithTheSimulationNearTheTarget() {
		checkAgainstSimulation(13, 120, 15);
	}

	@Test
	void agreesWithTheSimulationWithImpatientCallers() {
		checkAgainstSimulation(12, 30, 20);
	}

	@Test
	void veryPatientCallersMeetErlangC() {
		ErlangA.Outcome outcome = ErlangA.outcome(RATE, HANDLING, 1e8, 13, 15);
		assertThat(outcome.serviceLevel()).isCloseTo(ErlangC.serviceLevel(10.5, 13, HANDLING, 15), within(1e-4));
		assertThat(outcome.probabilityOfWaiting()).isCloseTo(ErlangC.probabilityOfWaiting(10.5, 13), within(1e-4));
	}

	@Test
	void patienceFromObservedAbandonment() {
		// 40 calls abandoned, callers waited 4,800 s in all: 120 s mean patience
		assertThat(ErlangA.patienceSeconds(40, 4800)).isEqualTo(120);
	}

	@Test
	void abandonmentLowersTheAgentsNeededAndLargeTrafficStaysFinite() {
		IntervalCalls peak = new IntervalCalls(LocalDateTime.of(2026, 1, 5, 10, 0), 3000);
		IntervalStaffing c = staffing(StaffingMethod.ERLANG_C).forInterval(peak);
		IntervalStaffing a = staffing(StaffingMethod.ERLANG_A).forInterval(peak);
		assertThat(a.agents()).isLessThanOrEqualTo(c.agents()).isGreaterThan(250);
		assertThat(a.serviceLevel()).isGreaterThanOrEqualTo(0.8);
		assertThat(Double.isFinite(a.abandonment())).isTrue();
	}

	@Test
	void shrinkageAddsAgentsOnTop() {
		Staffing withShrinkage = new Staffing(Duration.ofMinutes(30), Duration.ofMinutes(3), ServiceLevel.of(80, 20),
				StaffingMethod.ERLANG_A, Duration.ofMinutes(2), new Shrinkage(0.1, 0.05, 0.05));
		var day = withShrinkage.forDay(java.util.List.of(new IntervalCalls(LocalDateTime.of(2026, 1, 5, 8, 0), 0),
				new IntervalCalls(LocalDateTime.of(2026, 1, 5, 8, 30), 105)));
		assertThat(day.get(0).agents()).isZero();
		IntervalStaffing busy = day.get(1);
		assertThat(busy.scheduled()).isEqualTo((int) Math.ceil(busy.agents() / 0.8 - 1e-9));
		assertThat(busy.scheduled()).isGreaterThan(busy.agents());
		// the fewest agents: one fewer misses 80/20
		assertThat(ErlangA.outcome(105 / 1800.0, 180, 120, busy.agents() - 1, 20).serviceLevel()).isLessThan(0.8);
	}

	private static Staffing staffing(StaffingMethod method) {
		return new Staffing(Duration.ofMinutes(30), Duration.ofMinutes(3), ServiceLevel.of(80, 20), method,
				Duration.ofMinutes(2), Shrinkage.NONE);
	}

	private static void checkAgainstSimulation(int agents, double patience, double target) {
		ErlangA.Outcome model = ErlangA.outcome(RATE, HANDLING, patience, agents, target);
		double[] simulated = simulate(agents, patience, target, 400_000, 42);
		assertThat(model.serviceLevel()).as("service level").isCloseTo(simulated[0], within(0.01));
		assertThat(model.abandonment()).as("abandonment").isCloseTo(simulated[1], within(0.01));
		assertThat(model.probabilityOfWaiting()).as("waiting").isCloseTo(simulated[2], within(0.01));
	}

	/** Service level, abandonment, share that waited. */
	private static double[] simulate(int agents, double patience, double target, int callers, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		PriorityQueue<Double> freeAt = new PriorityQueue<>();
		for (int i = 0; i < agents; i++) {
			freeAt.add(0.0);
		}
		double clock = 0;
		long inTime = 0;
		long abandoned = 0;
		long waited = 0;
		long counted = 0;
		int warmUp = callers / 20;
		for (int i = 0; i < callers; i++) {
			clock += exponential(random, 1 / RATE);
			double giveUp = exponential(random, patience);
			double start = Math.max(clock, freeAt.peek());
			double wait = start - clock;
			boolean answered = wait <= giveUp;
			if (answered) {
				freeAt.poll();
				freeAt.add(start + exponential(random, HANDLING));
			}
			if (i < warmUp) {
				continue;
			}
			counted++;
			if (wait > 0) {
				waited++;
			}
			if (!answered) {
				abandoned++;
			}
			else if (wait <= target) {
				inTime++;
			}
		}
		return new double[] { (double) inTime / counted, (double) abandoned / counted, (double) waited / counted };
	}

	private static double exponential(SplittableRandom random, double mean) {
		return -mean * Math.log(1 - random.nextDouble());
	}

}
