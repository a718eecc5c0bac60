package io.hotline.analytics.kpi;

import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * The rates of the assessment (考核指标), each a share of orders: those that meet the rate
 * ({@link #met}) among those it is measured on ({@link #measured}), both conditions on
 * {@code order_fact} (alias {@code f}); {@code :now} is the moment of the report. The
 * definitions are written out in docs/kpi.md.
 */
public enum Kpi {

	/**
	 * 响应率: signed by the sign deadline, among orders whose sign deadline has come or that
	 * were signed.
	 */
	RESPONSE("f.signed_at is not null and f.signed_at <= f.sign_deadline",
			"f.sign_deadline is not null and (f.signed_at is not null or f.sign_deadline < :now)"),

	/**
	 * 按时办结率: replied by the deadline (none: on time), among replied orders and those
	 * overdue unreplied.
	 */
	ON_TIME("f.replied_at is not null and (f.deadline is null or f.replied_at <= f.deadline)",
			"f.dispatched_at is not null and (f.replied_at is not null or f.deadline < :now)"),

	/** 解决率: called back as resolved, among orders called back. */
	RESOLVED("f.resolved", "f.resolved is not null"),

	/**
	 * 满意率: satisfied or basically satisfied at the callback, among orders called back.
	 */
	SATISFIED("f.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')", "f.satisfaction is not null"),

	/** 退单率: returned by a unit at least once, among dispatched orders. */
	RETURNED("f.return_count > 0", "f.dispatched_at is not null"),

	/** 二次派单率: dispatched more than once, among dispatched orders. */
	REDISPATCHED("f.dispatch_count > 1", "f.dispatched_at is not null"),

	/** 重办率: reopened after a callback, among orders called back. */
	REOPENED("f.reopen_count > 0", "f.satisfaction is not null"),

	/**
	 * 首解率: answered and closed at first contact by the agent, among registered orders.
	 */
	FIRST_CONTACT("f.finished_at is not null", "true"),

	/**
	 * 派单准确率: handled by the unit first dispatched to, never returned, among dispatched
	 * orders.
	 */
	DISPATCH_ACCURACY("f.return_count = 0 and f.first_unit_id = f.unit_id", "f.dispatched_at is not null"),

	/**
	 * 办结及时率 as the contract counts it ({@code onTimeRate} of
	 * {@code GET /api/analytics/kpis}): closed on or before the deadline (none: on time),
	 * among closed orders.
	 */
	CLOSED_ON_TIME("f.closed_at is not null and (f.deadline is null or f.closed_at <= f.deadline)",
			"f.status = 'CLOSED'");

	private final String met;

	private final String measured;

	Kpi(String met, String measured) {
		this.met = met;
		this.measured = measured;
	}

	String met() {
		return this.met;
	}

	String measured() {
		return this.measured;
	}

	/** The camel-case name of the API ({@code onTime}). */
	public String key() {
		String[] parts = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
		}
		return key.toString();
	}

	static Kpi of(String key) {
		for (Kpi kpi : values()) {
			if (kpi.key().equalsIgnoreCase(key) || kpi.name().equalsIgnoreCase(key)) {
				return kpi;
			}
		}
		throw Problem.invalid("kpi.unknown", key);
	}

}
