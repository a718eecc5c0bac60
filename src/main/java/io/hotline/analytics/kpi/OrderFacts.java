package io.hotline.analytics.kpi;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.AfterCommit;
import io.hotline.workorder.WorkOrderChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The order facts (table {@code order_fact}): one row per order, made from the order and
 * its timeline, on one background thread. A changed order is refreshed after its commit;
 * orders written without events (an imported history) and anything missed are caught up
 * at start and every few minutes: a fact whose version is not its order's is made again.
 */
@Component
class OrderFacts {

	private static final Logger log = LoggerFactory.getLogger(OrderFacts.class);

	/** Orders refreshed per statement when catching up. */
	static final int BATCH = 5_000;

	private static final String REFRESH = """
			insert into order_fact (order_id, version, created_at, channel, type, category_code, district_code,
			    street_code, first_unit_id, unit_id, status, dispatched_at, sign_deadline, signed_at, deadline,
			    replied_at, finished_at, closed_at, satisfaction, resolved, dispatch_count, return_count, reopen_count,
			    handling_days)
			select o.id, o.version, o.created_at, o.channel, o.type, o.category_code, o.district_code, o.street_code,
			    e.first_unit_id, o.main_unit_id, o.status, e.dispatched_at, o.sign_deadline, e.signed_at, o.deadline,
			    e.replied_at, e.finished_at, o.closed_at, o.satisfaction, o.resolved, o.dispatch_count,
			    o.return_count, o.reopen_count, d.days
			from work_order o
			left join lateral (
			    select min(at) filter (where type = 'DISPATCHED') as dispatched_at,
			        (array_agg(unit_id order by id) filter (where type = 'DISPATCHED'))[1] as first_unit_id,
			        min(at) filter (where type = 'SIGNED') as signed_at,
			        max(at) filter (where type = 'REPLIED') as replied_at,
			        min(at) filter (where type = 'FINISHED') as finished_at
			    from work_order_event ev where ev.order_id = o.id) e on true
			left join unnest(cast(? as bigint[]), cast(? as real[])) as d(id, days) on d.id = o.id
			where o.id = any(?)
			on conflict (order_id) do update set version = excluded.version, channel = excluded.channel,
			    type = excluded.type, category_code = excluded.category_code, district_code = excluded.district_code,
			    street_code = excluded.street_code, first_unit_id = excluded.first_unit_id, unit_id = excluded.unit_id,
			    status = excluded.status, dispatched_at = excluded.dispatched_at,
			    sign_deadline = excluded.sign_deadline, signed_at = excluded.signed_at, deadline = excluded.deadline,
			    replied_at = excluded.replied_at, finished_at = excluded.finished_at, closed_at = excluded.closed_at,
			    satisfaction = excluded.satisfaction, resolved = excluded.resolved,
			    dispatch_count = excluded.dispatch_count, return_count = excluded.return_count,
			    reopen_count = excluded.reopen_count, handling_days = excluded.handling_days""";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Set<Long> pending = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "order-facts");
		thread.setDaemon(true);
		return thread;
	});

	OrderFacts(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@EventListener
	void on(WorkOrderChanged changed) {
		this.pending.add(changed.id().value());
		AfterCommit.run(this::drainLater);
	}

	/** Catches up once the platform is up, on the worker: the start does not wait. */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		this.worker.execute(this::catchUp);
	}

	@Scheduled(fixedDelayString = "${hotline.analytics.catch-up-ms:300000}",
			initialDelayString = "${hotline.analytics.catch-up-ms:300000}")
	void periodically() {
		this.worker.execute(this::catchUp);
	}

	/** Refreshes every order whose fact is missing or behind; returns how many. */
	int catchUp() {
		int done = 0;
		try {
			// in order of id, so that each batch goes on from the last instead of
			// scanning again
			long after = 0;
			while (true) {
				List<Long> behind = this.jdbc.sql("""
						select o.id from work_order o left join order_fact f on f.order_id = o.id
						where o.id > ? and (f.order_id is null or f.version <> o.version) order by o.id limit ?""")
					.params(after, BATCH)
					.query(Long.class)
					.list();
				if (behind.isEmpty()) {
					break;
				}
				refresh(behind);
				done += behind.size();
				after = behind.get(behind.size() - 1);
			}
			if (done > 0) {
				log.info("order facts: {} orders refreshed", done);
			}
		}
		catch (RuntimeException ex) {
			log.warn("order facts not caught up; the next attempt will", ex);
		}
		return done;
	}

	/**
	 * Makes the facts of these orders again, now, on the calling thread, in one
	 * statement: the working days each replied order took are worked out first, from its
	 * dispatch and reply, so that no fact is written twice.
	 */
	void refresh(Collection<Long> orders) {
		if (orders.isEmpty()) {
			return;
		}
		Long[] ids = orders.toArray(Long[]::new);
		List<Long> timed = new ArrayList<>();
		List<Float> days = new ArrayList<>();
		this.jdbc
			.sql("""
					select order_id, min(at) filter (where type = 'DISPATCHED') as dispatched_at,
					    max(at) filter (where type = 'REPLIED') as replied_at
					from work_order_event where order_id = any(?) and type in ('DISPATCHED', 'REPLIED') group by order_id""")
			.param(ids)
			.query((rs) -> {
				Timestamp dispatched = rs.getTimestamp("dispatched_at");
				Timestamp replied = rs.getTimestamp("replied_at");
				if (dispatched != null && replied != null) {
					timed.add(rs.getLong("order_id"));
					days.add((float) Math.max(0,
							this.calendar.workingDaysBetween(dispatched.toInstant(), replied.toInstant())));
				}
			});
		this.jdbc.sql(REFRESH).params(timed.toArray(Long[]::new), days.toArray(Float[]::new), ids).update();
	}

	/**
	 * Waits until the changes published so far are in the facts (for tests and reports).
	 */
	void settle() {
		try {
			this.worker.submit(this::drain).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void drainLater() {
		if (this.scheduled.compareAndSet(false, true)) {
			this.worker.execute(this::drain);
		}
	}

	private void drain() {
		this.scheduled.set(false);
		List<Long> ids = new ArrayList<>(this.pending);
		this.pending.removeAll(ids);
		try {
			refresh(ids);
		}
		catch (RuntimeException ex) {
			// left to the catch-up, which finds these facts behind their orders
			log.warn("order facts of {} orders not refreshed", ids.size(), ex);
		}
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
