package io.hotline.dispatch;

import java.time.LocalDate;
import java.util.List;

/**
 * 派单准确率 and 二次派单率 per period, of the orders first dispatched in it (a cohort by first
 * dispatch), and of the whole range.
 *
 * @param from the first day of the first period
 * @param to the last day of the last period (inclusive)
 * @param interval {@code day}, {@code week} or {@code month}
 * @param periods every period of the range, oldest first, empty ones too
 * @param total the whole range
 */
public record AccuracyReport(LocalDate from, LocalDate to, String interval, List<Period> periods, Figures total) {

	/**
	 * The figures of a cohort.
	 *
	 * @param dispatched orders whose first dispatch fell in the period
	 * @param returned how many of them a unit returned (退单) at least once
	 * @param redispatched how many of them were dispatched again after a return (改派); a
	 * dispatch after a callback's reopening is no dispatch error and does not count
	 * @param automatic how many of them were first dispatched automatically
	 * @param suggested how many of them were dispatched after a suggestion was shown (the
	 * latest dispatch with the latest suggestion)
	 * @param accepted how many of those went to the suggested unit (采纳)
	 * @param accuracy 派单准确率, 1 − returned / dispatched; null without dispatches
	 * @param redispatchRate 二次派单率, redispatched / dispatched; null without dispatches
	 * @param acceptanceRate accepted / suggested; null without suggestions
	 */
	public record Figures(long dispatched, long returned, long redispatched, long automatic, long suggested,
			long accepted, Double accuracy, Double redispatchRate, Double acceptanceRate) {

		static final Figures NONE = of(0, 0, 0, 0, 0, 0);

		static Figures of(long dispatched, long returned, long redispatched, long automatic, long suggested,
				long accepted) {
			return new Figures(dispatched, returned, redispatched, automatic, suggested, accepted,
					rate(dispatched, dispatched - returned), rate(dispatched, redispatched), rate(suggested, accepted));
		}

		Figures plus(Figures other) {
			return of(this.dispatched + other.dispatched, this.returned + other.returned,
					this.redispatched + other.redispatched, this.automatic + other.automatic,
					this.suggested + other.suggested, this.accepted + other.accepted);
		}

		/** A share to four decimals (a hundredth of a percent), enough for a chart. */
		private static Double rate(long of, long part) {
			return (of == 0) ? null : Math.round(part * 10_000.0 / of) / 10_000.0;
		}

	}

	/** The figures of one period, named by its first day. */
	public record Period(LocalDate period, long dispatched, long returned, long redispatched, long automatic,
			long suggested, long accepted, Double accuracy, Double redispatchRate, Double acceptanceRate) {

		static Period of(LocalDate period, Figures figures) {
			return new Period(period, figures.dispatched(), figures.returned(), figures.redispatched(),
					figures.automatic(), figures.suggested(), figures.accepted(), figures.accuracy(),
					figures.redispatchRate(), figures.acceptanceRate());
		}

	}

}
