package io.hotline.workorder;

/** The kinds of entry in an order's timeline. */
public enum EventType {

	/** 受理. */
	REGISTERED,
	/** 直接办结 by the agent. */
	FINISHED,
	/** 派单, the first time. */
	DISPATCHED,
	/** 改派: dispatched again after a return or a reopening. */
	REDISPATCHED,
	/** 签收. */
	SIGNED,
	/** 退单. */
	RETURNED,
	/** 延期申请. */
	EXTENSION_REQUESTED,
	/** 延期批准: the deadline moved. */
	EXTENSION_APPROVED,
	/** 延期驳回. */
	EXTENSION_REJECTED,
	/** 协办意见 of a co-handling unit. */
	ASSISTED,
	/** 办理回复. */
	REPLIED,
	/** 答复退回: a supervisor sent the unit's reply back for another answer (答复质量). */
	REPLY_SENT_BACK,
	/** 回访: satisfied and resolved, closing the order. */
	CALLED_BACK,
	/** 重办: the callback reopened the order. */
	REOPENED,
	/** 督办. */
	SUPERVISED,
	/** 市民评价: the citizen rated the answer on the portal; the state stays. */
	CITIZEN_RATED,
	/** A call of the phone system was linked to the order (来电关联); the state stays. */
	CALL_LINKED,
	/** 合并: the order now follows a main order about the same matter; the state stays. */
	MERGED,
	/** The main order was replied: the merged order got its answer (已回复). */
	MERGED_REPLIED,
	/** The main order was closed: the merged order closed with it. */
	MERGED_CLOSED,
	/** 回访未接通: the caller could not be reached; the order waits for another try. */
	CALLBACK_NOT_REACHED,
	/** 未能联系: the last try allowed failed too, and the order closed without a verdict. */
	CALLBACK_UNREACHABLE,
	/** 拒绝回访: the caller would not answer; the order closed without a verdict. */
	CALLBACK_REFUSED,
	/** 号码错误: the number reaches someone else; the order closed without a verdict. */
	CALLBACK_WRONG_NUMBER,
	/** 跨市转办 or 上交省级: the order went to another hotline and ends here (已转出). */
	TRANSFERRED_OUT,
	/**
	 * 转入: the order came from another hotline, whose number it names; the state stays.
	 */
	TRANSFERRED_IN

}
