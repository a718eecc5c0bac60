package io.hotline.sharing;

import io.hotline.workorder.OrderEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Every order event, as an {@link OrderEventMessage}, to one topic ({@code
 * HOTLINE_KAFKA_TOPIC}, {@code hotline.order-events}), keyed by the order's number: an
 * order's events go to one partition, in the order they were sent. Spring Modulith's
 * externalizer is one more listener of the event: the registry stores its publication in
 * the order's transaction, the message is sent after the commit, off the request, and the
 * publication stays incomplete until the broker acknowledged it (resubmitted with the
 * others, {@link io.hotline.platform.EventPublications}). The template pauses after a
 * failed send ({@link PausingKafkaTemplate}), in place of Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(KafkaSwitch.On.class)
class OrderEventsToKafka {

	@Bean
	EventExternalizationConfiguration orderEventsExternalized(@Value("${hotline.kafka.topic}") String topic) {
		return EventExternalizationConfiguration.externalizing()
			.selectByType(OrderEvent.class)
			.mapping(OrderEvent.class, OrderEventMessage::of)
			.route(OrderEvent.class, (event) -> RoutingTarget.forTarget(topic).andKey(event.number()))
			.build();
	}

	/**
	 * Spring Boot's template (its converter and listener), pausing after a failed send.
	 */
	@Bean
	PausingKafkaTemplate kafkaTemplate(ProducerFactory<Object, Object> producers,
			ProducerListener<Object, Object> listener, ObjectProvider<RecordMessageConverter> converter) {
		PausingKafkaTemplate template = new PausingKafkaTemplate(producers, PausingKafkaTemplate.PAUSE);
		converter.ifUnique(template::setMessageConverter);
		template.setProducerListener(listener);
		return template;
	}

}
