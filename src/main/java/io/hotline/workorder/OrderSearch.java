package io.hotline.workorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.hotline.catalog.Catalog;
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

	/**
	 * Orders whose main unit or a co-unit is among :units, as a union that each side's
	 * index answers.
	 */
	private static final String OF_UNITS = """
			o.id in (select w.id from work_order w where w.main_unit_id = any(:units)
				union all select c.order_id from work_order_co_unit c where c.unit_id = any(:units))""";

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkOrders orders;

	private final Catalog catalog;

	OrderSearch(NamedParameterJdbcTemplate jdbc, WorkOrders orders, Catalog catalog) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public OrderPage search(OrderQuery query, Actor actor) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String rows = rows(query, actor, params);
		if (rows == null) {
			return new OrderPage(List.of(), query.page(), query.size(), 0, 0);
		}
		long total = this.jdbc.queryForObject("select count(*) from " + rows, params, Long.class);
		params.addValue("limit", query.size());
		params.addValue("offset", (long) query.page() * query.size());
		List<OrderSummary> content = page(rows, query.sort(), params, actor);
		return new OrderPage(content, query.page(), query.size(), total,
				(int) ((total + query.size() - 1) / query.size()));
	}

	/** How many orders the query selects for this actor, all pages together. */
	@Transactional(readOnly = true)
	public long count(OrderQuery query, Actor actor) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String rows = rows(query, actor, params);
		return rows == null ? 0 : this.jdbc.queryForObject("select count(*) from " + rows, params, Long.class);
	}

	/**
	 * Every order the query selects for this actor (its page and size aside), at most
	 * {@code limit} of them, in the query's order, each masked for the actor as in a
	 * list.
	 */
	@Transactional(readOnly = true)
	public void each(OrderQuery query, Actor actor, int limit, Consumer<OrderSummary> action) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String rows = rows(query, actor, params);
		if (rows == null) {
			return;
		}
		params.addValue("limit", limit);
		params.addValue("offset", 0L);
		for (OrderSummary order : page(rows, query.sort(), params, actor)) {
			action.accept(order);
		}
	}

	/**
	 * The rows the query selects for the actor as a subquery aliased {@code o}, or null
	 * where a unit handler asks for another unit's orders.
	 */
	private String rows(OrderQuery query, Actor actor, MapSqlParameterSource params) {
		Set<UnitId> units = null;
		if (!actor.seesAllUnits()) {
			units = this.orders.unitsOf(actor);
			if (query.unitId() != null && !units.contains(query.unitId())) {
				return null;
			}
		}
		if (query.unitId() != null) {
			units = Set.of(query.unitId());
		}
		String filters = filters(query, params) + OrderListSql.conditions(query.filter(), params);
		if (units == null) {
			return "(select o.* from work_order o where true" + filters + ") o";
		}
		params.addValue("units", units.stream().map(UnitId::value).toArray(Long[]::new));
		return "(select o.* from work_order o where o.main_unit_id = any(:units)" + filters + " union all "
				+ "select o.* from work_order o where o.id in (select c.order_id from work_order_co_unit c "
				+ "where c.unit_id = any(:units)) and o.main_unit_id <> all(:units)" + filters + ") o";
	}

	/**
	 * The rows from :offset, :limit of them, in the sort's order; the latest event is
	 * looked up for these rows only, each through the (order_id, id) index.
	 */
	private List<OrderSummary> page(String rows, OrderSort sort, MapSqlParameterSource params, Actor actor) {
		String order = sort.sql();
		String page = "(select o.* from " + rows + order + " limit :limit offset :offset) o";
		return this.jdbc.query("select o.*, e.type as last_type, e.note as last_note, "
				+ "e.at as last_at, e.actor as last_actor from " + page + " left join lateral (select e.type, e.note, "
				+ "e.at, e.actor from work_order_event e where e.order_id = o.id order by e.id desc limit 1) e on true"
				+ order, params, (rs, n) -> summary(rs, actor));
	}

	/**
	 * Of these orders, those the actor may see (as {@link WorkOrders#find} would): for
	 * whoever sees all units every one of them, for a unit handler those of their units.
	 */
	@Transactional(readOnly = true)
	public Set<Long> visible(Collection<Long> ids, Actor actor) {
		if (ids.isEmpty() || actor.seesAllUnits()) {
			return Set.copyOf(ids);
		}
		Set<UnitId> units = this.orders.unitsOf(actor);
		if (units.isEmpty()) {
			return Set.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		params.addValue("ids", ids.toArray(Long[]::new));
		params.addValue("units", units.stream().map(UnitId::value).toArray(Long[]::new));
		return Set.copyOf(this.jdbc.queryForList("select o.id from work_order o where o.id = any(:ids) and " + OF_UNITS,
				params, Long.class));
	}

	/** The ids of the orders the filter selects, newest first. */
	@Transactional(readOnly = true)
	public List<WorkOrderId> ids(OrderFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		return this.jdbc.query("select o.id from work_order o where true" + where + " order by o.id desc limit :limit",
				params, (rs, n) -> new WorkOrderId(rs.getLong(1)));
	}

	/**
	 * The orders the filter selects, newest first, with the note of each one's latest
	 * reply: one query however many they are, the reply looked up through the
	 * {@code (order_id, id)} index of the events.
	 */
	@Transactional(readOnly = true)
	public List<PublicOrder> publicOrders(OrderFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		return this.jdbc
			.query("""
					select o.id, o.number, o.status, o.type, o.channel, o.category_code, o.content, o.address,
						o.district_code, o.street_code, o.lat, o.lon, o.created_at, o.updated_at, o.deadline, o.main_unit_id,
						o.caller_name, r.note as latest_reply
					from (select o.* from work_order o where true%s order by o.id desc limit :limit) o
					left join lateral (select e.note from work_order_event e where e.order_id = o.id
						and e.type in ('REPLIED', 'FINISHED') order by e.id desc limit 1) r on true
					order by o.id desc"""
				.formatted(where), params, (rs, n) -> publicOrder(rs));
	}

	private static String where(OrderFilter filter, MapSqlParameterSource params) {
		params.addValue("limit", filter.limit());
		StringBuilder sql = new StringBuilder();
		if (!filter.numbers().isEmpty()) {
			params.addValue("numbers", filter.numbers().toArray(String[]::new));
			sql.append(" and o.number = any(:numbers)");
		}
		if (!filter.categoryCodes().isEmpty()) {
			params.addValue("categories", filter.categoryCodes().toArray(String[]::new));
			sql.append(" and o.category_code = any(:categories)");
		}
		if (filter.from() != null) {
			params.addValue("from", java.sql.Timestamp.from(filter.from()));
			sql.append(" and o.created_at >= :from");
		}
		if (filter.to() != null) {
			params.addValue("to", java.sql.Timestamp.from(filter.to()));
			sql.append(" and o.created_at < :to");
		}
		if (!filter.statuses().isEmpty()) {
			params.addValue("statuses", filter.statuses().stream().map(Status::name).toArray(String[]::new));
			sql.append(" and o.status = any(:statuses)");
		}
		if (filter.requestId() != null) {
			params.addValue("requestId", filter.requestId());
			sql.append(" and o.request_id = :requestId");
		}
		OrderFilter.Publication publication = filter.publication();
		if (publication != null) {
			params.addValue("publicTypes", publication.types().stream().map(OrderType::name).toArray(String[]::new));
			params.addValue("publicChannels",
					publication.channels().stream().map(Channel::name).toArray(String[]::new));
			params.addValue("publicCategories", publication.categoryCodes().toArray(String[]::new));
			sql.append(" and o.type = any(:publicTypes) and o.channel = any(:publicChannels)"
					+ " and o.category_code = any(:publicCategories)");
		}
		return sql.toString();
	}

	private static PublicOrder publicOrder(ResultSet rs) throws SQLException {
		Double lat = rs.getObject("lat", Double.class);
		Double lon = rs.getObject("lon", Double.class);
		UnitId unit = WorkOrderRepository.unit(rs, rs.findColumn("main_unit_id"));
		return new PublicOrder(rs.getLong("id"), rs.getString("number"), Status.valueOf(rs.getString("status")),
				OrderType.valueOf(rs.getString("type")), Channel.valueOf(rs.getString("channel")),
				rs.getString("category_code"), rs.getString("content"), rs.getString("address"),
				rs.getString("district_code"), rs.getString("street_code"),
				lat == null || lon == null ? null : new GeoPoint(lat, lon),
				WorkOrderRepository.instant(rs, rs.findColumn("created_at")),
				WorkOrderRepository.instant(rs, rs.findColumn("updated_at")),
				WorkOrderRepository.instant(rs, rs.findColumn("deadline")), unit == null ? null : unit.value(),
				rs.getString("latest_reply"), rs.getString("caller_name"));
	}

	/**
	 * The conditions besides the unit. States are written as literals (they are enum
	 * names) so that the planner matches the partial index of units' open orders even in
	 * a generic prepared plan.
	 */
	private static String filters(OrderQuery query, MapSqlParameterSource params) {
		StringBuilder filters = new StringBuilder();
		if (!query.statuses().isEmpty()) {
			filters.append(query.statuses()
				.stream()
				.sorted()
				.map((status) -> "'" + status.name() + "'")
				.collect(Collectors.joining(", ", " and o.status in (", ")")));
		}
		if (query.pendingExtension()) {
			filters.append(" and o.extension_days is not null and o.status = 'HANDLING'");
		}
		if (query.withoutOpenFlag() != null) {
			filters.append(" and not exists (select 1 from order_flag f where f.order_id = o.id and f.kind = '")
				.append(query.withoutOpenFlag().name())
				.append("' and f.status = 'OPEN')");
		}
		if (query.text() != null) {
			params.addValue("text", query.text());
			params.addValue("like",
					"%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			filters.append(" and (o.number = :text or o.caller_phone = :text or o.content like :like "
					+ "or o.title like :like or o.address like :like)");
		}
		return filters.toString();
	}

	private OrderSummary summary(ResultSet rs, Actor actor) throws SQLException {
		Registration r = WorkOrderRows.registration(rs);
		State s = WorkOrderRows.state(rs, List.of());
		String content = r.content().length() > 200 ? r.content().substring(0, 200) + "…" : r.content();
		return new OrderSummary(rs.getLong("id"), rs.getString("number"), s.status(), r.type(), r.channel(),
				r.urgency(), r.title(), content, r.address(), r.categoryCode(), CallerMask.forActor(r.caller(), actor),
				s.mainUnitId() == null ? null : s.mainUnitId().value(), s.deadline(), s.extensionDays(), s.supervised(),
				r.createdAt(), s.version(), lastEvent(rs), s.signDeadline(), r.location().districtCode(),
				this.catalog.pathName(r.categoryCode()));
	}

	private static OrderSummary.LastEvent lastEvent(ResultSet rs) throws SQLException {
		String type = rs.getString("last_type");
		if (type == null) {
			return null;
		}
		return new OrderSummary.LastEvent(EventType.valueOf(type), rs.getString("last_note"),
				WorkOrderRepository.instant(rs, rs.findColumn("last_at")), rs.getString("last_actor"));
	}

}
