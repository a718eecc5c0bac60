package io.hotline.workorder;

/** What the citizen asks for. */
public enum OrderType {

	/** 咨询. */
	CONSULTATION,
	/** 求助. */
	HELP,
	/** 投诉. */
	COMPLAINT,
	/** 举报. */
	REPORT,
	/** 建议. */
	SUGGESTION,
	/** 表扬. */
	PRAISE

}
