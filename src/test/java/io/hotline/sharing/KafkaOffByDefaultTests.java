package io.hotline.sharing;

import java.util.List;
import java.util.UUID;

import io.hotline.support.HotlineTest;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code HOTLINE_KAFKA_BOOTSTRAP} (the shared test context) nothing of Kafka
 * exists (no template, no producer, so no connection and no client thread), and an
 * order's transaction stores no publication for an externalizer.
 */
@HotlineTest
class KafkaOffByDefaultTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nothingOfKafkaExists() {
		assertThat(this.context.getBeanNamesForType(KafkaOperations.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ProducerFactory.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DelegatingEventExternalizer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(OrderEventsToKafka.class)).isEmpty();
	}

	@Test
	void anOrdersTransactionStoresNoPublicationForAnExternalizer() {
		WorkOrders orders = this.context.getBean(WorkOrders.class);
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				WorkOrder order = orders.register(new Registration(null, Channel.PHONE, OrderType.HELP, Urgency.NORMAL,
						null, "井盖缺失 " + UUID.randomUUID(), null, Location.UNKNOWN, null,
						new Caller("王五", "13900000000"), "agent1", orders.now(), null));
				List<String> listeners = this.jdbc
					.sql("select listener_id from event_publication where serialized_event like ?")
					.param("%\"number\":\"" + order.number() + "\"%")
					.query(String.class)
					.list();
				assertThat(listeners).isNotEmpty().noneMatch((listener) -> listener.contains("xternali"));
				status.setRollbackOnly();
			});
	}

}
