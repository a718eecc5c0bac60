package io.hotline.quality;

/**
 * The hook where "predicted dissatisfaction sends a call to review" plugs in: the
 * conversation module's dialogue models answer whether the caller was likely dissatisfied
 * with the call; such calls join the review queue besides the random sample. Until a
 * model is plugged in, nothing is predicted ({@link #NONE}).
 */
public interface PredictedDissatisfaction {

	/** Predicts nothing: no call goes to review for it. */
	PredictedDissatisfaction NONE = (subject) -> false;

	/** Whether the caller is predicted to have been dissatisfied with the call. */
	boolean dissatisfied(Inspected subject);

}
