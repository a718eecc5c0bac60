package io.hotline.supervision.monitor;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A run of the monitors, one at a time: for each monitor, closes the cases whose
 * condition ended, opens the new ones (while it is enabled), escalates and reminds; then
 * marks the orders of new cases 督办 in their timelines (a bounded number per run, the rest
 * the next run), and looks for suspicious patterns. Now is the platform's clock.
 */
@Service
class CaseRun {

	private static final Logger log = LoggerFactory.getLogger(CaseRun.class);

	private final ReentrantLock running = new ReentrantLock();

	private final Monitors monitors;

	private final Conditions conditions;

	private final CaseSteps steps;

	private final SuspiciousPatterns patterns;

	private final WorkOrders orders;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final int markPerRun;

	private final AutoRedo redo;

	CaseRun(Monitors monitors, Conditions conditions, CaseSteps steps, SuspiciousPatterns patterns, WorkOrders orders,
			JdbcClient jdbc, AuditTrail audit, @Value("${hotline.supervision.mark-per-run:2000}") int markPerRun,
			AutoRedo redo) {
		this.redo = redo;
		this.monitors = monitors;
		this.conditions = conditions;
		this.steps = steps;
		this.patterns = patterns;
		this.orders = orders;
		this.jdbc = jdbc;
		this.audit = audit;
		this.markPerRun = markPerRun;
	}

	/**
	 * Runs every monitor over the scope, and the pattern checks over all recent orders.
	 */
	RunResult run(Scope scope, String by) {
		return run(scope, by, this.orders.now());
	}

	/** A run as at the moment given: the benchmark's runs hours apart. */
	RunResult run(Scope scope, String by, Instant now) {
		this.running.lock();
		try {
			long started = System.nanoTime();
			int[] counts = new int[4];
			this.redo.due(scope, now);
			this.steps.followUnits(scope);
			for (Monitor m : this.monitors.all()) {
				counts[0] += step(m, scope, now, counts);
			}
			long marking = System.nanoTime();
			int marked = mark(scope, now);
			marking = (System.nanoTime() - marking) / 1_000_000;
			int suspicious = this.patterns.check(now);
			RunResult result = new RunResult(counts[0], counts[1], counts[2], counts[3], marked, suspicious,
					(System.nanoTime() - started) / 1_000_000, marking);
			this.audit.record(by, "SUPERVISION_RUN", "monitors", "OK", result.toString());
			log.info("supervision run: {}", result);
			return result;
		}
		finally {
			this.running.unlock();
		}
	}

	/**
	 * Opens the case of one monitor for one order, if its condition holds (a new flag).
	 */
	int openFor(MonitorKind kind, WorkOrderId order) {
		Monitor m = this.monitors.of(kind);
		if (!m.enabled()) {
			return 0;
		}
		Instant now = this.orders.now();
		return this.steps.open(m, this.conditions.of(m, now), Scope.order(order), now);
	}

	/**
	 * Closes, opens, escalates and reminds one monitor's cases; returns how many opened.
	 */
	private int step(Monitor m, Scope scope, Instant now, int[] counts) {
		Condition condition = this.conditions.of(m, now);
		counts[1] += this.steps.close(m, condition, scope, now);
		int opened = (m.enabled() && m.kind().opensByItself()) ? this.steps.open(m, condition, scope, now) : 0;
		counts[2] += this.steps.escalate(m, scope, now);
		counts[3] += this.steps.remind(m, scope, now);
		return opened;
	}

	/**
	 * Marks the orders of the open cases not marked yet 督办, each with a timeline note by
	 * the platform; an order that cannot be marked now (changed meanwhile, closed) is
	 * tried again by the next run, unless its case closed.
	 */
	private int mark(Scope scope, Instant now) {
		List<Object[]> unmarked = this.jdbc
			.sql("""
					select c.id, c.order_id, c.kind, c.deadline from supervision_case c
					where c.marked_at is null and c.status <> 'CLOSED' and %s order by c.id limit ?"""
				.formatted(scope.cases()))
			.params(withLimit(scope.params()))
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), MonitorKind.valueOf(rs.getString(3)),
							rs.getTimestamp(4).toInstant() })
			.list();
		int marked = 0;
		for (Object[] c : unmarked) {
			io.hotline.platform.Fact note = io.hotline.platform.Fact.of("note.monitor-case",
					io.hotline.platform.Fact.phrase("note.monitor." + ((MonitorKind) c[2]).name()),
					CaseSteps.MINUTE.format((Instant) c[3]));
			if (!this.orders.mark(new WorkOrderId((Long) c[1]), Actor.system().username(), note)) {
				// closed meanwhile: the case closes with its order
				continue;
			}
			this.jdbc.sql("update supervision_case set marked_at = ? where id = ?")
				.params(Conditions.at(now), c[0])
				.update();
			marked++;
		}
		return marked;
	}

	private List<Object> withLimit(List<Object> params) {
		List<Object> all = new java.util.ArrayList<>(params);
		all.add(this.markPerRun);
		return all;
	}

}
