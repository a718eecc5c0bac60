package io.hotline.platform;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes sign-in forget a changed account: at once, and again once the change is
 * committed, so that a sign-in racing the change cannot keep the old credentials; and
 * ends the account's workstation sessions, which hold its old roles and standing.
 */
@Component
class ForgetChangedAccounts {

	private final AuthenticationManager authentication;

	private final SessionRegistry sessions;

	ForgetChangedAccounts(AuthenticationManager authentication, SessionRegistry sessions) {
		this.authentication = authentication;
		this.sessions = sessions;
	}

	@EventListener
	void forget(AccountChanged changed) {
		forget(changed.username());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					forget(changed.username());
				}

			});
		}
	}

	private void forget(String username) {
		this.sessions.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof UserDetails user && user.getUsername().equals(username))
			.flatMap((principal) -> this.sessions.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
		if (this.authentication instanceof ProviderManager providers) {
			providers.getProviders()
				.stream()
				.filter(CachingAuthenticationProvider.class::isInstance)
				.map(CachingAuthenticationProvider.class::cast)
				.forEach((cache) -> cache.forget(username));
		}
	}

}
