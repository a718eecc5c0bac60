package io.hotline.workforce.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One agent on one day of the roster: the shift they work, or none (a day off). Pinned
 * days keep their shift when the roster is solved again. Days before the month (negative
 * days) are the previous month's published shifts, carried over pinned so that the rules
 * across the month's start see them.
 */
@PlanningEntity
public class AgentDay {

	@PlanningId
	private String id;

	private Agent agent;

	private int day;

	private RosterMonth month;

	@PlanningVariable(allowsUnassigned = true)
	private ShiftTemplate shift;

	@PlanningPin
	private boolean pinned;

	AgentDay() {
	}

	public AgentDay(Agent agent, int day, RosterMonth month) {
		this.id = agent.id() + "@" + day;
		this.agent = agent;
		this.day = day;
		this.month = month;
	}

	public String getId() {
		return this.id;
	}

	public Agent getAgent() {
		return this.agent;
	}

	public int getDay() {
		return this.day;
	}

	public LocalDate getDate() {
		return this.month.date(this.day);
	}

	public ShiftTemplate getShift() {
		return this.shift;
	}

	public void setShift(ShiftTemplate shift) {
		this.shift = shift;
	}

	public boolean isPinned() {
		return this.pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	/** A day of the month solved, not one carried over from the month before. */
	boolean inMonth() {
		return this.day >= 0;
	}

	boolean offered() {
		return this.shift == null || this.month.offers(this.shift);
	}

	int week() {
		return this.month.week(this.day);
	}

	boolean restDay() {
		return this.month.restDay(this.day);
	}

	int minutes() {
		return (this.shift != null) ? this.shift.minutes() : 0;
	}

	LocalDateTime start() {
		return getDate().atTime(this.shift.start());
	}

	LocalDateTime end() {
		return start().plus(this.shift.length());
	}

	List<DemandInterval> covered() {
		return (this.shift != null) ? this.month.covered(this.shift, this.day) : List.of();
	}

	@Override
	public String toString() {
		return this.id + "=" + this.shift;
	}

}
