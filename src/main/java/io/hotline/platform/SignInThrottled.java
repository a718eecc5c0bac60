package io.hotline.platform;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked, since too many refused before it ({@link SignInThrottle}):
 * answered 429 with {@code Retry-After}.
 */
class SignInThrottled extends AuthenticationException {

	private final transient Duration retryAfter;

	SignInThrottled(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, rounded up, at least one. */
	long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
