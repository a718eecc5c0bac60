package io.hotline.workorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.hotline.org.UnitId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores orders, their co-units and their timeline; the timeline is only ever appended
 * to.
 */
@Repository
class WorkOrderRepository {

	private static final String INSERT = """
			with o as (
				insert into work_order (number, request_id, status, type, channel, urgency, title, content, address,
					district_code, street_code, community_code, category_code, caller_name, caller_phone, created_by,
					created_at, updated_at, lat, lon)
				values (to_char(:at at time zone 'Asia/Shanghai', 'YYYYMMDD')
						|| lpad(nextval('work_order_number_seq')::text, 7, '0'), :requestId, :status, :type, :channel,
					:urgency, :title, :content, :address, :district, :street, :community, :category, :callerName,
					:callerPhone, :actor, :at, :at, :lat, :lon)
				on conflict (request_id) do nothing
				returning id, number)
			insert into work_order_event (order_id, type, at, actor, status)
			select o.id, 'REGISTERED', :at, :actor, :status from o
			returning id, order_id, (select number from o)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	WorkOrderRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Inserts a new order with its first event; empty when its request id was taken
	 * already.
	 */
	Optional<WorkOrder> insert(WorkOrder order) {
		Registration r = order.registration();
		Location location = r.location();
		Optional<WorkOrder> stored = this.jdbc.sql(INSERT)
			.param("requestId", r.requestId())
			.param("status", order.status().name())
			.param("type", r.type().name())
			.param("channel", r.channel().name())
			.param("urgency", r.urgency().name())
			.param("title", r.title())
			.param("content", r.content())
			.param("address", r.address())
			.param("district", location.districtCode())
			.param("street", location.streetCode())
			.param("community", location.communityCode())
			.param("category", r.categoryCode())
			.param("callerName", r.caller().name())
			.param("callerPhone", r.caller().phone())
			.param("actor", r.createdBy())
			.param("at", Timestamp.from(r.createdAt()))
			.param("lat", r.point() == null ? null : r.point().lat(), java.sql.Types.DOUBLE)
			.param("lon", r.point() == null ? null : r.point().lon(), java.sql.Types.DOUBLE)
			.query((rs, n) -> {
				order.assigned(new WorkOrderId(rs.getLong(2)), rs.getString(3));
				order.written(List.of(rs.getLong(1)));
				return order;
			})
			.optional();
		return stored;
	}

	Optional<WorkOrder> findByRequestId(String requestId) {
		return this.jdbc.sql("select id from work_order where request_id = ?")
			.param(requestId)
			.query(Long.class)
			.optional()
			.flatMap((id) -> find(new WorkOrderId(id)));
	}

	Optional<WorkOrder> find(WorkOrderId id) {
		List<UnitId> coUnits = this.jdbc
			.sql("select unit_id from work_order_co_unit where order_id = ? order by unit_id")
			.param(id.value())
			.query((rs, n) -> new UnitId(rs.getLong(1)))
			.list();
		List<TimelineEvent> timeline = this.jdbc
			.sql("select type, at, actor, status, unit_id, note, note_key, note_args from work_order_event"
					+ " where order_id = ? order by id")
			.param(id.value())
			.query((rs, n) -> new TimelineEvent(EventType.valueOf(rs.getString(1)), instant(rs, 2), rs.getString(3),
					Status.valueOf(rs.getString(4)), unit(rs, 5), rs.getString(6), fact(rs)))
			.list();
		return this.jdbc.sql("select * from work_order where id = ?")
			.param(id.value())
			.query((rs, n) -> WorkOrderRows.order(rs, coUnits, timeline))
			.optional();
	}

	/**
	 * Writes the order's new state if nobody changed it since it was read, and appends
	 * its new events.
	 */
	void update(WorkOrder order) {
		State s = order.snapshot();
		int updated = this.template.update("""
				update work_order set status = ?, main_unit_id = ?, sign_deadline = ?, deadline = ?,
					extension_days = ?, extension_reason = ?, supervised = (supervised or ?), dispatch_count = ?,
					return_count = ?,
					reopen_count = ?, satisfaction = ?, resolved = ?, updated_at = ?, closed_at = ?,
					version = version + 1
				where id = ? and version = ?""", s.status().name(), value(s.mainUnitId()), timestamp(s.signDeadline()),
				timestamp(s.deadline()), s.extensionDays(), s.extensionReason(), s.supervised(),
				s.counts().dispatches(), s.counts().returns(), s.counts().reopenings(),
				s.satisfaction() == null ? null : s.satisfaction().name(), s.resolved(), timestamp(s.updatedAt()),
				timestamp(s.closedAt()), order.id().value(), s.version());
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Order " + order.number() + " was changed by someone else meanwhile; reload it and try again");
		}
		order.stored();
		if (order.unitsChanged()) {
			this.template.update("delete from work_order_co_unit where order_id = ?", order.id().value());
			this.template.batchUpdate("insert into work_order_co_unit (order_id, unit_id) values (?, ?)",
					s.coUnitIds().stream().map((unit) -> new Object[] { order.id().value(), unit.value() }).toList());
		}
		appendEvents(order);
	}

	/** Locks the order's row until the transaction ends; false if there is none. */
	boolean lock(WorkOrderId id) {
		return this.jdbc.sql("select id from work_order where id = ? for update")
			.param(id.value())
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/**
	 * Writes a mark of the platform's (督办 by a check) on an order locked by
	 * {@link #lock}: its supervised flag and timeline entries, leaving its version as it
	 * is. A concurrent change of a person's keeps the mark, as {@link #update} only ever
	 * adds the flag.
	 */
	void annotate(WorkOrder order) {
		State s = order.snapshot();
		this.template.update("update work_order set supervised = (supervised or ?), updated_at = ? where id = ?",
				s.supervised(), timestamp(s.updatedAt()), order.id().value());
		appendEvents(order);
	}

	/**
	 * Appends the order's new entries, one statement each (a change writes one or two),
	 * answering their ids: the ids of the events the order publishes.
	 */
	private void appendEvents(WorkOrder order) {
		List<Long> ids = new java.util.ArrayList<>();
		for (TimelineEvent e : order.pendingEvents()) {
			ids.add(this.jdbc
				.sql("insert into work_order_event (order_id, type, at, actor, status, unit_id, note,"
						+ " note_key, note_args) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
				.params(order.id().value(), e.type().name(), timestamp(e.at()), e.actor(), e.status().name(),
						value(e.unitId()), e.note(), (e.fact() == null) ? null : e.fact().key(),
						(e.fact() == null) ? null : e.fact().argumentArray())
				.query(Long.class)
				.single());
		}
		order.written(ids);
	}

	/**
	 * The fact of a timeline entry read with its {@code note_key} and {@code note_args}.
	 */
	static io.hotline.platform.Fact fact(ResultSet rs) throws SQLException {
		String key = rs.getString("note_key");
		if (key == null) {
			return null;
		}
		java.sql.Array values = rs.getArray("note_args");
		String[] arguments = (values == null) ? new String[0] : (String[]) values.getArray();
		return new io.hotline.platform.Fact(key, java.util.Arrays.asList(arguments));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static UnitId unit(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : new UnitId(value);
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Long value(UnitId unit) {
		return unit == null ? null : unit.value();
	}

}
