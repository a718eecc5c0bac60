package io.hotline.workorder;

/** How fast the order must be handled. */
public enum Urgency {

	NORMAL, URGENT, VERY_URGENT

}
