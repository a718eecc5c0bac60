package io.hotline.callback;

/**
 * How a callback (回访) went: the caller answered with a verdict, or was not reached (未接通),
 * refused to answer (拒绝回答), or the number was wrong (号码错误). None is assumed: the staff
 * always says which.
 */
public enum CallbackOutcome {

	REACHED, NOT_REACHED, REFUSED, WRONG_NUMBER

}
