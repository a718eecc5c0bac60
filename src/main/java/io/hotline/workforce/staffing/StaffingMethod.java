package io.hotline.workforce.staffing;

/**
 * How callers are modelled: waiting forever (Erlang C) or giving up after their patience
 * (Erlang A).
 */
public enum StaffingMethod {

	ERLANG_C, ERLANG_A

}
