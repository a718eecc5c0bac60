package io.hotline.province.city;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.hotline.address.AddressRecognizer;
import io.hotline.address.Gazetteer;
import io.hotline.org.Actor;
import io.hotline.org.Division;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 跨市转办 and 上交省级 from this city (decision 0015): a dispatcher sends an order that belongs
 * to another city of the province, or to the province, with the reason; the order ends
 * here (已转出, counted by the receiver) and goes with its replica, the caller in full, to
 * the province, which hands it to the receiver. The sender follows it through the
 * province.
 */
@Component
@Conditional(CityOfAProvince.class)
class CityTransfers {

	/** A node an order can go to: a city of the province or the province itself. */
	record Target(String code, String name, boolean province) {

	}

	/** An order transferred out: where to. */
	record Transferred(long orderId, String number, String status, String to, String toName) {

	}

	private final WorkOrders orders;

	private final AddressRecognizer addresses;

	private final ProvinceClient province;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final String city;

	CityTransfers(WorkOrders orders, AddressRecognizer addresses, ProvinceClient province, JdbcClient jdbc,
			AuditTrail audit, HotlineProperties properties) {
		this.orders = orders;
		this.addresses = addresses;
		this.province = province;
		this.jdbc = jdbc;
		this.audit = audit;
		this.city = properties.jurisdiction();
	}

	/**
	 * The province, then every other city of it (from the national gazetteer: a city node
	 * holds only its own divisions).
	 */
	List<Target> targets() {
		String code = this.city.substring(0, 2);
		Gazetteer country = this.addresses.gazetteer();
		List<Target> targets = new ArrayList<>();
		targets.add(new Target(code, country.division(code).map(Division::name).orElse(code), true));
		for (Division other : country.within(code, 2)) {
			if (!other.code().equals(this.city)) {
				targets.add(new Target(other.code(), other.name(), false));
			}
		}
		return targets;
	}

	@Transactional
	Transferred transfer(long orderId, String to, String reason, Integer version, Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR);
		if (to == null || to.isBlank()) {
			throw Problem.invalid("request.required", "to");
		}
		Target target = targets().stream()
			.filter((t) -> t.code().equals(to.strip()))
			.findFirst()
			.orElseThrow(() -> to.strip().equals(this.city) ? Problem.invalid("transfer.to-itself")
					: Problem.invalid("transfer.unknown-target", to.strip()));
		String name = target.name() + "12345";
		WorkOrder order = this.orders.change(new WorkOrderId(orderId), version, actor,
				(o) -> o.transferOut(actor.username(), name, reason, this.orders.now()));
		this.jdbc.sql("""
				insert into node_transfer_out (order_id, to_node, to_name, reason, actor, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(orderId, target.code(), name, reason.strip(), actor.username(), Timestamp.from(this.orders.now()))
			.update();
		this.audit.record(actor.username(), "ORDER_TRANSFER", order.number(), "OK", target.code() + ": " + reason);
		return new Transferred(orderId, order.number(), order.status().name(), target.code(), name);
	}

	/** How far an order transferred out is, as the province sees it now. */
	NodeMessages.Progress progress(long orderId, Actor actor) {
		WorkOrder order = this.orders.find(new WorkOrderId(orderId), actor);
		if (this.jdbc.sql("select count(*) from node_transfer_out where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single() == 0) {
			throw Problem.notFound("transfer.not-transferred", order.number());
		}
		try {
			return this.province.post("/api/node/transfers/progress", new NodeMessages.ProgressAsked(orderId),
					NodeMessages.Progress.class);
		}
		catch (IOException ex) {
			throw Problem.unavailable(Duration.ofSeconds(30), "transfer.province-unreachable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw Problem.unavailable(Duration.ofSeconds(30), "transfer.province-unreachable");
		}
	}

}
