package io.hotline.workforce.surge;

import java.time.LocalTime;
import java.util.Arrays;

import io.hotline.workforce.staffing.ErlangC;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The surge simulation against cases whose answer is known: a quiet day with ample
 * agents, Erlang C's stationary queue, the trigger, and the measures' direction.
 */
class QueueSimulationTests {

	private static final SurgeMeasures NONE = SurgeFigures.MEASURES.none();

	@Test
	void aNormalDayWithAmpleAgentsAnswersEveryone() {
		DayPlan day = day(12, 30, 60, 30);
		DayOutcome outcome = QueueSimulation.run(day, NONE, Callers.defaults(1));
		assertThat(outcome.offered()).isBetween(600L, 840L);
		assertThat(outcome.answerRate()).isGreaterThan(0.999);
		assertThat(outcome.abandoned()).isZero();
		assertThat(outcome.surgeSince()).isNegative();
	}

	@Test
	void erlangCKnowsTheMeanWaitOfTheIssuesExample() {
		// 3.5 calls a minute, 3-minute handling, 13 agents: mean wait 26.56 s
		double load = 3.5 * 3;
		double meanWait = ErlangC.probabilityOfWaiting(load, 13) * 180 / (13 - load);
		assertThat(meanWait).isCloseTo(26.56, within(0.01));
		// 13 agents answer 72 % within 20 s: 80/20 takes 14
		assertThat(ErlangC.serviceLevel(load, 13, 180, 20)).isCloseTo(0.7206, within(0.001));
		assertThat(ErlangC.agentsFor(3.5 / 60 * 180, 180, 0.8, 20)).isEqualTo(14);
	}

	@Test
	void aStationaryQueueAnswersWithinTwentySecondsAsErlangCSays() {
		// 300 hours of 3.5 calls a minute, callers who never hang up
		DayPlan day = day(300, 60, 210, 13);
		Callers patient = Callers.defaults(7).withPatience(Double.POSITIVE_INFINITY);
		DayOutcome outcome = QueueSimulation.run(day,
				new SurgeMeasures(NONE.trigger(), NONE.callbackQueue(), NONE.deflection(), NONE.cloudSeats(),
						NONE.overflow(), null, null),
				new Callers(180, Double.POSITIVE_INFINITY, 0, 1, 60, patient.seed()));
		double simulated = (double) outcome.answeredWithinTarget() / outcome.answered();
		assertThat(outcome.abandoned()).isZero();
		assertThat(simulated).isCloseTo(ErlangC.serviceLevel(10.5, 13, 180, 20), within(0.02));
	}

	@Test
	void theTriggerFiresAboveTheForecastTimesItsFactorOnly() {
		SurgeMeasures.Trigger trigger = new SurgeMeasures.Trigger(1.5, 15);
		assertThat(SurgeTrigger.fires(trigger, new LiveContacts.Window(151, 100))).isTrue();
		assertThat(SurgeTrigger.fires(trigger, new LiveContacts.Window(150, 100))).isFalse();
		assertThat(SurgeTrigger.fires(trigger, new LiveContacts.Window(5, 0))).as("no forecast, no surge").isFalse();

		SurgeMeasures measures = SurgeFigures.MEASURES;
		DayOutcome normal = QueueSimulation.run(day(36, 5, 100, 50), measures, Callers.defaults(3));
		assertThat(normal.surgeSince()).as("a day at its forecast").isNegative();
		DayPlan doubled = day(36, 5, 100, 50);
		Arrays.fill(doubled.expectedCalls(), 12, 36, 200);
		DayOutcome surge = QueueSimulation.run(doubled, measures, Callers.defaults(3));
		assertThat(surge.surgeSince()).as("at the end of the 2nd doubled interval: 2 × 200 + 100 > 1.5 × 300")
			.isEqualTo(14 * 5 * 60);
	}

	@Test
	void theMeasuresServeMoreCallersOfASurgeAndKeepThePromise() {
		DayPlan surge = day(48, 15, 100, 30);
		Arrays.fill(surge.expectedCalls(), 8, 16, 600);
		SurgeMeasures all = new SurgeMeasures(SurgeFigures.MEASURES.trigger(), SurgeFigures.MEASURES.callbackQueue(),
				SurgeFigures.MEASURES.deflection(), new SurgeMeasures.CloudSeats(true, 20, 30, 8),
				new SurgeMeasures.Overflow(true, "partners", 10, 0.3), null, null);
		DayOutcome without = QueueSimulation.run(surge, all.none(), Callers.defaults(5));
		DayOutcome with = QueueSimulation.run(surge, all, Callers.defaults(5));
		assertThat(with.offered()).isEqualTo(without.offered());
		assertThat(with.answeredOrCalledBack()).isGreaterThan(without.answeredOrCalledBack() + 0.2);
		assertThat(with.deflected()).isPositive();
		assertThat(with.partnerAnswered()).isPositive();
		assertThat(with.partnerAnswered()).isLessThanOrEqualTo((long) (0.3 * with.answered()) + 1);
		assertThat(with.calledBackInTime()).isPositive();
		assertThat(with.calledBackLate()).isLessThan(with.calledBackInTime() / 10);
		for (String measure : new String[] { "deflection", "cloud", "overflow" }) {
			assertThat(QueueSimulation.run(surge, all.only(measure), Callers.defaults(5)).answeredOrCalledBack())
				.as(measure)
				.isGreaterThan(without.answeredOrCalledBack());
		}
	}

	private static DayPlan day(int intervals, int minutes, double calls, int agents) {
		double[] expected = new double[intervals];
		double[] forecast = new double[intervals];
		int[] staff = new int[intervals];
		Arrays.fill(expected, calls);
		Arrays.fill(forecast, calls);
		Arrays.fill(staff, agents);
		return new DayPlan(LocalTime.of(7, 0), minutes, expected, forecast, staff);
	}

}
