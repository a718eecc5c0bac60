package io.hotline.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The platform's notion of now; tests replace it, and measuring tasks move it, to move
 * through working days.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

	@Bean
	@ConditionalOnMissingBean
	@Profile("!serving-task")
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Measuring tasks move through working days ({@link MovableClock}). */
	@Bean
	@ConditionalOnMissingBean
	@Profile("serving-task")
	Clock movableClock() {
		return new MovableClock();
	}

}
