package io.hotline.workorder;

import java.sql.Timestamp;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The conditions of an {@link OrderListFilter} over {@code work_order o}. Enum values are
 * written as literals (they are names of constants, never input) so that the planner
 * matches partial indexes in a generic plan; everything else is a parameter.
 */
final class OrderListSql {

	private OrderListSql() {
	}

	/** Open and not yet answered: the states whose deadline still runs. */
	private static final String RUNNING = "o.status in ('REGISTERED', 'DISPATCHED', 'HANDLING', 'RETURNED', 'REOPENED')";

	static String conditions(OrderListFilter filter, MapSqlParameterSource params) {
		StringBuilder sql = new StringBuilder();
		sql.append(in("o.type", filter.types()));
		sql.append(in("o.urgency", filter.urgencies()));
		sql.append(in("o.channel", filter.channels()));
		if (filter.categoryCode() != null) {
			params.addValue("categoryPrefix",
					filter.categoryCode().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			sql.append(" and o.category_code like :categoryPrefix");
		}
		if (filter.district() != null) {
			params.addValue("district", filter.district());
			sql.append(" and o.district_code = :district");
		}
		if (filter.from() != null) {
			params.addValue("fromDay", Timestamp.from(filter.from().atStartOfDay(OrderListFilter.ZONE).toInstant()));
			sql.append(" and o.created_at >= :fromDay");
		}
		if (filter.to() != null) {
			params.addValue("toDay",
					Timestamp.from(filter.to().plusDays(1).atStartOfDay(OrderListFilter.ZONE).toInstant()));
			sql.append(" and o.created_at < :toDay");
		}
		if (filter.supervised() != null) {
			sql.append(filter.supervised() ? " and o.supervised" : " and not o.supervised");
		}
		if (filter.overdue() != null) {
			String overdue = RUNNING + " and o.deadline < now()";
			sql.append(filter.overdue() ? " and " + overdue : " and not coalesce(" + overdue + ", false)");
		}
		return sql.toString();
	}

	private static String in(String column, Set<? extends Enum<?>> values) {
		if (values.isEmpty()) {
			return "";
		}
		return values.stream()
			.map((value) -> "'" + value.name() + "'")
			.sorted()
			.collect(Collectors.joining(", ", " and " + column + " in (", ")"));
	}

}
