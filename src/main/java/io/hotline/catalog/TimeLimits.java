package io.hotline.catalog;

/**
 * How many working days a category's orders may take to be handled (办结), by urgency.
 */
public record TimeLimits(int normalDays, int urgentDays, int veryUrgentDays) {

	/** Most matters: ten working days, three when urgent, one when very urgent. */
	public static final TimeLimits STANDARD = of(10);

	/**
	 * A normal limit with the house rule for urgent (at most 3) and very urgent (1)
	 * orders.
	 */
	public static TimeLimits of(int normalDays) {
		return new TimeLimits(normalDays, Math.min(3, normalDays), 1);
	}

	boolean allPositive() {
		return this.normalDays > 0 && this.urgentDays > 0 && this.veryUrgentDays > 0;
	}

}
