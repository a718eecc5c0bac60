package io.hotline.callback.plan;

/** Where a callback plan stands. */
enum PlanStatus {

	/** 待回访: waits until it is due. */
	PLANNED,
	/** 已发送: the SMS or WeChat link was sent; waits for the citizen's rating. */
	SENT,
	/** 外呼中: the robot is calling. */
	CALLING,
	/** 已回访: the citizen answered. */
	ANSWERED,
	/** 转人工: a callback agent takes it, from the callback queue. */
	HANDED_OVER,
	/** 未能联系: every try failed. */
	UNREACHABLE,
	/** 无联系方式: the order has no phone number. */
	NO_CONTACT,
	/** 已取消: the reply was sent back, or the order was called back otherwise. */
	CANCELLED;

	/** Whether the plan still waits for the channel or a person. */
	boolean open() {
		return this == PLANNED || this == SENT || this == CALLING || this == HANDED_OVER;
	}

}
