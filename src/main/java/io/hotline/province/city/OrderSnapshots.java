package io.hotline.province.city;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.PersonalData;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.workorder.CallerMask;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A city's outbox (decision 0015): the orders changed since they were sent, read with
 * their whole timelines as the province is to see them, and taken out once the province
 * has them, unless they changed meanwhile.
 */
@Component
@Conditional(CityOfAProvince.class)
class OrderSnapshots {

	/** An order waiting in the outbox, with the sequence value of its last change. */
	record Queued(long orderId, long seq) {

	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	OrderSnapshots(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	List<Queued> next(int limit) {
		return this.jdbc.sql("select order_id, seq from node_outbox order by seq limit ?")
			.param(limit)
			.query((rs, n) -> new Queued(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	long backlog() {
		return this.jdbc.sql("select count(*) from node_outbox").query(Long.class).single();
	}

	long orderCount() {
		return this.jdbc.sql("select count(*) from node_order_ids").query(Long.class).single();
	}

	/** Takes the orders sent out of the outbox, those changed since left in. */
	void sent(List<Queued> queued) {
		this.jdbc.sql("""
				delete from node_outbox o using unnest(cast(? as bigint[]), cast(? as bigint[])) as s(id, seq)
				where o.order_id = s.id and o.seq = s.seq""")
			.params(queued.stream().map(Queued::orderId).toArray(Long[]::new),
					queued.stream().map(Queued::seq).toArray(Long[]::new))
			.update();
	}

	/**
	 * Queues the orders written without events (an imported history, the demo's year)
	 * above the mark, at most so many at once; answers how many were new to the outbox.
	 */
	int queueWrittenWithoutEvents(int most) {
		long mark = this.jdbc.sql("select value from node_mark where name = 'queued-up-to'")
			.query(Long.class)
			.optional()
			.orElse(0L);
		List<Long> ids = this.jdbc.sql("select id from node_order_ids where id > ? order by id limit ?")
			.params(mark, most)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		int queued = this.jdbc
			.sql("""
					insert into node_outbox (order_id, seq) select id, nextval('node_outbox_seq') from unnest(cast(? as bigint[])) id
					on conflict (order_id) do nothing""")
			.param(ids.toArray(Long[]::new))
			.update();
		this.jdbc.sql("""
				insert into node_mark (name, value) values ('queued-up-to', ?)
				on conflict (name) do update set value = greatest(node_mark.value, excluded.value)""")
			.param(ids.get(ids.size() - 1))
			.update();
		return queued;
	}

	/** Queues every order again: the province found fewer of them than this city has. */
	void queueAllAgain() {
		this.jdbc.sql("delete from node_mark where name = 'queued-up-to'").update();
	}

	/** The orders queued, as the province is to see them, with their timelines. */
	NodeMessages.Batch read(List<Queued> queued, int backlog, Long orderCount) {
		Long[] ids = queued.stream().map(Queued::orderId).toArray(Long[]::new);
		Map<Long, Timeline> timelines = new HashMap<>();
		List<NodeMessages.Event> raw = new ArrayList<>();
		this.jdbc.sql("select * from node_event_source where order_id = any(?) order by id").param(ids).query((rs) -> {
			long order = rs.getLong("order_id");
			Instant at = rs.getTimestamp("at").toInstant();
			String type = rs.getString("type");
			long unit = rs.getLong("unit_id");
			timelines.computeIfAbsent(order, (o) -> new Timeline()).add(type, at, rs.wasNull() ? null : unit);
			raw.add(new NodeMessages.Event(rs.getLong("id"), order, type, at, rs.getString("status"),
					rs.getString("unit_name"), rs.getString("note")));
		});
		Map<Long, Map<String, Object>> transfers = new HashMap<>();
		this.jdbc.sql("select * from node_transfer_out where order_id = any(?)")
			.param(ids)
			.query()
			.listOfRows()
			.forEach((row) -> transfers.put(((Number) row.get("order_id")).longValue(), row));
		Map<Long, String> callers = new HashMap<>();
		List<NodeMessages.Order> orders = this.jdbc.sql("select * from node_order_source where id = any(?)")
			.param(ids)
			.query((rs, n) -> {
				callers.put(rs.getLong("id"), rs.getString("caller_name"));
				return order(rs, timelines.getOrDefault(rs.getLong("id"), new Timeline()),
						transfer(rs, transfers.get(rs.getLong("id"))));
			})
			.list();
		List<NodeMessages.Event> events = raw.stream()
			.map((e) -> new NodeMessages.Event(e.eventId(), e.orderId(), e.type(), e.at(), e.status(), e.unitName(),
					PersonalData.scrub(e.note(), callers.get(e.orderId()))))
			.toList();
		return new NodeMessages.Batch(backlog, orderCount, orders, events);
	}

	/**
	 * An order transferred out goes with where to and why, and with what the receiver
	 * must act on in full: the caller and the texts as registered.
	 */
	private static NodeMessages.Transfer transfer(ResultSet rs, Map<String, Object> row) throws SQLException {
		if (row == null) {
			return null;
		}
		return new NodeMessages.Transfer((String) row.get("to_node"), (String) row.get("to_name"),
				(String) row.get("reason"), (String) row.get("actor"), ((Timestamp) row.get("created_at")).toInstant(),
				rs.getString("title"), rs.getString("content"), rs.getString("address"), rs.getString("caller_name"),
				rs.getString("caller_phone"));
	}

	private NodeMessages.Order order(ResultSet rs, Timeline timeline, NodeMessages.Transfer transfer)
			throws SQLException {
		String name = rs.getString("caller_name");
		Float days = (timeline.dispatched != null && timeline.replied != null)
				? (float) Math.max(0, this.calendar.workingDaysBetween(timeline.dispatched, timeline.replied)) : null;
		return new NodeMessages.Order(rs.getLong("id"), rs.getString("number"), rs.getInt("version"),
				rs.getString("status"), rs.getString("type"), rs.getString("channel"), rs.getString("urgency"),
				PersonalData.scrub(rs.getString("title"), name), PersonalData.scrub(rs.getString("content"), name),
				PersonalData.scrub(rs.getString("address"), name), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("category_code"), rs.getString("category_name"),
				CallerMask.name(name), CallerMask.phone(rs.getString("caller_phone")), false, id(rs, "unit_id"),
				rs.getString("unit_code"), rs.getString("unit_name"), timeline.firstUnit, rs.getBoolean("supervised"),
				instant(rs, "sign_deadline"), instant(rs, "deadline"), timeline.dispatched, timeline.signed,
				timeline.replied, timeline.finished, instant(rs, "closed_at"), rs.getString("satisfaction"),
				(Boolean) rs.getObject("resolved"), rs.getInt("dispatch_count"), rs.getInt("return_count"),
				rs.getInt("reopen_count"), days, instant(rs, "created_at"), instant(rs, "updated_at"), transfer);
	}

	private static Long id(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

	/**
	 * The moments of an order's timeline that its facts take, as the analytics module's
	 * order facts take them: the first dispatch and its unit, the first signing, the last
	 * reply, the first finish.
	 */
	private static final class Timeline {

		Instant dispatched;

		Long firstUnit;

		Instant signed;

		Instant replied;

		Instant finished;

		void add(String type, Instant at, Long unit) {
			switch (type) {
				case "DISPATCHED" -> {
					if (this.dispatched == null) {
						this.dispatched = at;
						this.firstUnit = unit;
					}
				}
				case "SIGNED" -> this.signed = (this.signed == null) ? at : this.signed;
				case "REPLIED" -> this.replied = at;
				case "FINISHED" -> this.finished = (this.finished == null) ? at : this.finished;
				default -> {
				}
			}
		}

	}

}
