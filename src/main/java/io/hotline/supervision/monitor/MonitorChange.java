package io.hotline.supervision.monitor;

import io.hotline.platform.Problem;

/** A change of a monitor's settings; what is left out stays. */
record MonitorChange(Boolean enabled, Integer threshold, Integer caseDays, Integer remindHours, Integer escalateAfter,
		Boolean autoRedo) {

	/** The settings after the change, each checked: a wrong one is named in a 400. */
	Monitor applyTo(Monitor m) {
		MonitorKind kind = m.kind();
		if (Boolean.TRUE.equals(this.autoRedo) && kind != MonitorKind.DISSATISFIED) {
			throw Problem.invalid("supervision.auto-redo-only-dissatisfied", kind);
		}
		return new Monitor(kind, (this.enabled == null) ? m.enabled() : this.enabled,
				within("threshold", this.threshold, m.threshold(), kind.leastThreshold(), 1000),
				within("caseDays", this.caseDays, m.caseDays(), 1, 60),
				within("remindHours", this.remindHours, m.remindHours(), 1, 720),
				within("escalateAfter", this.escalateAfter, m.escalateAfter(), 1, 20),
				(this.autoRedo == null) ? m.autoRedo() : this.autoRedo, m.updatedBy(), m.updatedAt());
	}

	private static int within(String field, Integer value, int current, int least, int most) {
		if (value == null) {
			return current;
		}
		if (value < least || value > most) {
			throw Problem.invalid("supervision.bad-setting", field, least, most, value);
		}
		return value;
	}

}
