package io.hotline.cti;

/**
 * Sums of the calls of a period and of the agents' time, which add up across periods (the
 * figures, rates and averages, are made from them at the end).
 */
final class Tally {

	int offered;

	int answered;

	int within;

	int abandoned;

	int shortAbandoned;

	double waitSeconds;

	int handled;

	double handlingSeconds;

	double staffedSeconds;

	double busySeconds;

	Tally add(Tally other) {
		this.offered += other.offered;
		this.answered += other.answered;
		this.within += other.within;
		this.abandoned += other.abandoned;
		this.shortAbandoned += other.shortAbandoned;
		this.waitSeconds += other.waitSeconds;
		this.handled += other.handled;
		this.handlingSeconds += other.handlingSeconds;
		this.staffedSeconds += other.staffedSeconds;
		this.busySeconds += other.busySeconds;
		return this;
	}

	Figures figures() {
		int decided = this.answered + this.abandoned - this.shortAbandoned;
		return new Figures(this.offered, this.answered, this.within, this.answered - this.within, this.abandoned,
				this.shortAbandoned, this.offered - this.answered - this.abandoned, ratio(this.answered, decided),
				ratio(this.abandoned - this.shortAbandoned, decided), ratio(this.within, decided),
				ratio(this.handlingSeconds, this.handled), ratio(this.waitSeconds, this.answered),
				ratio(this.busySeconds, this.staffedSeconds), round(this.staffedSeconds), round(this.busySeconds));
	}

	private static Double ratio(double part, double whole) {
		return (whole <= 0) ? null : round(part / whole);
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
