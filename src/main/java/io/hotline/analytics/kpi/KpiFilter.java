package io.hotline.analytics.kpi;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;

/**
 * Which orders a report counts: registered from {@code from} through {@code to} (days in
 * Beijing time), of a unit and the units below it, of a category and its subcategories,
 * of a district, street, channel or type. Makes the {@code where} of the facts' queries.
 */
public record KpiFilter(LocalDate from, LocalDate to, Long unitId, String category, String district, String street,
		String channel, String type) {

	/**
	 * The conditions on {@code order_fact f}, and their parameters added to
	 * {@code params}.
	 */
	String where(List<Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("f.created_at >= ? and f.created_at < ?");
		params.add(Timestamp.from(this.from.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		params.add(Timestamp.from(this.to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		if (this.unitId != null) {
			conditions.add("""
					f.unit_id in (select u.id from handling_unit u
					    where u.path like (select t.path from handling_unit t where t.id = ?) || '%')""");
			params.add(this.unitId);
		}
		if (this.category != null) {
			conditions
				.add("""
						f.category_code in (with recursive c(code) as (select cast(? as varchar)
						    union all select k.code from category k join c on k.parent_code = c.code) select code from c)""");
			params.add(this.category);
		}
		add(conditions, params, "f.district_code", this.district);
		add(conditions, params, "f.street_code", this.street);
		add(conditions, params, "f.channel", this.channel);
		add(conditions, params, "f.type", this.type);
		return String.join(" and ", conditions);
	}

	private static void add(List<String> conditions, List<Object> params, String column, String value) {
		if (value != null) {
			conditions.add(column + " = ?");
			params.add(value);
		}
	}

}
