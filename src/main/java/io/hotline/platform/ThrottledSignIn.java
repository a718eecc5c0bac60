package io.hotline.platform;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in of HTTP Basic and of the workstation's form: refused unchecked while the
 * user name or the client is locked ({@link SignInThrottle}), else checked, a wrong
 * password counted and a right one clearing the user name's count.
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
		Duration locked = this.throttle.locked(username, address);
		if (locked != null) {
			throw new SignInThrottled(locked);
		}
		Authentication signedIn;
		try {
			signedIn = this.checks.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
		this.throttle.succeeded(username);
		return signedIn;
	}

}
