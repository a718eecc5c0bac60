package io.hotline.province.city;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.hotline.platform.Fact;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.province.transfer.TransferRegistration;
import io.hotline.supervision.ProvinceCases;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the province asks of this city's orders (省级督办 and its 催办) and the orders it
 * transfers here (跨市转办, registered by {@link TransferRegistration}), pulled on the
 * sender's round (the city always calls, decision 0015): each command applied once, in
 * the transaction that marks the order (flag and timeline entry, as the city's own
 * supervisors do) and opens or reminds its supervision case ({@link ProvinceCases}), and
 * said done at the next pull. The order's change then reaches the province with its
 * replica; each pull also reports the cases whose state changed since the last.
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

	private final ProvinceCases cases;

	private final HelpAccounts helpAccounts;

	private final HelpLent helpLent;

	ProvinceCommands(ProvinceClient province, WorkOrders orders, JdbcClient jdbc, TransactionTemplate transactions,
			TransferRegistration transfers, ProvinceCases cases, HelpAccounts helpAccounts, HelpLent helpLent,
			Clock clock) {
		this.province = province;
		this.helpAccounts = helpAccounts;
		this.helpLent = helpLent;
		this.cases = cases;
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
		List<Reported> changed = changedCases();
		List<NodeMessages.GrantAccounts> accounts = this.helpAccounts.unreported();
		List<Long> lent = this.helpLent.unacknowledged();
		NodeMessages.Commands asked = this.province.post("/api/node/commands",
				new NodeMessages.Pull(done, registered, changed.stream().map(Reported::state).toList(), accounts, lent),
				NodeMessages.Commands.class);
		this.helpAccounts.reported(accounts);
		this.helpLent.acknowledged(lent);
		for (Reported c : changed) {
			this.jdbc.sql("update node_command_applied set case_reported = ?, case_final = ? where command_id = ?")
				.params(c.signature(), "CLOSED".equals(c.state().status()), c.state().id())
				.update();
		}
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
		for (NodeMessages.Grant grant : asked.grants()) {
			try {
				this.helpAccounts.grant(grant);
				applied++;
			}
			catch (RuntimeException ex) {
				// handed again at the next pull
				log.warn("the help granted by the province ({}) could not be made ready: {}", grant.id(),
						ex.getMessage());
			}
		}
		this.helpLent.received(asked.helping());
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

	/** A case's state to report, and what it is remembered by once reported. */
	record Reported(NodeMessages.CaseState state, String signature) {

	}

	/** The provincial cases whose state is not the one last reported (at most 200). */
	List<Reported> changedCases() {
		Map<Long, String> reported = new HashMap<>();
		this.jdbc.sql("""
				select command_id, case_reported from node_command_applied
				where kind = 'SUPERVISE' and outcome = 'APPLIED' and not case_final order by command_id limit 1000""")
			.query((rs) -> {
				reported.put(rs.getLong(1), Objects.toString(rs.getString(2), ""));
			});
		List<ProvinceCases.State> states = this.cases.states(reported.keySet());
		// a supervision without a case (its order was replied before it came) never gets
		// one
		List<Long> caseless = new ArrayList<>(reported.keySet());
		caseless.removeAll(states.stream().map(ProvinceCases.State::episode).toList());
		if (!caseless.isEmpty()) {
			this.jdbc.sql("update node_command_applied set case_final = true where command_id = any(?)")
				.param(caseless.toArray(Long[]::new))
				.update();
		}
		List<Reported> changed = new ArrayList<>();
		for (ProvinceCases.State c : states) {
			NodeMessages.CaseState state = new NodeMessages.CaseState(c.episode(), c.status(), c.deadline(),
					c.reminders(), c.escalatedAt(), c.closedAt(), c.closeNote());
			String signature = state.toString();
			if (!signature.equals(reported.get(c.episode())) && changed.size() < 200) {
				changed.add(new Reported(state, signature));
			}
		}
		return changed;
	}

	boolean apply(NodeMessages.Command command) {
		Boolean applied = this.transactions.execute((status) -> {
			int fresh = this.jdbc.sql("""
					insert into node_command_applied (command_id, applied_at, outcome, kind) values (?, ?, 'APPLIED', ?)
					on conflict (command_id) do nothing""")
				.params(command.id(), Timestamp.from(this.clock.instant()), command.kind())
				.update();
			if (fresh == 0) {
				return false;
			}
			if (!applied(command)) {
				this.jdbc.sql("update node_command_applied set outcome = 'NOT_OPEN' where command_id = ?")
					.param(command.id())
					.update();
			}
			return true;
		});
		if (Boolean.TRUE.equals(applied)) {
			log.info("the province's {} {} of order {} applied", command.kind(), command.id(), command.orderId());
		}
		return Boolean.TRUE.equals(applied);
	}

	/**
	 * The supervision marks the order and opens its case; the reminder reminds the case
	 * and notes it in the timeline. False where the order is closed or gone, or (a
	 * reminder) its case is over.
	 */
	private boolean applied(NodeMessages.Command command) {
		WorkOrderId order = new WorkOrderId(command.orderId());
		String by = "province:" + command.actor();
		if ("REMIND".equals(command.kind())) {
			return command.supervisionId() != null && this.cases.remind(order, command.supervisionId(), command.note())
					&& this.orders.mark(order, by, "省级催办：" + command.note(),
							Fact.of("province.reminded", command.actor(), command.note()));
		}
		boolean marked = this.orders.mark(order, by, "省级督办：" + command.note(),
				Fact.of("province.supervised", command.actor(), command.note()));
		if (marked) {
			// an order replied meanwhile is marked but has no case: there is nothing to
			// remind
			this.cases.open(order, command.id(), (command.days() == null) ? 3 : command.days(), command.note());
		}
		return marked;
	}

}
