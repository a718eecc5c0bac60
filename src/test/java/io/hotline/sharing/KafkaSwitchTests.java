package io.hotline.sharing;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka's auto-configurations are left out unless brokers are named; the others stay.
 */
class KafkaSwitchTests {

	private static final String[] CANDIDATES = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
			"org.springframework.modulith.events.kafka.KafkaEventExternalizerConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", null };

	@Test
	void withoutBrokersKafkaIsLeftOut() {
		assertThat(switchOf(new MockEnvironment()).match(CANDIDATES, null)).containsExactly(false, false, true, true);
		assertThat(switchOf(new MockEnvironment().withProperty(KafkaSwitch.BOOTSTRAP, " ")).match(CANDIDATES, null))
			.containsExactly(false, false, true, true);
	}

	@Test
	void withBrokersKafkaIsConfigured() {
		assertThat(switchOf(new MockEnvironment().withProperty(KafkaSwitch.BOOTSTRAP, "kafka1:9092,kafka2:9092"))
			.match(CANDIDATES, null)).containsExactly(true, true, true, true);
	}

	private static KafkaSwitch switchOf(MockEnvironment environment) {
		KafkaSwitch kafka = new KafkaSwitch();
		kafka.setEnvironment(environment);
		return kafka;
	}

}
