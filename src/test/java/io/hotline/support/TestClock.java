package io.hotline.support;

import io.hotline.platform.MovableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The test platform's clock: the real time moved by an offset a test sets, so that a test
 * can let working days pass (a deadline come, a reminder fall due). A test that moves it
 * puts it back ({@link #reset}) when it ends: the context is shared.
 */
public class TestClock extends MovableClock {

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
