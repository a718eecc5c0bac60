package io.hotline.province.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Divisions;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.province.NodeMessages;
import io.hotline.province.ProvincialNode;
import io.hotline.province.transfer.TransferRegistration;
import io.hotline.workorder.TimelineEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 跨市转办 and 上交省级 through the province (decision 0015): a transfer arrives with the
 * sender's replica (the caller in full), is kept once, handed to the receiving city at
 * its pull with the category the province maps it to there and the sender's timeline, or,
 * for the province itself, registered here within seconds; the receiver says which order
 * it became, and the sender asks how far it is.
 */
@Component
@Conditional(ProvincialNode.class)
class ProvinceTransfers {

	/** A transfer as the province's people see it. */
	record Transfer(long id, String fromCity, String fromName, long fromOrderId, String fromNumber, String to,
			String toName, String reason, String actor, Instant createdAt, Instant deliveredAt, Instant registeredAt,
			Long toOrderId, String toNumber, String state) {

	}

	record Page(long total, int offset, int limit, List<Transfer> items) {

	}

	/** What the list is filtered by: the sender, the receiver, the state. */
	record Filter(String from, String to, String state) {

	}

	static final Map<String, String> SORTS = Map.of("createdAt", "t.id", "from", "t.from_city", "to", "t.to_node",
			"registeredAt", "t.registered_at");

	/**
	 * Transfers handed to a city in one pull, or registered here in one round, at most.
	 */
	private static final int PULL = 50;

