package io.hotline.workforce.roster;

/** The kind of a shift, for preferences and the fair share of nights. */
public enum ShiftKind {

	EARLY, DAY, LATE, NIGHT

}
