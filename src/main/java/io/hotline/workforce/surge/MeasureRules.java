package io.hotline.workforce.surge;

import io.hotline.platform.Problem;

/**
 * The bounds of each surge measure's parameters: a value out of them is refused, naming
 * the field in the form's words ({@code surge.field.*} of the problem messages).
 */
final class MeasureRules {

	private static final String FIELD_KEYS = "surge.field.";

	private MeasureRules() {
	}

	static SurgeMeasures checked(SurgeMeasures m) {
		required(m, "measures");
		required(m.trigger(), "trigger");
		between("trigger.factor", m.trigger().factor(), 1.1, 50);
		between("trigger.minutes", m.trigger().minutes(), 5, 240);
		required(m.callbackQueue(), "callbackQueue");
		between("callbackQueue.promiseMinutes", m.callbackQueue().promiseMinutes(), 15, 2880);
		between("callbackQueue.retryMinutes", m.callbackQueue().retryMinutes(), 1, 1440);
		between("callbackQueue.maxTries", m.callbackQueue().maxTries(), 1, 10);
		required(m.deflection(), "deflection");
		between("deflection.share", m.deflection().share(), 0, 0.9);
		text("deflection.topic", m.deflection().topic(), 200, m.deflection().on());
		required(m.cloudSeats(), "cloudSeats");
		between("cloudSeats.seats", m.cloudSeats().seats(), 0, 10000);
		between("cloudSeats.afterMinutes", m.cloudSeats().afterMinutes(), 0, 1440);
		between("cloudSeats.hours", m.cloudSeats().hours(), 1, 24);
		required(m.overflow(), "overflow");
		between("overflow.agents", m.overflow().agents(), 0, 10000);
		between("overflow.share", m.overflow().share(), 0, 0.9);
		text("overflow.partners", m.overflow().partners(), 500, m.overflow().on());
		return m;
	}

	private static void required(Object value, String field) {
		if (value == null) {
			throw Problem.invalid("surge.required", field(field)).with("field", field);
		}
	}

	private static void between(String field, double value, double min, double max) {
		if (!(value >= min && value <= max)) {
			throw Problem.invalid("surge.out-of-range", field(field), number(min), number(max), number(value))
				.with("field", field);
		}
	}

	private static void text(String field, String value, int max, boolean needed) {
		if (needed && (value == null || value.isBlank())) {
			required(null, field);
		}
		if (value != null && value.length() > max) {
			throw Problem.invalid("surge.too-long", field(field), max).with("field", field);
		}
	}

	/**
	 * A field's name in the form's words: {@code surge.field.<field>} of the problem
	 * messages.
	 */
	private static org.springframework.context.MessageSourceResolvable field(String field) {
		return Problem.phrase(FIELD_KEYS + field);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