	private static final Logger log = LoggerFactory.getLogger(ProvinceTransfers.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Divisions divisions;

	private final TransferRegistration registration;

	private final WorkOrders orders;

	private final String province;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ProvinceTransfers(JdbcClient jdbc, JsonMapper json, Divisions divisions, TransferRegistration registration,
			WorkOrders orders, HotlineProperties properties, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.divisions = divisions;
		this.registration = registration;
		this.orders = orders;
		this.province = properties.jurisdiction();
		this.clock = clock;
	}

	/**
	 * A city's order transferred out arrived with its replica: kept once, in the batch's
	 * transaction.
	 */
	void arrived(String city, NodeMessages.Order order) {
		NodeMessages.Transfer t = order.transfer();
		String to = (t.to() == null) ? "" : t.to().strip();
		if (!to.equals(this.province) && (to.length() != 4 || !to.startsWith(this.province) || to.equals(city))) {
			throw Problem.invalid("node.bad-transfer", order.orderId(), to);
		}
		// 退回: the sender got this order from the city it now sends it to
		String returnOf = this.jdbc.sql("""
				select from_number from province_transfer where from_city = ? and to_node = ? and to_order_id = ?""")
			.params(to, city, order.orderId())
			.query(String.class)
			.optional()
			.orElse(null);
		Payload payload = new Payload(order.channel(), order.type(), order.urgency(), t.title(), t.content(),
				t.address(), order.categoryCode(), t.callerName(), t.callerPhone(), t.at(), returnOf);
		this.jdbc.sql("""
				insert into province_transfer (from_city, from_order_id, from_number, to_node, reason, actor, payload,
				    created_at)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict (from_city, from_order_id) do nothing""")
			.params(city, order.orderId(), order.number(), to, (t.reason() == null) ? "" : t.reason(),
					(t.actor() == null) ? "" : t.actor(), this.json.writeValueAsString(payload),
					Timestamp.from(this.clock.instant()))
			.update();
		// one for the province itself is registered by the next round of registerHandedUp
	}

	/**
	 * Registers the orders handed up to the province itself, each in a transaction of its
	 * own (one that fails waits for the next round), once in a cluster.
	 */
	@Scheduled(fixedDelayString = "${hotline.node.handed-up-ms:2000}",
			initialDelayString = "${hotline.node.handed-up-ms:2000}")
	@SchedulerLock(name = "province-handed-up", lockAtMostFor = "PT2M")
	void registerHandedUp() {
		List<Long> ids = this.jdbc.sql("""
				select id from province_transfer where to_node = ? and registered_at is null order by id limit ?""")
			.params(this.province, PULL)
			.query(Long.class)
			.list();
		for (long id : ids) {
			try {
				this.transactions.executeWithoutResult((tx) -> {
					NodeMessages.TransferIn transfer = handed(id);
					registered(this.province, this.registration.register(transfer));
				});
			}
			catch (RuntimeException ex) {
				log.warn("the order handed up by transfer {} could not be registered: {}", id, ex.getMessage());
			}
		}
	}

	/**
	 * A city's pull: what it registered is noted; the transfers it has not yet registered
	 * are handed (again) to it, oldest first.
	 */
	@Transactional
	List<NodeMessages.TransferIn> pull(String city, List<NodeMessages.Registered> registered) {
		for (NodeMessages.Registered r : registered) {
			registered(city, r);
		}
		List<Long> ids = this.jdbc.sql("""
				update province_transfer set delivered_at = coalesce(delivered_at, ?)
				where id in (select id from province_transfer where to_node = ? and registered_at is null
				    order by id limit ?)
				returning id""").params(Timestamp.from(this.clock.instant()), city, PULL).query(Long.class).list();
		return ids.stream().sorted().map(this::handed).toList();
	}

	private void registered(String node, NodeMessages.Registered r) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				update province_transfer set registered_at = coalesce(registered_at, ?),
				    delivered_at = coalesce(delivered_at, ?), to_order_id = ?, to_number = ?
				where id = ? and to_node = ?""").params(now, now, r.orderId(), r.number(), r.id(), node).update();
	}

	/** A transfer as its receiver registers it. */
	private NodeMessages.TransferIn handed(long id) {
		return this.jdbc.sql("select * from province_transfer where id = ?").param(id).query((rs, n) -> {
			Payload p = this.json.readValue(rs.getString("payload"), Payload.class);
			String from = rs.getString("from_city");
			long fromOrder = rs.getLong("from_order_id");
			return new NodeMessages.TransferIn(id, from, name(from) + "12345", fromOrder, rs.getString("from_number"),
					rs.getString("reason"), rs.getString("actor"), p.at(), p.channel(), p.type(), p.urgency(),
					p.title(), p.content(), p.address(), category(from, p.categoryCode(), rs.getString("to_node")),
					p.callerName(), p.callerPhone(), timeline(from, fromOrder), p.returnOf());
		}).single();
	}

	/**
	 * The receiver's category: the one of its own confirmed to mean the standard category
	 * the sender's is confirmed to mean; else that standard code, else the sender's (the
	 * receiver keeps it only if its catalog has it).
	 */
	private String category(String from, String code, String to) {
		if (code == null) {
			return null;
		}
		String standard = this.jdbc.sql("""
				select standard_code from category_mapping where city = ? and city_code = ? and state = 'CONFIRMED'""")
			.params(from, code)
			.query(String.class)
			.optional()
			.orElse(code);
		return this.jdbc.sql("""
				select city_code from category_mapping where city = ? and standard_code = ? and state = 'CONFIRMED'
				order by city_code limit 1""").params(to, standard).query(String.class).optional().orElse(standard);
	}

	private List<NodeMessages.Event> timeline(String city, long orderId) {
		return this.jdbc.sql("""
				select event_id, order_id, type, at, status, unit_name, note from city_order_event
				where city = ? and order_id = ? order by at, event_id""")
			.params(city, orderId)
			.query((rs, n) -> event(rs))
			.list();
	}

	/** The sender's question: how far is its order. */
	@Transactional(readOnly = true)
	NodeMessages.Progress progress(String city, long orderId) {
		return this.jdbc.sql("select * from province_transfer where from_city = ? and from_order_id = ?")
			.params(city, orderId)
			.query((rs, n) -> progress(rs))
			.optional()
			.orElseGet(() -> new NodeMessages.Progress(null, null, "UNKNOWN", null, null, null, null, null, List.of()));
	}

	private NodeMessages.Progress progress(ResultSet rs) throws SQLException {
		String to = rs.getString("to_node");
		Instant registered = instant(rs, "registered_at");
		String state = (registered != null) ? "REGISTERED"
				: (rs.getTimestamp("delivered_at") != null) ? "DELIVERED" : "QUEUED";
		String status = null;
		List<NodeMessages.Event> timeline = List.of();
		long toOrder = rs.getLong("to_order_id");
		if (registered != null && to.equals(this.province)) {
			WorkOrder order = this.orders.find(new WorkOrderId(toOrder), Actor.system());
			status = order.status().name();
			timeline = own(order);
		}
		else if (registered != null) {
			status = this.jdbc.sql("select status from city_order where city = ? and order_id = ?")
				.params(to, toOrder)
				.query(String.class)
				.optional()
				.orElse(null);
			timeline = timeline(to, toOrder);
		}
		return new NodeMessages.Progress(to, name(to) + "12345", state, instant(rs, "created_at"),
				instant(rs, "delivered_at"), registered, rs.getString("to_number"), status, timeline);
	}

	/** The province's own order's timeline, as a city's replica shows one. */
	private static List<NodeMessages.Event> own(WorkOrder order) {
		List<NodeMessages.Event> events = new ArrayList<>();
		long n = 0;
		for (TimelineEvent e : order.timeline()) {
			events.add(new NodeMessages.Event(++n, order.id().value(), e.type().name(), e.at(), e.status().name(), null,
					e.note()));
		}
		events.sort(Comparator.comparing(NodeMessages.Event::at));
		return events;
	}

	Page page(Filter filter, ListParameters page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder("true");
		if (filter.from() != null) {
			where.append(" and t.from_city = ?");
			params.add(filter.from());
		}
		if (filter.to() != null) {
			where.append(" and t.to_node = ?");
			params.add(filter.to());
		}
		if (filter.state() != null) {
			where.append(switch (filter.state()) {
				case "QUEUED" -> " and t.delivered_at is null";
				case "DELIVERED" -> " and t.delivered_at is not null and t.registered_at is null";
				case "REGISTERED" -> " and t.registered_at is not null";
				default -> throw Problem.invalid("province.bad-transfer-state", filter.state());
			});
		}
		Paging.Rows<Transfer> rows = Paging.rows(this.jdbc, "select t.* from province_transfer t", "province_transfer",
				where.toString(), params, SORTS.get(page.sort()), page, (rs, n) -> transfer(rs));
		return new Page(rows.total(), page.offset(), page.limit(), rows.items());
	}

	private Transfer transfer(ResultSet rs) throws SQLException {
		Instant delivered = instant(rs, "delivered_at");
		Instant registered = instant(rs, "registered_at");
		Number toOrder = (Number) rs.getObject("to_order_id");
		return new Transfer(rs.getLong("id"), rs.getString("from_city"), name(rs.getString("from_city")),
				rs.getLong("from_order_id"), rs.getString("from_number"), rs.getString("to_node"),
				name(rs.getString("to_node")), rs.getString("reason"), rs.getString("actor"), instant(rs, "created_at"),
				delivered, registered, (toOrder == null) ? null : toOrder.longValue(), rs.getString("to_number"),
				(registered != null) ? "REGISTERED" : (delivered != null) ? "DELIVERED" : "QUEUED");
	}

	private String name(String code) {
		return this.divisions.division(code).map((d) -> d.name()).orElse(code);
	}

	private static NodeMessages.Event event(ResultSet rs) throws SQLException {
		return new NodeMessages.Event(rs.getLong("event_id"), rs.getLong("order_id"), rs.getString("type"),
				instant(rs, "at"), rs.getString("status"), rs.getString("unit_name"), rs.getString("note"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

	/** What the receiver registers, kept as the transfer's payload. */
	record Payload(String channel, String type, String urgency, String title, String content, String address,
			String categoryCode, String callerName, String callerPhone, Instant at, String returnOf) {

	}

}
