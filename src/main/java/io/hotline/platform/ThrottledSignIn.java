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
 * request of an API client that signs in right costs one query of the throttle, at most
 * one a second: {@link CleanSignIns}). An account changed on another instance of the
 * cluster is noticed in the same query: the credentials this instance remembers of it are
 * checked again.
 */
final class ThrottledSignIn implements AuthenticationManager {

	/**
	 * Credentials verified up to this long after an account's change (noted by another
	 * instance) are checked again: the change's transaction may commit later than it was
	 * noted, and the instances' clocks differ a little.
	 */
	static final Duration CHANGE_MARGIN = Duration.ofSeconds(10);

	/** Nothing counted, nothing locked, nothing changed. */
	private static final SignInThrottle.Standing CLEAN = new SignInThrottle.Standing(null, false, null);

	private final AuthenticationManager checks;

	private final SignInThrottle throttle;

	private final CleanSignIns clean = new CleanSignIns();

	ThrottledSignIn(AuthenticationManager checks, SignInThrottle throttle) {
		this.checks = checks;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		boolean knownClean = this.clean.known(username, address);
		SignInThrottle.Standing standing = knownClean ? CLEAN : this.throttle.standing(username, address);
		if (standing.locked() != null) {
			throw new SignInThrottled(standing.locked());
		}
		if (standing.changed() != null) {
			long changed = standing.changed().plus(CHANGE_MARGIN).toEpochMilli();
			CachingAuthenticationProvider.in(this.checks)
				.forEach((cache) -> cache.forgetVerifiedBefore(username, changed));
		}
		Authentication signedIn;
		try {
			signedIn = this.checks.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.clean.forget(username, address);
			this.throttle.failed(username, address);
			throw ex;
		}
		if (standing.counted()) {
			this.throttle.succeeded(username);
		}
		else if (!knownClean && standing.changed() == null) {
			this.clean.remember(username, address);
		}
		return signedIn;
	}

}
