package io.hotline.org;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, from the security context. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HotlineUserDetails user) {
			return user.actor();
		}
		throw new InsufficientAuthenticationException("Sign in first");
	}

}
