package io.hotline.intake.duplicate;

import io.hotline.platform.Worker;
import io.hotline.platform.Workers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The single thread of duplicate detection: the index's rebuilds and catch-ups, and, as
 * the executor of {@code @Async("duplicates")}, the listener of order events
 * ({@link OrderEvents}). Its queue tells a surge ({@link RecentOrders#surging}).
 */
@Configuration(proxyBeanMethods = false)
class DuplicateWorker {

	static final String NAME = "duplicates";

	@Bean(NAME)
	Worker duplicatesWorker(Workers workers) {
		return workers.create(NAME, 100_000);
	}

}
