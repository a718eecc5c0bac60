package io.hotline.workorder;

import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * What a check found about an order (标记), for the people who act on it.
 */
public enum FlagKind {

	/** 紧急联动: the words call for an emergency service (110, 119, 120) at once. */
	EMERGENCY,

	/** 风险: strong emotion or risk words (self-harm, threats, group petition). */
	RISK,

	/** 疑似重复: a recent order about the same thing. */
	DUPLICATE,

	/** 重复投诉: the same problem again after it was closed (投诉—反馈—未解决—再投诉). */
	REPEAT_LOOP,

	/** 集中性事件: many callers about one event. */
	COLLECTIVE,

	/** 答复质量: a unit's reply that says too little, or says it by template. */
	REPLY_QUALITY,

	/** 疑似虚假: a pattern that may be gaming the rates or flooding the line. */
	SUSPICIOUS;

	/** The kind a request names, none when blank; an unknown one is refused. */
	public static FlagKind parse(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("flag.bad-kind", kind);
		}
	}

}
