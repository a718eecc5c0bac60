package io.hotline.workorder;

/** The caller's verdict at the callback (回访). */
public enum Satisfaction {

	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED

}
