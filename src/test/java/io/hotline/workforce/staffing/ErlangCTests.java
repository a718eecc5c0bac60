package io.hotline.workforce.staffing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ErlangCTests {

	// 3.5 calls a minute, 3 minutes' handling: 10.5 Erlangs
	private static final double ERLANGS = 3.5 * 3;

	@Test
	void meanWaitOfTheKnownExample() {
		assertThat(ErlangC.meanWaitSeconds(ERLANGS, 13, 180)).isCloseTo(26.56, within(0.01));
	}

	@Test
	void serviceLevelAgreesWithTheTextbookFormula() {
		// P(wait) by the textbook formula with factorials (fine for 13 agents)
		double sum = 0;
		double term = 1;
		for (int k = 0; k < 13; k++) {
			sum += term;
			term *= ERLANGS / (k + 1);
		}
		double top = term * 13 / (13 - ERLANGS);
		double waiting = top / (sum + top);
		assertThat(ErlangC.probabilityOfWaiting(ERLANGS, 13)).isCloseTo(waiting, within(1e-12));
		assertThat(waiting).isCloseTo(0.3688, within(0.0001));
		assertThat(ErlangC.serviceLevel(ERLANGS, 13, 180, 15)).isCloseTo(1 - waiting * Math.exp(-2.5 * 15 / 180.0),
				within(1e-12));
		assertThat(ErlangC.serviceLevel(ERLANGS, 13, 180, 15)).isCloseTo(0.7005, within(0.0001));
	}

	@Test
	void largeTrafficNeitherOverflowsNorLosesTheAnswer() {
		double waiting = ErlangC.probabilityOfWaiting(300, 320);
		assertThat(waiting).isBetween(0.0, 1.0);
		Staffing staffing = new Staffing(java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(3),
				ServiceLevel.of(90, 15), StaffingMethod.ERLANG_C, null, Shrinkage.NONE);
		// 3,000 calls in half an hour at 3 minutes: 300 Erlangs
		IntervalStaffing need = staffing
			.forInterval(new IntervalCalls(java.time.LocalDateTime.of(2026, 1, 5, 9, 0), 3000));
		assertThat(need.agents()).isBetween(301, 340);
		assertThat(need.serviceLevel()).isGreaterThanOrEqualTo(0.9);
		assertThat(ErlangC.serviceLevel(300, need.agents() - 1, 180, 15)).isLessThan(0.9);
	}

}
