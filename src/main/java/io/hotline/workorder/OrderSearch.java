package io.hotline.workorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.UnitId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the orders a user may see: all of them, or for a unit handler those of their
 * units.
 */
@Service
public class OrderSearch {

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkOrders orders;

	OrderSearch(NamedParameterJdbcTemplate jdbc, WorkOrders orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	public OrderPage search(OrderQuery query, Actor actor) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (!actor.seesAllUnits()) {
			Set<UnitId> units = this.orders.unitsOf(actor);
			if (query.unitId() != null && !units.contains(query.unitId())) {
				return new OrderPage(List.of(), query.page(), query.size(), 0, 0);
			}
			params.addValue("mine", ids(query.unitId() != null ? Set.of(query.unitId()) : units));
			where.add("(o.main_unit_id = any(:mine) or o.id in "
					+ "(select c.order_id from work_order_co_unit c where c.unit_id = any(:mine)))");
		}
		else if (query.unitId() != null) {
			params.addValue("unit", query.unitId().value());
			where.add("(o.main_unit_id = :unit or o.id in "
					+ "(select c.order_id from work_order_co_unit c where c.unit_id = :unit))");
		}
		if (!query.statuses().isEmpty()) {
			params.addValue("statuses", query.statuses().stream().map(Status::name).toArray(String[]::new));
			where.add("o.status = any(:statuses)");
		}
		if (query.text() != null) {
			params.addValue("text", query.text());
			params.addValue("like",
					"%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			where.add("(o.number = :text or o.caller_phone = :text or o.content like :like or o.title like :like "
					+ "or o.address like :like)");
		}
		String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = this.jdbc.queryForObject("select count(*) from work_order o" + filter, params, Long.class);
		params.addValue("limit", query.size());
		params.addValue("offset", (long) query.page() * query.size());
		String order = query.byDeadline() ? " order by o.deadline nulls last, o.id" : " order by o.id desc";
		List<OrderSummary> content = this.jdbc.query(
				"select o.* from work_order o" + filter + order + " limit :limit offset :offset", params,
				(rs, n) -> summary(rs, actor));
		return new OrderPage(content, query.page(), query.size(), total,
				(int) ((total + query.size() - 1) / query.size()));
	}

	private static OrderSummary summary(ResultSet rs, Actor actor) throws SQLException {
		Registration r = WorkOrderRows.registration(rs);
		State s = WorkOrderRows.state(rs, List.of());
		String content = r.content().length() > 200 ? r.content().substring(0, 200) + "…" : r.content();
		return new OrderSummary(rs.getLong("id"), rs.getString("number"), s.status(), r.type(), r.channel(),
				r.urgency(), r.title(), content, r.address(), r.categoryCode(), CallerMask.forActor(r.caller(), actor),
				s.mainUnitId() == null ? null : s.mainUnitId().value(), s.deadline(), s.supervised(), r.createdAt(),
				s.version());
	}

	private static Long[] ids(Set<UnitId> units) {
		return units.stream().map(UnitId::value).toArray(Long[]::new);
	}

}
