package io.hotline.analytics.kpi;

import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * What a KPI report's rows are: one for all, or one per unit (the order's final main
 * unit), category, district, street, channel, type, or registration day, ISO week or
 * month (Beijing time). The facts are counted by the raw value ({@link #value}); each
 * row's key and, where it has one, its name are made from it after counting, once per row
 * rather than once per order.
 */
public enum Grouping {

	NONE("'all'", "%s", "null", null),
	UNIT("f.unit_id", "cast(%s as varchar)", "(select name from handling_unit u where u.id = %s)", "unit_id"),
	CATEGORY("f.category_code", "%s", "(select name from category c where c.code = %s)", "category_code"),
	DISTRICT("f.district_code", "%s", "(select name from division d where d.code = %s)", "district_code"),
	STREET("f.street_code", "%s", "(select name from division d where d.code = %s)", "street_code"),
	CHANNEL("f.channel", "%s", "null", "channel"), TYPE("f.type", "%s", "null", "type"),
	DAY("f.created_day", "to_char(%s, 'YYYY-MM-DD')", "null", "created_day"),
	WEEK("date_trunc('week', cast(f.created_day as timestamp))", "to_char(%s, 'IYYY-\"W\"IW')", "null", "created_day"),
	MONTH("date_trunc('month', cast(f.created_day as timestamp))", "to_char(%s, 'YYYY-MM')", "null", "created_day");

	private final String value;

	private final String key;

	private final String label;

	private final String column;

	Grouping(String value, String key, String label, String column) {
		this.value = value;
		this.key = key;
		this.label = label;
		this.column = column;
	}

	/** The fact's column the rows are made from; null for one row of all. */
	String column() {
		return this.column;
	}

	/** What the facts ({@code f}) are counted by. */
	String value() {
		return this.value;
	}

	/** The row's key, from an expression of its {@link #value}. */
	String key(String value) {
		return this.key.formatted(value);
	}

	/** The row's key of a fact {@code f}. */
	String key() {
		return key(this.value);
	}

	/**
	 * The row's name (a unit's, a category's, a division's) from an expression of its
	 * {@link #value}, where the key has one.
	 */
	String label(String value) {
		return this.label.formatted(value);
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
