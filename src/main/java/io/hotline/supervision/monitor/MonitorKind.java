package io.hotline.supervision.monitor;

import java.util.Arrays;
import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * What a monitor watches for; each opens supervision cases (督办件) of its kind. What the
 * threshold counts depends on the kind.
 */
enum MonitorKind {

	/** 超期未办结: the deadline passed this many working hours ago (0: at once). */
	OVERDUE("超期未办结"),

	/** 即将超期: the deadline comes within this many working hours. */
	DUE_SOON("即将超期"),

	/**
	 * 重办: reopened at least this many times (unresolved; a dissatisfied one is
	 * DISSATISFIED's).
	 */
	REOPENED("重办未结"),

	/** 回访不满意: the caller was dissatisfied, reopened at least this many times. */
	DISSATISFIED("回访不满意"),

	/** 长期未办结: open for at least this many working days. */
	LONG_RUNNING("长期未办结"),

	/** 多次退单: returned at least this many times. */
	RETURNED_MANY("多次退单"),

	/** 风险标记: at least this many open RISK, REPEAT_LOOP or EMERGENCY flags. */
	FLAGGED("风险标记"),

	/**
	 * 省级督办: opened by the province's supervision of the order (its threshold unused),
	 * reminded and escalated like the others, closed once the order is replied or closed.
	 */
	PROVINCE("省级督办");

	private final String label;

	MonitorKind(String label) {
		this.label = label;
	}

	/** The kind in the hotline's words, for reminders and timeline notes. */
	String label() {
		return this.label;
	}

	/** Whether the monitor's runs open its cases; the province opens its own. */
	boolean opensByItself() {
		return this != PROVINCE;
	}

	/** The smallest threshold that makes sense for the kind. */
	int leastThreshold() {
		return (this == OVERDUE) ? 0 : 1;
	}

	static MonitorKind parse(String text) {
		String name = (text == null) ? "" : text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((kind) -> kind.name().equals(name))
			.findFirst()
			.orElseThrow(() -> Problem.invalid("supervision.bad-kind", text));
	}

}
