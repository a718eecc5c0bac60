package io.hotline.province.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's view of its cities' orders, from the replicas: filtered, sorted, paged;
 * one order with its timeline. The replicas hold what the cities sent, callers masked
 * unless the province must act on the order.
 */
@Component
@Conditional(ProvincialNode.class)
class ProvinceOrders {

	/** The sorts of the list, by the columns they take. */
	static final Map<String, String> SORTS = Map.of("createdAt", "o.created_at", "number", "o.number", "city", "o.city",
			"status", "o.status", "deadline", "o.deadline", "updatedAt", "o.updated_at", "receivedAt", "o.received_at");

	/** What the list is filtered by; null: not filtered by it. */
	record Filter(String city, String status, String type, String channel, String category, String district,
			Boolean supervised, LocalDate from, LocalDate to, String q) {

	}

	/** A row of the list. */
	record Line(String city, String cityName, long orderId, String number, String status, String type, String channel,
			String urgency, String title, String categoryCode, String categoryName, String districtCode,
			String unitName, boolean supervised, Instant deadline, Instant createdAt, Instant updatedAt,
			Instant closedAt, String satisfaction, Boolean resolved, Instant receivedAt) {

	}

	record Page(long total, int offset, int limit, List<Line> items) {

	}

	/** One order with its timeline. */
	record Detail(Line order, String content, String address, String callerName, String callerPhone, boolean personal,
			Instant signDeadline, Instant dispatchedAt, Instant signedAt, Instant repliedAt, int dispatchCount,
			int returnCount, int reopenCount, Float handlingDays, List<Entry> events) {

	}

	record Entry(long eventId, String type, Instant at, String status, String unitName, String note) {

	}

	private static final String LINE = """
			select o.city, n.name as city_name, o.order_id, o.number, o.status, o.type, o.channel, o.urgency, o.title,
			    o.category_code, o.category_name, o.district_code, o.unit_name, o.supervised, o.deadline, o.created_at,
			    o.updated_at, o.closed_at, o.satisfaction, o.resolved, o.received_at""";

	private final JdbcClient jdbc;

	ProvinceOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page page(Filter filter, ListParameters page) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		long total = this.jdbc.sql("select count(*) from city_order o where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(page.limit());
		params.add(page.offset());
		List<Line> items = this.jdbc
			.sql(LINE + " from city_order o left join city_node n on n.code = o.city where " + where + " order by "
					+ SORTS.get(page.sort()) + " " + page.direction() + ", o.city, o.order_id " + page.direction()
					+ " limit ? offset ?")
			.params(params)
			.query((rs, n) -> line(rs))
			.list();
		return new Page(total, page.offset(), page.limit(), items);
	}

	Detail one(String city, long orderId) {
		List<Entry> events = this.jdbc.sql("""
				select event_id, type, at, status, unit_name, note from city_order_event
				where city = ? and order_id = ? order by event_id""")
			.params(city, orderId)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), instant(rs, "at"), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		return this.jdbc.sql(LINE + """
				, o.content, o.address, o.caller_name, o.caller_phone, o.personal, o.sign_deadline, o.dispatched_at,
				    o.signed_at, o.replied_at, o.dispatch_count, o.return_count, o.reopen_count, o.handling_days
				from city_order o left join city_node n on n.code = o.city where o.city = ? and o.order_id = ?""")
			.params(city, orderId)
			.query((rs, n) -> new Detail(line(rs), rs.getString("content"), rs.getString("address"),
					rs.getString("caller_name"), rs.getString("caller_phone"), rs.getBoolean("personal"),
					instant(rs, "sign_deadline"), instant(rs, "dispatched_at"), instant(rs, "signed_at"),
					instant(rs, "replied_at"), rs.getInt("dispatch_count"), rs.getInt("return_count"),
					rs.getInt("reopen_count"), (Float) rs.getObject("handling_days"), events))
			.optional()
			.orElseThrow(() -> Problem.notFound("province.no-order", city, orderId));
	}

	private static String where(Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder("true");
		equal(where, params, "o.city", filter.city());
		equal(where, params, "o.status", filter.status());
		equal(where, params, "o.type", filter.type());
		equal(where, params, "o.channel", filter.channel());
		equal(where, params, "o.category_code", filter.category());
		if (filter.district() != null) {
			where.append(" and o.district_code like ?");
			params.add(filter.district() + "%");
		}
		if (filter.supervised() != null) {
			where.append(" and o.supervised = ?");
			params.add(filter.supervised());
		}
		if (filter.from() != null) {
			where.append(" and o.created_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and o.created_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (filter.q() != null) {
			where.append(" and (o.number = ? or o.title like ? or o.content like ?)");
			String like = "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(filter.q());
			params.add(like);
			params.add(like);
		}
		return where.toString();
	}

	private static void equal(StringBuilder where, List<Object> params, String column, String value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = ?");
			params.add(value);
		}
	}

	private static Line line(ResultSet rs) throws SQLException {
		return new Line(rs.getString("city"), rs.getString("city_name"), rs.getLong("order_id"), rs.getString("number"),
				rs.getString("status"), rs.getString("type"), rs.getString("channel"), rs.getString("urgency"),
				rs.getString("title"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("district_code"), rs.getString("unit_name"), rs.getBoolean("supervised"),
				instant(rs, "deadline"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "closed_at"),
				rs.getString("satisfaction"), (Boolean) rs.getObject("resolved"), instant(rs, "received_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

}
