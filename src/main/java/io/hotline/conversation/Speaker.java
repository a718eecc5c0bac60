package io.hotline.conversation;

/** Who said an utterance. */
public enum Speaker {

	/** The hotline's agent (坐席, 客服). */
	AGENT,
	/** The citizen who called or wrote (来电人, 用户). */
	CALLER

}
