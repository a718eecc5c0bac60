package io.hotline.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes sign-in forget a changed account: at once, and again once the change is
 * committed, so that a sign-in racing the change cannot keep the old credentials; and
 * ends the account's workstation sessions, which hold its old roles and standing: they
 * are deleted from the sessions' table that every instance reads (Spring Session JDBC),
 * so that the next request on any instance finds itself signed out. The change is noted
 * in {@code account_change} (in its transaction), where the other instances' sign-in
 * finds it and forgets their cached credentials of the account ({@link ThrottledSignIn}).
 */
@Component
class ForgetChangedAccounts {

	private final AuthenticationManager authentication;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final JdbcTemplate jdbc;

	ForgetChangedAccounts(AuthenticationManager authentication,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, JdbcTemplate jdbc) {
		this.authentication = authentication;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@EventListener
	void forget(AccountChanged changed) {
		// for the other instances' credential caches (ThrottledSignIn), with the change
		this.jdbc.update("insert into account_change (username, changed_at) values (?, clock_timestamp())"
				+ " on conflict (username) do update set changed_at = excluded.changed_at", changed.username());
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
		CachingAuthenticationProvider.in(this.authentication).forEach((cache) -> cache.forget(username));
	}

}
