package io.hotline.intake.duplicate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import io.hotline.platform.ChangeTail;
import io.hotline.platform.Worker;
import io.hotline.platform.Workers;
import io.hotline.workorder.Location;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Status;
import io.hotline.workorder.TimelineTail;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The orders of the last {@link DuplicateSettings#indexDays()} days in a
 * {@link RecentIndex}: rebuilt from the database at start and every night (which also
 * drops the orders grown old), in the background, and kept current from the order events
 * by one worker thread that also runs the checks after each registration
 * ({@link OrderEvents}: so that they never slow the registration down, and run in the
 * order the orders came). What the other instances of a cluster register and change comes
 * from the timeline they write ({@link OrdersElsewhere}), read on from where this index
 * was built.
 */
@Component
@EnableConfigurationProperties(DuplicateSettings.class)
class RecentOrders {

	private static final Logger log = LoggerFactory.getLogger(RecentOrders.class);

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final DuplicateSettings settings;

	private final RecentMeanings meanings;

	private volatile RecentIndex index = new RecentIndex();

	private volatile boolean built;

	/** Items behind from which the worker is in a surge. */
	static final int SURGE = 200;

	private volatile boolean meaningsLeft;

	private final Workers workers;

	private final Worker worker;

	private final TimelineTail timeline;

	/**
	 * Where this index stands in the timeline of every instance
	 * ({@link OrdersElsewhere}).
	 */
	private final ChangeTail tail = new ChangeTail(OrdersElsewhere.PATIENCE);

	/**
	 * Held while the index is replaced, and while the other instances' changes are
	 * applied.
	 */
	private final Object swap = new Object();

	RecentOrders(JdbcClient jdbc, WorkOrders orders, DuplicateSettings settings, RecentMeanings meanings,
			Workers workers, @Qualifier(DuplicateWorker.NAME) Worker worker, TimelineTail timeline) {
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.orders = orders;
		this.settings = settings;
		this.meanings = meanings;
		this.workers = workers;
		this.worker = worker;
	}

	@EventListener(ApplicationStartedEvent.class)
	void started() {
		this.workers.atStart(this.worker, this::rebuild);
	}

	// on every instance of a cluster, no scheduler lock: each rebuilds what it holds in
	// memory
	@Scheduled(cron = "${hotline.duplicates.rebuild-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		this.worker.execute(this::rebuild);
	}

	/** Runs the task on the worker, after what it has to do already. */
	void later(Runnable task) {
		this.worker.execute(task);
	}

	/** Waits until the worker has done what it was given so far (for tests). */
	void settle() {
		this.worker.settle(Duration.ofSeconds(60));
	}

	boolean built() {
		return this.built;
	}

	boolean contains(long orderId) {
		return this.index.contains(orderId);
	}

	/** Adds the order; true if it was not indexed yet. */
	boolean add(Indexed order) {
		return this.index.add(order);
	}

	void changed(WorkOrder order) {
		this.index.changed(order.id().value(), order.status(), order.snapshot().closedAt(),
				(order.snapshot().satisfaction() == null) ? null : order.snapshot().satisfaction().name());
	}

	List<Match> search(Probe probe, Predicate<Indexed> admits, Predicate<Match> keeps, int count) {
		return this.index.search(probe, admits, keeps, count);
	}

	/** The probe against one indexed order, or null when it is not indexed. */
	Match match(Probe probe, long orderId) {
		return this.index.match(probe, orderId);
	}

	/** How far back the index goes. */
	Duration indexSpan() {
		return Duration.ofDays(this.settings.indexDays());
	}

	/** The orders registered since then. */
	Predicate<Indexed> since(Duration ago) {
		Instant since = this.orders.now().minus(ago);
		return (order) -> !order.createdAt().isBefore(since);
	}

	/** An order as the index keeps it. */
	static Indexed indexed(WorkOrder order) {
		Registration registration = order.registration();
		Location location = (registration.location() == null) ? Location.UNKNOWN : registration.location();
		return new Indexed(order.id().value(), order.number(), registration.title(),
				Bigrams.start(registration.content()), Indexed.callerKey(registration.caller().phone()),
				location.communityCode(), location.streetCode(), Indexed.addressKey(registration.address()),
				registration.createdAt(), order.status(), order.snapshot().closedAt(),
				(order.snapshot().satisfaction() == null) ? null : order.snapshot().satisfaction().name());
	}

	void rebuild() {
		long started = System.nanoTime();
		Instant since = this.orders.now().minus(Duration.ofDays(this.settings.indexDays()));
		RecentIndex fresh = new RecentIndex();
		try {
			// entries committed out of order just below the last one are read again
			long from = Math.max(0, this.timeline.last() - OrdersElsewhere.REREAD);
			this.jdbc.sql(SELECT + " where created_at >= ? order by id")
				.params(Bigrams.CONTENT_CHARS, Timestamp.from(since))
				.query((ResultSet rs) -> {
					fresh.add(row(rs));
				});
			synchronized (this.swap) {
				this.index = fresh;
				// what other instances changed while this index was read is applied again
				this.tail.from(from);
			}
			this.built = true;
			log.info("recent-orders index: {} orders of the last {} days in {} ms", fresh.size(),
					this.settings.indexDays(), (System.nanoTime() - started) / 1_000_000);
			Instant meaningsSince = this.orders.now().minus(Duration.ofDays(this.settings.recentDays()));
			this.meanings.rebuild(meaningsSince);
			if (this.settings.meaningBackfill()) {
				catchUp(meaningsSince, Long.MAX_VALUE);
			}
		}
		catch (RuntimeException ex) {
			log.warn("could not build the recent-orders index", ex);
		}
	}

	/**
	 * Whether the worker is behind by more than {@link #SURGE} items: in a surge the new
	 * orders' meanings are left to a catch-up once it has passed ({@link #meaningsLeft}).
	 */
	boolean surging() {
		return this.worker.queued() > SURGE;
	}

	/**
	 * Orders were checked by words alone during a surge: once the worker has caught up,
	 * their vectors are made in the background (the orders themselves stay as checked).
	 */
	void meaningsLeft() {
		this.meaningsLeft = true;
	}

	/**
	 * After a check: starts the catch-up of meanings left in a surge once it has passed.
	 */
	void afterCheck() {
		if (this.meaningsLeft && this.worker.queued() == 0 && this.settings.meaningBackfill()) {
			this.meaningsLeft = false;
			Instant since = this.orders.now().minus(Duration.ofDays(this.settings.recentDays()));
			later(() -> catchUp(since, Long.MAX_VALUE));
		}
	}

	/**
	 * Embeds one batch of the recent orders without a vector, then queues the next behind
	 * what came in meanwhile, so that a registration waits for one batch at most.
	 */
	private void catchUp(Instant since, long below) {
		Long next = this.meanings.catchUp(since, below);
		if (next != null) {
			later(() -> catchUp(since, next));
		}
	}

	private static final String SELECT = """
			select id, number, title, left(content, ?) as content, caller_phone, community_code, street_code,
			address, created_at, status, closed_at, satisfaction
			from work_order""";

	/** Where this index stands in the timeline of every instance. */
	ChangeTail tail() {
		return this.tail;
	}

	/** Runs the task while the index is not replaced. */
	void holding(Runnable task) {
		synchronized (this.swap) {
			task.run();
		}
	}

	/**
	 * Brings these orders, as another instance left them, into the index: an indexed one
	 * gets its state, a new one of the index's span is added (idempotent).
	 */
	void elsewhere(java.util.Collection<Long> orderIds) {
		if (orderIds.isEmpty()) {
			return;
		}
		Predicate<Indexed> recent = since(indexSpan());
		this.jdbc.sql(SELECT + " where id = any(?)")
			.params(Bigrams.CONTENT_CHARS, orderIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				Indexed order = row(rs);
				if (this.index.contains(order.orderId())) {
					this.index.changed(order.orderId(), order.status(), order.closedAt(), order.satisfaction());
				}
				else if (recent.test(order)) {
					this.index.add(order);
				}
			});
	}

	private static Indexed row(ResultSet rs) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Indexed(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getString("content"),
				Indexed.callerKey(rs.getString("caller_phone")), rs.getString("community_code"),
				rs.getString("street_code"), Indexed.addressKey(rs.getString("address")),
				rs.getTimestamp("created_at").toInstant(), Status.valueOf(rs.getString("status")),
				(closed == null) ? null : closed.toInstant(), rs.getString("satisfaction"));
	}

}
