package io.hotline.analytics.kpi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.Reactions;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;
import io.hotline.workorder.OrderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The order facts (table {@code order_fact}): one row per order, made from the order and
 * its timeline. Each event of an order refreshes its fact ({@link #on}, a durable
 * listener: an event whose refresh was interrupted is delivered again, and a refresh is
 * an upsert, idempotent by nature, that never writes an older version over a newer one);
 * orders written without events (an imported history) and anything missed are caught up
 * at start and every few minutes on a worker: a fact whose version is not its order's is
 * made again.
 */
@Component
public class OrderFacts {

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
			where o.id = any(?) and o.status <> 'TRANSFERRED'
			on conflict (order_id) do update set version = excluded.version, channel = excluded.channel,
			    type = excluded.type, category_code = excluded.category_code, district_code = excluded.district_code,
			    street_code = excluded.street_code, first_unit_id = excluded.first_unit_id, unit_id = excluded.unit_id,
			    status = excluded.status, dispatched_at = excluded.dispatched_at,
			    sign_deadline = excluded.sign_deadline, signed_at = excluded.signed_at, deadline = excluded.deadline,
			    replied_at = excluded.replied_at, finished_at = excluded.finished_at, closed_at = excluded.closed_at,
			    satisfaction = excluded.satisfaction, resolved = excluded.resolved,
			    dispatch_count = excluded.dispatch_count, return_count = excluded.return_count,
			    reopen_count = excluded.reopen_count, handling_days = excluded.handling_days
			where order_fact.version <= excluded.version""";

	/**
	 * An order transferred to another hotline (已转出) has no fact: the receiving hotline
	 * counts it (decision 0015), so a fact made before the transfer goes.
	 */
	private static final String TRANSFERRED = """
			delete from order_fact f using work_order o
			where f.order_id = any(?) and o.id = f.order_id and o.status = 'TRANSFERRED'""";

	/** An order whose fact is missing, behind, or there for an order transferred out. */
	private static final String BEHIND = """
			((f.order_id is null or f.version <> o.version) and o.status <> 'TRANSFERRED'
			    or f.order_id is not null and o.status = 'TRANSFERRED')""";

	/** The reaction's name where it is interrupted ({@link Reactions}). */
	static final String REACTION = "order-facts";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Workers workers;

	private final Worker worker;

	private final Clock clock;

	private final Reactions reactions;

	/** The highest order id changed in this process. */
	private final AtomicLong published = new AtomicLong();

	/** Whether a catch-up of a backlog is asked for or under way. */
	private final AtomicBoolean building = new AtomicBoolean();

	/** Orders behind when the catch-up under way began (0 when none is). */
	private volatile long behind;

	/** Of those, how many it has refreshed. */
	private volatile long caughtUp;

	/** When the facts were last complete; null while the first catch-up runs. */
	private volatile Instant completeAsOf;

	OrderFacts(JdbcClient jdbc, WorkingCalendar calendar, Workers workers, Clock clock, Reactions reactions) {
		this.jdbc = jdbc;
		this.reactions = reactions;
		this.calendar = calendar;
		this.workers = workers;
		this.clock = clock;
		this.worker = workers.create("order-facts", 10_000);
		// a platform that serves catches up at start; until then its figures are partial
		this.completeAsOf = workers.startsWork() ? null : clock.instant();
	}

	/**
	 * How complete the facts are: complete, or, while a catch-up runs (after a start or
	 * an import), the share of the orders behind already refreshed and when they were
	 * last complete (null if never since the start).
	 */
	public record Freshness(boolean complete, double coverage, Instant completeAsOf) {

	}

	Freshness freshness() {
		long behind = this.behind;
		Instant asOf = this.completeAsOf;
		boolean complete = asOf != null && !this.building.get();
		double coverage = complete ? 1.0 : (behind == 0) ? 0.0 : Math.min(1.0, (double) this.caughtUp / behind);
		return new Freshness(complete, coverage, asOf);
	}

	/**
	 * Waits until the facts are complete, at most so long; answers how complete they are.
	 */
	public Freshness awaitComplete(Duration atMost) {
		long until = System.nanoTime() + atMost.toNanos();
		try {
			// the refreshes of the changes published so far
			this.workers.awaitReactionsGivenSoFar(atMost);
			// orders written by another process (an import): caught up now rather than at
			// the next round; a catch-up already under way may have passed them before
			// they were committed, so one is asked again until the newest has its fact
			while (newestOrderWithoutFact() && System.nanoTime() < until) {
				build();
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Freshness freshness = freshness();
		while (!freshness.complete() && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			freshness = freshness();
		}
		return freshness;
	}

	/**
	 * Refreshes the fact of the order an event changed, after the event's commit, in a
	 * transaction of its own.
	 */
	@ApplicationModuleListener(id = REACTION)
	void on(OrderEvent event) {
		this.published.accumulateAndGet(event.orderId().value(), Math::max);
		this.reactions.beginning(REACTION, event.eventId());
		refresh(List.of(event.orderId().value()));
	}

	/** Catches up once the platform is up, on the worker: the start does not wait. */
	@EventListener(ApplicationStartedEvent.class)
	void started() {
		if (this.workers.startsWork()) {
			this.building.set(true);
			this.workers.atStart(this.worker, this::catchUp);
		}
	}

	/** Catches up on the worker, the figures partial until it has. */
	private void build() {
		if (this.building.compareAndSet(false, true)) {
			this.worker.execute(this::catchUp);
		}
	}

	/**
	 * Whether the newest order has no fact yet and was not changed here (its fact would
	 * be on its way), two lookups of an index: orders written by another process are
	 * found at once.
	 */
	private boolean newestOrderWithoutFact() {
		return this.jdbc.sql("""
				select coalesce((select max(id) from work_order where status <> 'TRANSFERRED'), 0)
				    > greatest(coalesce((select max(order_id) from order_fact), 0), ?)""")
			.param(this.published.get())
			.query(Boolean.class)
			.single();
	}

	@Scheduled(fixedDelayString = "${hotline.analytics.catch-up-ms:300000}",
			initialDelayString = "${hotline.analytics.catch-up-ms:300000}")
	@SchedulerLock(name = "order-facts-catch-up", lockAtLeastFor = "#{${hotline.analytics.catch-up-ms:300000} / 2}")
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
						where o.id > ? and """ + BEHIND + " order by o.id limit ?")
					.params(after, BATCH)
					.query(Long.class)
					.list();
				if (behind.isEmpty()) {
					break;
				}
				if (done == 0) {
					this.building.set(true);
					this.caughtUp = 0;
					this.behind = countBehind();
				}
				refresh(behind);
				done += behind.size();
				this.caughtUp = done;
				after = behind.get(behind.size() - 1);
			}
			this.completeAsOf = this.clock.instant();
			if (done > 0) {
				log.info("order facts: {} orders refreshed", done);
			}
		}
		catch (RuntimeException ex) {
			// the next attempt catches up
			this.workers.failed("order-facts", ex);
		}
		finally {
			this.behind = 0;
			this.building.set(false);
		}
		return done;
	}

	private long countBehind() {
		return this.jdbc.sql("""
				select count(*) from work_order o left join order_fact f on f.order_id = o.id
				where """ + BEHIND).query(Long.class).single();
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
		this.jdbc.sql(TRANSFERRED).param(ids).update();
	}

	/**
	 * Waits until the changes published so far are in the facts (for tests and reports).
	 */
	void settle() {
		try {
			this.workers.awaitReactionsGivenSoFar(Duration.ofSeconds(60));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
