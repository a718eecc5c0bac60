package io.hotline.platform;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Refused sign-ins go to the audit log, so that guessing at passwords shows, and so do
 * the locks that repeated refusals earn ({@link SignInThrottle}); successful ones are
 * every API request, and are not logged.
 */
@Component
class SignInAudit {

	/** The audit log's room for an actor. */
	private static final int ACTOR_LENGTH = 64;

	private final AuditTrail audit;

	SignInAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		this.audit.record(actor(event.getAuthentication().getName()), "SIGN_IN", null, "REFUSED",
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void locked(SignInThrottle.Locked locked) {
		this.audit.record(actor(locked.username()), "SIGN_IN", null, "LOCKED",
				(locked.byClient() ? "client " + locked.client() : "user name") + " locked for "
						+ locked.lock().toSeconds() + " s after repeated failures (client " + locked.client() + ")");
	}

	/**
	 * The user name a client gave, as the audit log can keep it: without control
	 * characters, cut to the log's length.
	 */
	static String actor(String username) {
		String name = String.valueOf(username).replaceAll("\\p{Cntrl}", "?");
		return (name.length() > ACTOR_LENGTH) ? name.substring(0, ACTOR_LENGTH) : name;
	}

}
