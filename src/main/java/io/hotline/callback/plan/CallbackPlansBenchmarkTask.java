package io.hotline.callback.plan;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.HotlineTask;
import io.hotline.platform.MovableClock;
import io.hotline.platform.TaskOptions;
import io.hotline.workorder.EventType;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrderId;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code benchmark-callback-plans [--orders 120]}: issue 20's measure
 * ({@link CallbackPlanSimulation}) on a database of its own with the demo's people,
 * serving on a loopback port, the clock moved through working days: the surveyed share,
 * the share handed to a person, plans/s from reply to plan over HTTP, the send job's
 * plans/s and the robot's answers/s; then the planner alone (the same orders planned
 * again in a transaction rolled back). Exit 1 when fewer than 95 % were surveyed.
 */
@Component
class CallbackPlansBenchmarkTask implements HotlineTask {

	static final double GOAL = 0.95;

	private final Environment environment;

	private final HotlineProperties properties;

	private final JdbcClient jdbc;

	private final PlanSending sending;

	private final PlanTiming timing;

	private final CallbackPlanner planner;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CallbackPlansBenchmarkTask(Environment environment, HotlineProperties properties, JdbcClient jdbc,
			PlanSending sending, PlanTiming timing, CallbackPlanner planner, PlatformTransactionManager transactions,
			Clock clock) {
		this.environment = environment;
		this.properties = properties;
		this.jdbc = jdbc;
		this.sending = sending;
		this.timing = timing;
		this.planner = planner;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public String name() {
		return "benchmark-callback-plans";
	}

	@Override
	public String description() {
		return "callback plans (issue 20): surveyed share and plans/s of simulated replies and answers: --orders 120";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		if (!(this.clock instanceof MovableClock movable)) {
			throw new IllegalStateException("the clock cannot be moved: run as a serving task");
		}
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		String password = this.properties.demo().password();
		String admin = "admin:" + (this.properties.hasAdminPassword() ? this.properties.adminPassword() : password);
		CallbackPlanSimulation.Result result = new CallbackPlanSimulation(port, password, admin, this.jdbc,
				this.sending, this.timing, this.clock, movable::advance)
			.run(options.intValue("orders", 120));
		System.out.println(result);
		plannerAlone();
		if (result.surveyedShare() < GOAL) {
			System.out.printf("below the goal: %.1f %% surveyed < %.0f %%%n", 100 * result.surveyedShare(), 100 * GOAL);
			return 1;
		}
		return 0;
	}

	/** The planner's own time: the orders planned again, in a transaction rolled back. */
	private void plannerAlone() {
		List<OrderEvent> events = this.jdbc
			.sql("select order_id, order_number, replied_at from callback_plan where kind = 'REPLIED' order by id")
			.query((rs, n) -> new OrderEvent(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
					EventType.REPLIED, new WorkOrderId(rs.getLong(1)), rs.getString(2), Status.REPLIED, null, null,
					rs.getTimestamp(3).toInstant(), "benchmark"))
			.list();
		if (events.isEmpty()) {
			return;
		}
		long[] nanos = new long[events.size()];
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < events.size(); i++) {
				long t = System.nanoTime();
				this.planner.plan(events.get(i));
				nanos[i] = System.nanoTime() - t;
			}
			status.setRollbackOnly();
		});
		Arrays.sort(nanos);
		double total = Arrays.stream(nanos).sum() / 1e9;
		System.out.printf("planner alone: %d plans, %.0f plans/s, p50 %.1f ms, p99 %.1f ms%n", nanos.length,
				nanos.length / total, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
	}

}
