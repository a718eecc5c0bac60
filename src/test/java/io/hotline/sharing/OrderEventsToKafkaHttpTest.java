package io.hotline.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.support.Redelivery;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With brokers named ({@code HOTLINE_KAFKA_BOOTSTRAP}), an order's events reach the topic
 * keyed by its number, in the order they happened, as {@link OrderEventMessage}s without
 * the caller's name or phone. A context of its own (the others run without Kafka), on a
 * real embedded broker (KRaft), with a small demo history to start quickly, closed after
 * the class (its database and broker would otherwise stay up for the rest of the suite).
 */
@HotlineTest
@EmbeddedKafka(partitions = 1, topics = OrderEventsToKafkaHttpTest.TOPIC)
@DirtiesContext
@TestPropertySource(properties = { "hotline.kafka.bootstrap=${spring.embedded.kafka.brokers}",
		"hotline.kafka.topic=" + OrderEventsToKafkaHttpTest.TOPIC, "hotline.demo.history-orders=200",
		"hotline.dispatch.max-orders=200", "spring.kafka.producer.properties.delivery.timeout.ms=10000",
		"spring.kafka.producer.properties.request.timeout.ms=5000",
		"spring.kafka.producer.properties.max.block.ms=2000" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderEventsToKafkaHttpTest {

	static final String TOPIC = "test.order-events";

	private static final String PHONE = "13987650123";

	private static final String NAME = "欧阳淑芬";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PausingKafkaTemplate kafka;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	@Order(1)
	void anOrdersEventsArriveKeyedByItsNumberInTheirOrderWithoutPersonalData() {
		// the producer knows the topic (as after the first event): two sends waiting for
		// its metadata at once
		// may be appended in either order
		assertThat(this.kafka.partitionsFor(TOPIC)).hasSize(1);
		String matter = "我家楼下的下水道堵了一个星期，污水漫到路面上 " + UUID.randomUUID();
		Api.Response registered = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", matter, "address",
					"白云区同和街蟹山路", "caller", Map.of("name", NAME, "phone", PHONE)));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		long order = registered.id();
		String number = Api.as(this.port, "agent1").get("/api/orders/" + order).text("number");
		long unit = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order + "/dispatch", Map.of("unitIds", List.of(unit)))
			.status()).isEqualTo(200);

		List<ConsumerRecord<String, String>> records = recordsOf(number, 2);
		assertThat(records).hasSize(2);
		JsonNode first = this.json.readTree(records.get(0).value());
		JsonNode second = this.json.readTree(records.get(1).value());
		assertThat(first.path("version").asInt()).isEqualTo(OrderEventMessage.VERSION);
		assertThat(first.path("type").asString()).isEqualTo("REGISTERED");
		assertThat(first.path("status").asString()).isEqualTo("REGISTERED");
		assertThat(first.path("orderNumber").asString()).isEqualTo(number);
		assertThat(first.path("orderId").asLong()).isEqualTo(order);
		assertThat(Instant.parse(first.path("at").asString())).isNotNull();
		assertThat(second.path("type").asString()).as("the dispatch after the registration").isEqualTo("DISPATCHED");
		assertThat(second.path("status").asString()).isEqualTo("DISPATCHED");
		assertThat(second.path("mainUnitId").asLong()).isEqualTo(unit);
		assertThat(second.path("eventId").asLong()).isGreaterThan(first.path("eventId").asLong());
		for (ConsumerRecord<String, String> record : records) {
			assertThat(record.value()).doesNotContain(PHONE)
				.doesNotContain(NAME)
				.doesNotContain(matter)
				.doesNotContain("agent1")
				.doesNotContain("dispatcher1");
		}
		new Redelivery(this.context).settle();
		assertThat(externalizations(number)).as("completed once the broker had them").isEmpty();
	}

	/**
	 * The externalizer is a listener like the reactions: the order's transaction stores
	 * its publication with theirs, so that a message not acknowledged is sent again.
	 */
	@Test
	@Order(2)
	void anOrdersTransactionStoresAPublicationForTheExternalizer() {
		WorkOrders orders = this.context.getBean(WorkOrders.class);
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				WorkOrder order = orders.register(new Registration(null, Channel.PHONE, OrderType.HELP, Urgency.NORMAL,
						null, "井盖缺失 " + UUID.randomUUID(), null, Location.UNKNOWN, null, new Caller(NAME, PHONE),
						"agent1", orders.now(), null));
				assertThat(externalizations(order.number())).hasSize(1);
				status.setRollbackOnly();
			});
	}

	/**
	 * With the brokers gone, intake goes on as quickly as ever (the send comes after the
	 * commit), the event waits in the registry (its publication incomplete, resubmitted
	 * every minute), and the next sends fail at once for a while. Last: it stops the
	 * broker.
	 */
	@Test
	@Order(3)
	void whileTheBrokersAreDownIntakeGoesOnAndTheEventWaitsInTheRegistry() {
		this.broker.destroy();
		long start = System.nanoTime();
		Api.Response registered = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content",
					"路口红绿灯坏了，车辆乱成一团 " + UUID.randomUUID(), "caller", Map.of("phone", PHONE)));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		String number = Api.as(this.port, "agent1").get("/api/orders/" + registered.id()).text("number");

		new Redelivery(this.context).settle();
		assertThat(externalizations(number)).as("left for the resubmission").hasSize(1);
		assertThat(this.kafka.paused()).isTrue();

		Api.Response next = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", "小区停水两天了 " + UUID.randomUUID(),
					"caller", Map.of("phone", PHONE)));
		assertThat(next.status()).isEqualTo(201);
		new Redelivery(this.context).settle();
		assertThat(externalizations(Api.as(this.port, "agent1").get("/api/orders/" + next.id()).text("number")))
			.as("refused at once while paused, left for the resubmission")
			.hasSize(1);
	}

	/** The externalizer's publications of the order's events. */
	private List<String> externalizations(String number) {
		return this.jdbc
			.sql("select listener_id from event_publication where serialized_event like ? and listener_id like ?")
			.params("%\"number\":\"" + number + "\"%", "%xternali%")
			.query(String.class)
			.list();
	}

	/** The first records of the order, by their key, as they are in the partition. */
	private List<ConsumerRecord<String, String>> recordsOf(String number, int count) {
		Map<String, Object> properties = KafkaTestUtils.consumerProps(this.broker, "test-" + UUID.randomUUID(), false);
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			this.broker.consumeFromAnEmbeddedTopic(consumer, TOPIC);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (found.size() < count && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(consumer,
						Duration.ofSeconds(2))) {
					if (number.equals(record.key())) {
						found.add(record);
					}
				}
			}
		}
		return found;
	}

}
