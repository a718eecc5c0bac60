package io.hotline.platform;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in of HTTP Basic and of the workstation's form: refused unchecked while the
 * user name or the client is locked ({@link SignInThrottle}), else checked, a wrong
 * password counted and a right one clearing the user name's count (where it has one: a
 * request of an API client that signs in right costs one query of the throttle).
 */
final class ThrottledSignIn implements AuthenticationManager {

	private final AuthenticationManager checks;

	private final SignInThrottle throttle;

	ThrottledSignIn(AuthenticationManager checks, SignInThrottle throttle) {
		this.checks = checks;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		SignInThrottle.Standing standing = this.throttle.standing(username, address);
		if (standing.locked() != null) {
			throw new SignInThrottled(standing.locked());
		}
		Authentication signedIn;
		try {
			signedIn = this.checks.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
		if (standing.counted()) {
			this.throttle.succeeded(username);
		}
		return signedIn;
	}

}
