package io.hotline.workforce.surge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.cti.AgentState;
import io.hotline.cti.SeatTallies;
import io.hotline.workforce.SurgeReports;

/**
 * Whether a surge is on, since when and why (the figures the last check saw, the trigger
 * it compared them with), the measures set on for a surge ({@code measures}) and those in
 * effect now ({@code active}: the same while the surge is on, none while it is off).
 */
record SurgeStatus(boolean on, Instant since, String reason, Long offered, Double forecast, double factor, int minutes,
		List<String> measures, List<String> active, Instant checkedAt, Seats seats) {

	/** The same status with the seats read now. */
	SurgeStatus withSeats(Seats now) {
		return new SurgeStatus(this.on, this.since, this.reason, this.offered, this.forecast, this.factor, this.minutes,
				this.measures, this.active, this.checkedAt, now);
	}

	/**
	 * Who answers from where: agents signed in now at the centre, in cloud seats and at
	 * each partner hotline, and the calls each answered over the trigger's window
	 * ({@code minutes}); null where a status is not read for a person.
	 */
	record Seats(int centre, int cloud, int partner, List<SurgeReports.Helper> partners, Answered answered) {

		static Seats of(List<SeatTallies.SeatTally> tallies) {
			int[] agents = new int[3];
			long[] answered = new long[3];
			List<SurgeReports.Helper> partners = new ArrayList<>();
			for (SeatTallies.SeatTally t : tallies) {
				agents[t.seat().ordinal()] += t.signedIn();
				answered[t.seat().ordinal()] += t.answered();
				if (t.seat() == AgentState.Seat.Kind.PARTNER) {
					partners.add(new SurgeReports.Helper(t.partner(), t.signedIn(), t.answered()));
				}
			}
			return new Seats(agents[0], agents[1], agents[2], partners,
					new Answered(answered[0], answered[1], answered[2]));
		}

	}

	/**
	 * The calls answered over the window by the centre's, the cloud and the partners'
	 * seats.
	 */
	record Answered(long centre, long cloud, long partner) {

	}

}
