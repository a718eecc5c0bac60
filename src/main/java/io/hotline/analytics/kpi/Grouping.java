package io.hotline.analytics.kpi;

import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * What a KPI report's rows are: one for all, or one per unit (the order's final main
 * unit), category, district, street, channel, type, or registration day, ISO week or
 * month (Beijing time). Each gives the row's key and, where it has one, its name.
 */
public enum Grouping {

	NONE("'all'", "null"),
	UNIT("cast(f.unit_id as varchar)", "(select name from handling_unit u where u.id = f.unit_id)"),
	CATEGORY("f.category_code", "(select name from category c where c.code = f.category_code)"),
	DISTRICT("f.district_code", "(select name from division d where d.code = f.district_code)"),
	STREET("f.street_code", "(select name from division d where d.code = f.street_code)"), CHANNEL("f.channel", "null"),
	TYPE("f.type", "null"), DAY("to_char(f.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')", "null"),
	WEEK("to_char(f.created_at at time zone 'Asia/Shanghai', 'IYYY-\"W\"IW')", "null"),
	MONTH("to_char(f.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')", "null");

	private final String key;

	private final String label;

	Grouping(String key, String label) {
		this.key = key;
		this.label = label;
	}

	String key() {
		return this.key;
	}

	/** The row's name (a unit's, a category's, a division's), where the key has one. */
	String label() {
		return this.label;
	}

	static Grouping of(String value) {
		if (value == null || value.isBlank()) {
			return NONE;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("kpi.bad-group", value);
		}
	}

}
