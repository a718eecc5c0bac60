package io.hotline.linkage;

/** What a linkage rule detects. */
public enum RuleKind {

	/** 紧急联动: an emergency service (110, 119, 120) is needed at once. */
	EMERGENCY,

	/** 风险: the order goes to a supervisor. */
	RISK

}
