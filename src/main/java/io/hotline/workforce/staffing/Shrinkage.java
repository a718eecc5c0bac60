package io.hotline.workforce.staffing;

/**
 * The share of paid time agents are not on the phones: breaks, training, leave (each a
 * fraction of paid time, added up). Agents scheduled = agents needed on the phones / (1 −
 * shrinkage).
 */
public record Shrinkage(double breaks, double training, double leave) {

	public static final Shrinkage NONE = new Shrinkage(0, 0, 0);

	public Shrinkage {
		if (breaks < 0 || training < 0 || leave < 0 || breaks + training + leave >= 1) {
			throw new IllegalArgumentException(
					"shrinkage must be at least 0 and below 1 in all: " + breaks + ", " + training + ", " + leave);
		}
	}

	public double total() {
		return this.breaks + this.training + this.leave;
	}

	public int scheduled(int onThePhones) {
		return (int) Math.ceil(onThePhones / (1 - total()) - 1e-9);
	}

}
