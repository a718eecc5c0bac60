package io.hotline.sharing;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Kafka only where {@code HOTLINE_KAFKA_BOOTSTRAP} ({@code hotline.kafka.bootstrap})
 * names brokers: otherwise Spring Boot's Kafka auto-configuration and Spring Modulith's
 * Kafka externalizer are left out, so that nothing of Kafka is created (no template, no
 * producer, no connection attempt, no thread) and no order event stores a publication for
 * an externalizer (intake pays for every publication). Registered as an
 * auto-configuration filter ({@code META-INF/spring.factories}); the property is read
 * when the configuration is parsed, so a test may name a broker it starts itself.
 */
class KafkaSwitch implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String BOOTSTRAP = "hotline.kafka.bootstrap";

	/** The packages of the auto-configurations that only Kafka needs. */
	private static final List<String> KAFKA = List.of("org.springframework.boot.kafka.",
			"org.springframework.modulith.events.kafka.");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	/** Whether brokers are named. */
	static boolean on(Environment environment) {
		return StringUtils.hasText(environment.getProperty(BOOTSTRAP));
	}

	@Override
	public boolean[] match(String[] autoConfigurations, AutoConfigurationMetadata metadata) {
		boolean on = on(this.environment);
		boolean[] matches = new boolean[autoConfigurations.length];
		for (int i = 0; i < autoConfigurations.length; i++) {
			matches[i] = on || !kafka(autoConfigurations[i]);
		}
		return matches;
	}

	private static boolean kafka(String autoConfiguration) {
		return autoConfiguration != null && KAFKA.stream().anyMatch(autoConfiguration::startsWith);
	}

	/** Matches where brokers are named. */
	static class On implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return on(context.getEnvironment());
		}

	}

}
