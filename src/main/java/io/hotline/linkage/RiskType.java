package io.hotline.linkage;

/** The risks a {@link RuleKind#RISK} rule detects. */
public enum RiskType {

	/** 自伤: the caller may harm themselves. */
	SELF_HARM,

	/** 威胁: the caller threatens others. */
	THREAT,

	/** 群体上访: a group petition, a banner, a blocked road. */
	GROUP_PETITION,

	/** 强烈情绪: anger or despair beyond the usual complaint. */
	STRONG_EMOTION

}
