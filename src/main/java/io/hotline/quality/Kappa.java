package io.hotline.quality;

/**
 * Cohen's κ between two raters' yes/no judgements of the same items: the agreement beyond
 * chance, (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>).
 */
public final class Kappa {

	private Kappa() {
	}

	/**
	 * κ from the 2×2 table: both yes, first yes and second no, first no and second yes,
	 * both no; {@code NaN} without items, 1 where chance agreement is already complete
	 * and the raters agree on every item.
	 */
	public static double of(long yesYes, long yesNo, long noYes, long noNo) {
		double n = yesYes + yesNo + noYes + noNo;
		if (n == 0) {
			return Double.NaN;
		}
		double observed = (yesYes + noNo) / n;
		double firstYes = (yesYes + yesNo) / n;
		double secondYes = (yesYes + noYes) / n;
		double chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
		if (chance >= 1) {
			return (observed >= 1) ? 1 : 0;
		}
		return (observed - chance) / (1 - chance);
	}

}
