package io.hotline.province.transfer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hotline.catalog.Catalog;
import io.hotline.intake.Intake;
import io.hotline.intake.IntakeRequest;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.province.NodeMessages;
import io.hotline.workorder.Channel;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order transferred to this node (跨市转办 to a city, 上交省级 to the province) registered
 * here, once per transfer: through the intake like any order, so this node's deadline
 * rules and figures apply, with the caller as the sender registered them, a timeline
 * entry naming where it came from (and, sent back, this node's own order it was), and the
 * sender's timeline kept beside it.
 */
@Component
public class TransferRegistration {

	private static final TypeReference<List<NodeMessages.Event>> TIMELINE = new TypeReference<>() {
	};

	private final Intake intake;

	private final WorkOrders orders;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	TransferRegistration(Intake intake, WorkOrders orders, Catalog catalog, JdbcClient jdbc, JsonMapper json,
			Clock clock) {
		this.intake = intake;
		this.orders = orders;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Registers the transferred order unless this transfer was registered before; answers
	 * the order it is here, either way.
	 */
	@Transactional
	public NodeMessages.Registered register(NodeMessages.TransferIn t) {
		Optional<NodeMessages.Registered> before = this.jdbc
			.sql("select order_id, number from node_transfer_in where transfer_id = ?")
			.param(t.id())
			.query((rs, n) -> new NodeMessages.Registered(t.id(), rs.getLong(1), rs.getString(2)))
			.optional();
		if (before.isPresent()) {
			return before.get();
		}
		Actor node = new Actor("node:" + t.fromCity(), Set.of(Role.DISPATCHER), null);
		String phone = (t.callerPhone() != null && IntakeRequest.CallerInput.isPhone(t.callerPhone())) ? t.callerPhone()
				: null;
		String category = (t.categoryCode() != null && this.catalog.category(t.categoryCode()).isPresent())
				? t.categoryCode() : null;
		WorkOrder order = this.intake
			.register(
					new IntakeRequest(Channel.valueOf(t.channel()), OrderType.valueOf(t.type()), t.content(), t.title(),
							t.address(), new IntakeRequest.CallerInput(t.callerName(), phone), category,
							Urgency.valueOf(t.urgency()), "transfer:" + t.fromCity() + ":" + t.fromOrderId(), null),
					node);
		this.orders.change(order.id(), null, node, (o) -> {
			if (t.returnOf() != null) {
				o.transferredBack(node.username(), t.fromName(), t.fromNumber(), t.returnOf(), t.reason(),
						this.orders.now());
			}
			else {
				o.transferredIn(node.username(), t.fromName(), t.fromNumber(), t.reason(), this.orders.now());
			}
		});
		this.jdbc.sql("""
				insert into node_transfer_in (transfer_id, order_id, number, from_node, from_name, from_number, reason,
				    timeline, registered_at, return_of)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict (transfer_id) do nothing""")
			.params(t.id(), order.id().value(), order.number(), t.fromCity(), t.fromName(), t.fromNumber(),
					(t.reason() == null) ? "" : t.reason(), this.json.writeValueAsString(t.timeline()),
					Timestamp.from(this.clock.instant()), t.returnOf())
			.update();
		return new NodeMessages.Registered(t.id(), order.id().value(), order.number());
	}

	/** Where an order of this node came from, if it was transferred in. */
	@Transactional(readOnly = true)
	public Optional<TransferredFrom> from(long orderId) {
		return this.jdbc.sql("select * from node_transfer_in where order_id = ?")
			.param(orderId)
			.query((rs, n) -> new TransferredFrom(rs.getString("from_node"), rs.getString("from_name"),
					rs.getString("from_number"), rs.getString("reason"), rs.getTimestamp("registered_at").toInstant(),
					this.json.readValue(rs.getString("timeline"), TIMELINE), rs.getString("return_of")))
			.optional();
	}

	/** The transfers registered here that the province has not been told of. */
	public List<NodeMessages.Registered> unacknowledged() {
		return this.jdbc
			.sql("""
					select transfer_id, order_id, number from node_transfer_in where not acknowledged order by transfer_id""")
			.query((rs, n) -> new NodeMessages.Registered(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/** The province was told of these. */
	public void acknowledged(List<NodeMessages.Registered> told) {
		if (!told.isEmpty()) {
			this.jdbc.sql("update node_transfer_in set acknowledged = true where transfer_id = any(?)")
				.param(told.stream().map(NodeMessages.Registered::id).toArray(Long[]::new))
				.update();
		}
	}

	/**
	 * Where a transferred-in order came from: the sender's node and name, its number
	 * there, why, when it was registered here, the sender's timeline as it came, and
	 * {@code returnOf}: this node's own order that the sender sent back (退回), if it did.
	 */
	public record TransferredFrom(String fromNode, String fromName, String fromNumber, String reason,
			Instant registeredAt, List<NodeMessages.Event> timeline, String returnOf) {

	}

}
