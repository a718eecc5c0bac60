package io.hotline.platform;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes sign-in forget a changed account: at once, and again once the change is
 * committed, so that a sign-in racing the change cannot keep the old credentials.
 */
@Component
class ForgetChangedAccounts {

	private final AuthenticationManager authentication;

	ForgetChangedAccounts(AuthenticationManager authentication) {
		this.authentication = authentication;
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
		if (this.authentication instanceof ProviderManager providers) {
			providers.getProviders()
				.stream()
				.filter(CachingAuthenticationProvider.class::isInstance)
				.map(CachingAuthenticationProvider.class::cast)
				.forEach((cache) -> cache.forget(username));
		}
	}

}
