package io.hotline.workforce.requests;

/** What an agent asks for. */
enum RequestKind {

	/** 请假: days off. */
	LEAVE,
	/** 加班: a shift offered on a day off. */
	OVERTIME,
	/** 换班: the requester's shift on a day for another agent's shift on a day. */
	SWAP

}
