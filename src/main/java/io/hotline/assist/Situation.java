package io.hotline.assist;

/** The moment of a call a script (话术) is for. */
public enum Situation {

	/** 开场: the call starts. */
	GREETING,
	/** 确认诉求: the caller's need and contact confirmed. */
	CONFIRM,
	/** 答复: the answer for the kind of call (order type, category). */
	ANSWER,
	/** 安抚: the caller is angry or at risk. */
	COMFORT,
	/** 紧急转接: an emergency, handed to 110, 119 or 120. */
	EMERGENCY,
	/** 结束语: the call ends. */
	CLOSING

}
