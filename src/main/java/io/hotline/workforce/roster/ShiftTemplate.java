package io.hotline.workforce.roster;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A shift template (班次): when it starts, how long it lasts (paid time), its kind and,
 * when only some agents may work it, the skill it requires (e.g. 粤语, 企业专席). A shift that
 * requires a skill covers that skill's queue; the others cover the general queue.
 */
public record ShiftTemplate(String code, String name, LocalTime start, Duration length, ShiftKind kind,
		String requiredSkill) {

	public ShiftTemplate {
		if (length.isZero() || length.isNegative() || length.compareTo(Duration.ofHours(16)) > 0) {
			throw new IllegalArgumentException("a shift lasts more than 0 and at most 16 hours: " + code);
		}
	}

	public int minutes() {
		return (int) this.length.toMinutes();
	}

	/** The queue the shift covers: its required skill, or the general queue. */
	public String queue() {
		return (this.requiredSkill != null) ? this.requiredSkill : DemandInterval.GENERAL;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
