package io.hotline.callback.plan;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default channel: sends nothing, logs and keeps what would be sent
 * ({@code callback_message}), so that tests and the plan's page show it. It writes in the
 * transaction of the send job, so a message is kept exactly when its plan is marked sent.
 */
class LoggingCallbackChannel implements CallbackChannel {

	private static final Logger log = LoggerFactory.getLogger(LoggingCallbackChannel.class);

	private final PlanStore store;

	private final Clock clock;

	LoggingCallbackChannel(PlanStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void message(long planId, String channel, String phone, String text, String link) {
		log.info("callback plan {}: {} to {}: {} {}", planId, channel, phone, text, link);
		this.store.message(planId, channel, phone, text, link, this.clock.instant());
	}

	@Override
	public void call(long planId, String phone, String opening) {
		log.info("callback plan {}: robot call to {}: {}", planId, phone, opening);
		this.store.message(planId, PlanChannel.ROBOT.name(), phone, opening, null, this.clock.instant());
	}

	@Configuration(proxyBeanMethods = false)
	static class Default {

		@Bean
		@ConditionalOnMissingBean(CallbackChannel.class)
		CallbackChannel loggingCallbackChannel(PlanStore store, Clock clock) {
			return new LoggingCallbackChannel(store, clock);
		}

	}

}
