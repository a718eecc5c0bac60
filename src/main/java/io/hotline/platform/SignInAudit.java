package io.hotline.platform;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Refused sign-ins go to the audit log, so that guessing at passwords shows; successful
 * ones are every API request, and are not logged.
 */
@Component
class SignInAudit {

	private final AuditTrail audit;

	SignInAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		this.audit.record(event.getAuthentication().getName(), "SIGN_IN", null, "REFUSED",
				event.getException().getClass().getSimpleName());
	}

}
