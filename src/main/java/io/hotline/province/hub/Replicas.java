package io.hotline.province.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.org.Divisions;
import io.hotline.org.Division;
import io.hotline.platform.Problem;
import io.hotline.province.NodeMessages;
import io.hotline.province.ProvincialNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's replicas of its cities' orders (decision 0015): an order replaced only
 * by a higher or equal version, a timeline entry inserted once, so a batch sent twice, or
 * late, changes nothing; the city's node row notes when it was last heard and what it
 * still has to send. A batch is stored whole or not at all, with the transfers it carries
 * ({@link ProvinceTransfers}).
 */
@Component
@Conditional(ProvincialNode.class)
class Replicas {

	private static final String ORDER = """
			insert into city_order (city, order_id, number, version, status, type, channel, urgency, title, content,
			    address, district_code, street_code, category_code, category_name, caller_name, caller_phone, personal,
			    unit_id, unit_code, unit_name, first_unit_id, supervised, sign_deadline, deadline, dispatched_at,
			    signed_at, replied_at, finished_at, closed_at, satisfaction, resolved, dispatch_count, return_count,
			    reopen_count, handling_days, created_at, updated_at, received_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?)
			on conflict (city, order_id) do update set number = excluded.number, version = excluded.version,
			    status = excluded.status, type = excluded.type, channel = excluded.channel, urgency = excluded.urgency,
			    title = excluded.title, content = excluded.content, address = excluded.address,
			    district_code = excluded.district_code, street_code = excluded.street_code,
			    category_code = excluded.category_code, category_name = excluded.category_name,
			    caller_name = excluded.caller_name, caller_phone = excluded.caller_phone, personal = excluded.personal,
			    unit_id = excluded.unit_id, unit_code = excluded.unit_code, unit_name = excluded.unit_name,
			    first_unit_id = excluded.first_unit_id, supervised = excluded.supervised,
			    sign_deadline = excluded.sign_deadline, deadline = excluded.deadline,
			    dispatched_at = excluded.dispatched_at, signed_at = excluded.signed_at,
			    replied_at = excluded.replied_at, finished_at = excluded.finished_at, closed_at = excluded.closed_at,
			    satisfaction = excluded.satisfaction, resolved = excluded.resolved,
			    dispatch_count = excluded.dispatch_count, return_count = excluded.return_count,
			    reopen_count = excluded.reopen_count, handling_days = excluded.handling_days,
			    created_at = excluded.created_at, updated_at = excluded.updated_at, received_at = excluded.received_at
			where city_order.version <= excluded.version""";

	private static final String EVENT = """
			insert into city_order_event (city, event_id, order_id, type, at, status, unit_name, note, received_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (city, event_id) do nothing""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final Clock clock;

	private final ProvinceTransfers transfers;

	Replicas(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Divisions divisions, ProvinceTransfers transfers,
			Clock clock) {
		this.jdbcTemplate = jdbcTemplate;
		this.transfers = transfers;
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.clock = clock;
	}

	@Transactional
	public NodeMessages.Answer store(String city, NodeMessages.Batch batch) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> orders = new ArrayList<>(batch.orders().size());
		for (NodeMessages.Order order : batch.orders()) {
			orders.add(row(city, check(order), now));
		}
		List<Object[]> events = new ArrayList<>(batch.events().size());
		for (NodeMessages.Event event : batch.events()) {
			check(event);
			events.add(new Object[] { city, event.eventId(), event.orderId(), event.type(), ts(event.at()),
					event.status(), event.unitName(), event.note(), now });
		}
		heard(city, batch.backlog(), now);
		int stored = sum(this.jdbcTemplate.batchUpdate(ORDER, orders));
		int added = sum(this.jdbcTemplate.batchUpdate(EVENT, events));
		for (NodeMessages.Order order : batch.orders()) {
			if (order.transfer() != null) {
				this.transfers.arrived(city, order);
			}
		}
		Long count = (batch.orderCount() == null) ? null
				: this.jdbc.sql("select count(*) from city_order where city = ?")
					.param(city)
					.query(Long.class)
					.single();
		return new NodeMessages.Answer(stored, added, catalogHash(city), count);
	}

	String catalogHash(String city) {
		return this.jdbc.sql("select catalog_hash from city_node where code = ?")
			.param(city)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Notes that a city was heard from now, with what it still has to send. */
	void heard(String city, int backlog, Timestamp now) {
		String name = this.divisions.division(city).map(Division::name).orElse(city);
		this.jdbc.sql("""
				insert into city_node (code, name, first_seen_at, last_batch_at, last_backlog, batches)
				values (?, ?, ?, ?, ?, 1)
				on conflict (code) do update set last_batch_at = excluded.last_batch_at,
				    last_backlog = excluded.last_backlog, batches = city_node.batches + 1""")
			.params(city, name, now, now, Math.max(0, backlog))
			.update();
	}

	private static Object[] row(String city, NodeMessages.Order o, Timestamp now) {
		return new Object[] { city, o.orderId(), o.number(), o.version(), o.status(), o.type(), o.channel(),
				o.urgency(), o.title(), o.content(), o.address(), o.districtCode(), o.streetCode(), o.categoryCode(),
				o.categoryName(), o.callerName(), o.callerPhone(), o.personal(), o.unitId(), o.unitCode(), o.unitName(),
				o.firstUnitId(), o.supervised(), ts(o.signDeadline()), ts(o.deadline()), ts(o.dispatchedAt()),
				ts(o.signedAt()), ts(o.repliedAt()), ts(o.finishedAt()), ts(o.closedAt()), o.satisfaction(),
				o.resolved(), o.dispatchCount(), o.returnCount(), o.reopenCount(), o.handlingDays(), ts(o.createdAt()),
				ts(o.updatedAt()), now };
	}

	private static NodeMessages.Order check(NodeMessages.Order order) {
		if (order.number() == null || order.status() == null || order.type() == null || order.channel() == null
				|| order.urgency() == null || order.content() == null || order.createdAt() == null
				|| order.updatedAt() == null) {
			throw Problem.invalid("node.bad-order", order.orderId());
		}
		return order;
	}

	private static void check(NodeMessages.Event event) {
		if (event.type() == null || event.at() == null || event.status() == null) {
			throw Problem.invalid("node.bad-event", event.eventId());
		}
	}

	private static Timestamp ts(Instant at) {
		return (at == null) ? null : Timestamp.from(at);
	}

	private static int sum(int[] counts) {
		int sum = 0;
		for (int count : counts) {
			sum += Math.max(0, count);
		}
		return sum;
	}

}
