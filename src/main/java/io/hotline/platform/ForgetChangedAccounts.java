package io.hotline.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes sign-in forget a changed account: at once, and again once the change is
 * committed, so that a sign-in racing the change cannot keep the old credentials; and
 * ends the account's workstation sessions, which hold its old roles and standing: they
 * are deleted from the sessions' table that every instance reads (Spring Session JDBC),
 * so that the next request on any instance finds itself signed out.
 */
@Component
class ForgetChangedAccounts {

	private final AuthenticationManager authentication;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	ForgetChangedAccounts(AuthenticationManager authentication,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
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
		this.sessions.ifAvailable(
				(repository) -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
		if (this.authentication instanceof ProviderManager providers) {
			providers.getProviders()
				.stream()
				.filter(CachingAuthenticationProvider.class::isInstance)
				.map(CachingAuthenticationProvider.class::cast)
				.forEach((cache) -> cache.forget(username));
		}
	}

}
