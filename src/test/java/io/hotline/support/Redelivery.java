package io.hotline.support;

import java.time.Duration;
import java.util.List;

import io.hotline.org.UnitId;
import io.hotline.platform.EventPublications;
import io.hotline.platform.Reactions;
import io.hotline.platform.Workers;
import io.hotline.workorder.EventType;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrderId;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash between an event's commit and its reaction leaves behind, and what comes
 * after it, for the restart tests of the durable reactions: a reaction interrupted once
 * (its publication left incomplete in {@code event_publication}), the incomplete
 * publications resubmitted (as at a restart or by the job every minute), and an event
 * delivered again (as when two instances resubmit it).
 */
public final class Redelivery {

	private final Reactions reactions;

	private final EventPublications publications;

	private final Workers workers;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	public Redelivery(ApplicationContext context) {
		this.reactions = context.getBean(Reactions.class);
		this.publications = context.getBean(EventPublications.class);
		this.workers = context.getBean(Workers.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.events = context;
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** The next event of this reaction fails before it acts, as in a crash. */
	public void interruptNext(String reaction) {
		this.reactions.interruptNext(reaction);
	}

	/** Waits until the reactions under way are done. */
	public void settle() {
		try {
			assertThat(this.workers.awaitIdle(Duration.ofSeconds(60))).as("reactions done").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The publications of this listener left incomplete. */
	public long incomplete(String listener) {
		return this.jdbc.sql("select count(*) from event_publication where listener_id = ? and completion_date is null")
			.param(listener)
			.query(Long.class)
			.single();
	}

	/** Resubmits every incomplete publication, as a restart does, and waits for them. */
	public void resubmit() {
		this.publications.resubmitAllIncomplete();
		settle();
	}

	/** Whether the reaction noted the event as done. */
	public boolean done(String reaction, long eventId) {
		return this.reactions.done(reaction, eventId);
	}

	/** The id of the order's latest timeline entry of this kind. */
	public long eventId(long order, EventType type) {
		return this.jdbc.sql("select max(id) from work_order_event where order_id = ? and type = ?")
			.params(order, type.name())
			.query(Long.class)
			.single();
	}

	/**
	 * Publishes the event of this timeline entry once more, in a transaction of its own,
	 * to every listener, and waits for them.
	 */
	public void deliverAgain(long eventId) {
		OrderEvent event = this.jdbc.sql("""
				select e.id, e.type, e.order_id, o.number, e.status, o.main_unit_id, e.at, e.actor
				from work_order_event e join work_order o on o.id = e.order_id where e.id = ?""")
			.param(eventId)
			.query((rs, n) -> new OrderEvent(rs.getLong(1), EventType.valueOf(rs.getString(2)),
					new WorkOrderId(rs.getLong(3)), rs.getString(4), Status.valueOf(rs.getString(5)),
					UnitId.of(rs.getObject(6, Long.class)), List.of(), rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.single();
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(event));
		settle();
	}

}
