package io.hotline.workorder;

/** How the request reached the hotline. */
public enum Channel {

	PHONE, WEB, WECHAT, APP,
	/** 市长信箱. */
	MAILBOX, EMAIL, OPEN311, OTHER

}
