package io.hotline.org;

/** What a user may do. */
public enum Role {

	/** 话务员: registers orders, answers consultations. */
	AGENT,
	/** 派单员. */
	DISPATCHER,
	/** 承办单位 handler; belongs to a unit. */
	HANDLER,
	/** 回访员. */
	CALLBACK,
	/** 督办 / 管理者. */
	SUPERVISOR,
	/** 数据分析: read-only analytics. */
	ANALYST,
	/** Administrator. */
	ADMIN,
	/**
	 * 话务系统接口: the phone system's (CTI adapter's) account, which reports the calls of
	 * every line and sees no orders.
	 */
	PHONE_SYSTEM,
	/**
	 * 质检员: inspects calls and orders (quality inspection's rule sets, findings, human
	 * review), sees the calls' transcripts; no order handling.
	 */
	QUALITY;

	public String authority() {
		return "ROLE_" + name();
	}

}
