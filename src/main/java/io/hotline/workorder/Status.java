package io.hotline.workorder;

import java.util.EnumSet;
import java.util.Set;

/** Where a work order stands in its lifecycle. */
public enum Status {

	/** 已受理. */
	REGISTERED,
	/** 已派单. */
	DISPATCHED,
	/** 办理中: signed by the main unit. */
	HANDLING,
	/** 已退单: back with the dispatcher. */
	RETURNED,
	/** 已回复: the unit replied; waits for the callback. */
	REPLIED,
	/** 重办: the callback found it unresolved or the caller dissatisfied. */
	REOPENED,
	/** 已办结. */
	CLOSED,
	/**
	 * 已转出: transferred to another city's hotline or handed up to the province (跨市转办,
	 * 上交省级), which registers it under its own rules and counts it; it ends here.
	 */
	TRANSFERRED;

	/** The states a dispatcher dispatches from. */
	public static final Set<Status> DISPATCHABLE = EnumSet.of(REGISTERED, RETURNED, REOPENED);

	/** The states of a unit's inbox. */
	public static final Set<Status> AT_UNIT = EnumSet.of(DISPATCHED, HANDLING);

	/** The states in which the order has its answer, which the citizen may rate. */
	public static final Set<Status> ANSWERED = EnumSet.of(REPLIED, CLOSED);

	public boolean open() {
		return this != CLOSED && this != TRANSFERRED;
	}

}
