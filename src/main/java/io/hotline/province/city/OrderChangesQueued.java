package io.hotline.province.city;

import io.hotline.province.CityOfAProvince;
import io.hotline.workorder.OrderEvent;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues a changed order for the province in the change's own transaction (decision
 * 0015): one small upsert, with a new sequence value so that a change made while the
 * order is being sent is sent again. Synchronous on purpose: it is the outbox row, not a
 * reaction after the commit.
 */
@Component
@Conditional(CityOfAProvince.class)
class OrderChangesQueued {

	private final JdbcClient jdbc;

	OrderChangesQueued(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrderEvent event) {
		this.jdbc.sql("""
				insert into node_outbox (order_id, seq) values (?, nextval('node_outbox_seq'))
				on conflict (order_id) do update set seq = excluded.seq""").param(event.orderId().value()).update();
	}

}
