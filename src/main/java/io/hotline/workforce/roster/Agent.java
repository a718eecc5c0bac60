package io.hotline.workforce.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * An agent as the roster sees them: group, skills, hour limits, approved leave and
 * preferences.
 */
public record Agent(String id, String name, String group, Set<String> skills, int weeklyMaxMinutes,
		int monthlyMaxMinutes, Set<LocalDate> leave, Set<DayOfWeek> avoidedDays, Set<ShiftKind> avoidedKinds) {

	public Agent {
		skills = Set.copyOf(skills);
		leave = Set.copyOf(leave);
		avoidedDays = Set.copyOf(avoidedDays);
		avoidedKinds = Set.copyOf(avoidedKinds);
	}

	public boolean canWork(ShiftTemplate shift) {
		return shift.requiredSkill() == null || this.skills.contains(shift.requiredSkill());
	}

	@Override
	public String toString() {
		return this.id;
	}

}
