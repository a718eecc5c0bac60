package io.hotline.province.city;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.hotline.platform.Fact;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.province.transfer.TransferRegistration;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the province asks of this city's orders (省级督办) and the orders it transfers here
 * (跨市转办, registered by {@link TransferRegistration}), pulled on the sender's round (the
 * city always calls, decision 0015): each command applied once, in the transaction that
 * marks the order supervised (flag and timeline entry, as the city's own supervisors do),
 * and said done at the next pull. The order's change then reaches the province with its
 * replica.
 */
@Component
@Conditional(CityOfAProvince.class)
class ProvinceCommands {

	private static final Logger log = LoggerFactory.getLogger(ProvinceCommands.class);

	private final ProvinceClient province;

	private final WorkOrders orders;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TransferRegistration transfers;

	ProvinceCommands(ProvinceClient province, WorkOrders orders, JdbcClient jdbc, TransactionTemplate transactions,
			TransferRegistration transfers, Clock clock) {
		this.province = province;
		this.transfers = transfers;
		this.orders = orders;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Says what was applied, takes what the province asks now and applies it. */
	int exchange() throws IOException, InterruptedException {
		List<NodeMessages.Done> done = this.jdbc
			.sql("select command_id, outcome from node_command_applied where not acknowledged order by command_id")
			.query((rs, n) -> new NodeMessages.Done(rs.getLong(1), rs.getString(2)))
			.list();
		List<NodeMessages.Registered> registered = this.transfers.unacknowledged();
		NodeMessages.Commands asked = this.province.post("/api/node/commands", new NodeMessages.Pull(done, registered),
				NodeMessages.Commands.class);
		if (!done.isEmpty()) {
			this.jdbc.sql("update node_command_applied set acknowledged = true where command_id = any(?)")
				.param(done.stream().map(NodeMessages.Done::id).toArray(Long[]::new))
				.update();
		}
		this.transfers.acknowledged(registered);
		int applied = 0;
		for (NodeMessages.Command command : asked.commands()) {
			if (apply(command)) {
				applied++;
			}
		}
		for (NodeMessages.TransferIn transfer : asked.transfers()) {
			try {
				NodeMessages.Registered order = this.transfers.register(transfer);
				log.info("order {} of {} transferred here: registered as {}", transfer.fromNumber(),
						transfer.fromName(), order.number());
				applied++;
			}
			catch (RuntimeException ex) {
				// handed again at the next pull; the others go on
				log.warn("order {} of {} transferred here could not be registered: {}", transfer.fromNumber(),
						transfer.fromName(), ex.getMessage());
			}
		}
		return applied;
	}

	private boolean apply(NodeMessages.Command command) {
		Boolean applied = this.transactions.execute((status) -> {
			int fresh = this.jdbc.sql("""
					insert into node_command_applied (command_id, applied_at, outcome) values (?, ?, 'APPLIED')
					on conflict (command_id) do nothing""")
				.params(command.id(), Timestamp.from(this.clock.instant()))
				.update();
			if (fresh == 0) {
				return false;
			}
			boolean marked = this.orders.mark(new WorkOrderId(command.orderId()), "province:" + command.actor(),
					"省级督办：" + command.note(), Fact.of("province.supervised", command.actor(), command.note()));
			if (!marked) {
				this.jdbc.sql("update node_command_applied set outcome = 'NOT_OPEN' where command_id = ?")
					.param(command.id())
					.update();
			}
			return true;
		});
		if (Boolean.TRUE.equals(applied)) {
			log.info("the province's supervision {} of order {} applied", command.id(), command.orderId());
		}
		return Boolean.TRUE.equals(applied);
	}

}
