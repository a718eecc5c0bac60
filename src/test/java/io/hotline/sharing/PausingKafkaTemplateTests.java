package io.hotline.sharing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.SendResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brokers that cannot be reached hold a send for the producer's timeout once; then sends
 * fail at once until the pause is over, and the first one after it tries again.
 */
class PausingKafkaTemplateTests {

	@Test
	void afterAFailedSendTheNextOnesFailAtOnceUntilThePauseIsOver() throws InterruptedException {
		DefaultKafkaProducerFactory<Object, Object> producers = new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9", ProducerConfig.MAX_BLOCK_MS_CONFIG, 400,
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		PausingKafkaTemplate template = new PausingKafkaTemplate(producers, Duration.ofSeconds(2));
		try {
			assertThat(failsIn(template)).as("the first send waits for the brokers")
				.isGreaterThanOrEqualTo(Duration.ofMillis(300));
			assertThat(template.paused()).isTrue();
			assertThat(failsIn(template)).as("paused: at once").isLessThan(Duration.ofMillis(100));

			Thread.sleep(2100);
			assertThat(template.paused()).isFalse();
			assertThat(failsIn(template)).as("tried again").isGreaterThanOrEqualTo(Duration.ofMillis(300));
		}
		finally {
			producers.destroy();
		}
	}

	private static Duration failsIn(PausingKafkaTemplate template) {
		long start = System.nanoTime();
		CompletableFuture<SendResult<Object, Object>> sent;
		try {
			sent = template.send("test.order-events", "20261206000001", "{}");
		}
		catch (RuntimeException ex) {
			sent = CompletableFuture.failedFuture(ex);
		}
		assertThat(sent).failsWithin(Duration.ofSeconds(10));
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
