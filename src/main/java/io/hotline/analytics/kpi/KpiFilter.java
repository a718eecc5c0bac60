package io.hotline.analytics.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hotline.catalog.WorkingCalendar;

/**
 * Which orders a report counts: registered from {@code from} through {@code to} (days in
 * Beijing time), of a unit and the units below it, of a category and its subcategories,
 * of a district, street, channel or type. Makes the {@code where} of the facts' queries.
 */
public record KpiFilter(LocalDate from, LocalDate to, Long unitId, String category, String district, String street,
		String channel, String type) {

	/**
	 * The conditions on {@code order_fact f}, the period by the registration's moment
	 * (the index on {@code created_at}), and their parameters added to {@code params}.
	 */
	String where(List<Object> params) {
		return where("f", false, params);
	}

	/**
	 * The same conditions on the rows {@code alias} of the facts or of their daily
	 * rollup, the period by {@code created_day} (the Beijing day of the registration,
	 * which both have).
	 */
	String whereByDay(String alias, List<Object> params) {
		return where(alias, true, params);
	}

	/** The facts' columns the conditions are on. */
	Set<String> columns() {
		Set<String> columns = new HashSet<>(Set.of("created_day"));
		if (this.unitId != null) {
			columns.add("unit_id");
		}
		if (this.category != null) {
			columns.add("category_code");
		}
		if (this.district != null) {
			columns.add("district_code");
		}
		if (this.street != null) {
			columns.add("street_code");
		}
		if (this.channel != null) {
			columns.add("channel");
		}
		if (this.type != null) {
			columns.add("type");
		}
		return columns;
	}

	/*
	 * A unit's subtree and a category's are given as arrays: a semi-join with them would
	 * be planned as one index scan of the whole period per unit or category.
	 */
	private String where(String alias, boolean byDay, List<Object> params) {
		List<String> conditions = new ArrayList<>();
		if (byDay) {
			conditions.add(alias + ".created_day >= ? and " + alias + ".created_day <= ?");
			params.add(Date.valueOf(this.from));
			params.add(Date.valueOf(this.to));
		}
		else {
			conditions.add(alias + ".created_at >= ? and " + alias + ".created_at < ?");
			params.add(Timestamp.from(this.from.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
			params.add(Timestamp.from(this.to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (this.unitId != null) {
			conditions.add(alias + """
					.unit_id = any(array(select u.id from handling_unit u
					    where u.path like (select t.path from handling_unit t where t.id = ?) || '%'))""");
			params.add(this.unitId);
		}
		if (this.category != null) {
			conditions.add(
					alias + """
							.category_code = any(array(with recursive c(code) as (select cast(? as varchar)
							    union all select k.code from category k join c on k.parent_code = c.code) select code from c))""");
			params.add(this.category);
		}
		add(conditions, params, alias + ".district_code", this.district);
		add(conditions, params, alias + ".street_code", this.street);
		add(conditions, params, alias + ".channel", this.channel);
		add(conditions, params, alias + ".type", this.type);
		return String.join(" and ", conditions);
	}

	private static void add(List<String> conditions, List<Object> params, String column, String value) {
		if (value != null) {
			conditions.add(column + " = ?");
			params.add(value);
		}
	}

}
