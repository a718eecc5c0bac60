package io.hotline.platform;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Against password guessing: refused sign-ins are counted per user name and per client
 * network; after {@code max-failures} of one user name (or {@code address-max-failures}
 * of one client) with no quiet {@code window} in between, sign-in is locked for
 * {@code lock}, twice as long at each further failure up to {@code longest-lock}, the
 * right password included. A successful sign-in forgets the user name's failures (not the
 * client's, which a guesser with one account of its own could otherwise clear). Each lock
 * is published once ({@link Locked}, audited by {@link SignInAudit}); attempts while
 * locked are neither checked nor counted.
 * <p>
 * Counted in the memory of this instance: the instances of a cluster share no counts
 * (yet; a shared store comes with issue 18).
 */
@Component
class SignInThrottle {

	/** The most user names and clients remembered each (a few MB at most). */
	static final int MAX_KEYS = 100_000;

	/** A longer user name is counted by its beginning. */
	private static final int KEY_LENGTH = 128;

	private final Strikes users;

	private final Strikes clients;

	private final ApplicationEventPublisher events;

	@Autowired
	SignInThrottle(ApplicationEventPublisher events, @Value("${hotline.sign-in.max-failures:5}") int maxFailures,
			@Value("${hotline.sign-in.address-max-failures:50}") int addressMaxFailures,
			@Value("${hotline.sign-in.window:PT15M}") Duration window,
			@Value("${hotline.sign-in.lock:PT1M}") Duration lock,
			@Value("${hotline.sign-in.longest-lock:PT30M}") Duration longestLock) {
		this(events, maxFailures, addressMaxFailures, window, lock, longestLock, System::nanoTime);
	}

	SignInThrottle(ApplicationEventPublisher events, int maxFailures, int addressMaxFailures, Duration window,
			Duration lock, Duration longestLock, LongSupplier nanos) {
		this.events = events;
		this.users = new Strikes(maxFailures, window, lock, longestLock, nanos);
		this.clients = new Strikes(addressMaxFailures, window, lock, longestLock, nanos);
	}

	/**
	 * How long sign-in stays locked for this user name or client; null when it is not.
	 */
	Duration locked(String username, String address) {
		Duration user = this.users.locked(key(username));
		Duration client = this.clients.locked(ClientNetwork.of(address));
		if (user == null) {
			return client;
		}
		return (client == null || user.compareTo(client) >= 0) ? user : client;
	}

	/**
	 * A wrong password (or an unknown user name) from this client; a lock it starts is
	 * published as {@link Locked}.
	 */
	void failed(String username, String address) {
		String network = ClientNetwork.of(address);
		Duration user = this.users.failed(key(username));
		if (user != null) {
			this.events.publishEvent(new Locked(username, network, user, false));
		}
		Duration client = this.clients.failed(network);
		if (client != null) {
			this.events.publishEvent(new Locked(username, network, client, true));
		}
	}

	/** A successful sign-in: the user name's failures are forgotten. */
	void succeeded(String username) {
		this.users.forget(key(username));
	}

	private static String key(String username) {
		String name = String.valueOf(username);
		return (name.length() > KEY_LENGTH) ? name.substring(0, KEY_LENGTH) : name;
	}

	/** The failures of each key and the lock they earned, in one policy. */
	static final class Strikes {

		private final int max;

		private final long window;

		private final long lock;

		private final long longest;

		private final LongSupplier nanos;

		private final ConcurrentHashMap<String, Strike> strikes = new ConcurrentHashMap<>();

		Strikes(int max, Duration window, Duration lock, Duration longest, LongSupplier nanos) {
			this.max = Math.max(1, max);
			this.window = window.toNanos();
			this.lock = lock.toNanos();
			this.longest = Math.max(longest.toNanos(), this.lock);
			this.nanos = nanos;
		}

		Duration locked(String key) {
			Strike strike = this.strikes.get(key);
			if (strike == null) {
				return null;
			}
			long left = strike.lockedUntil() - this.nanos.getAsLong();
			return (left > 0) ? Duration.ofNanos(left) : null;
		}

		/** Counts a failure; answers the lock it starts, if it starts one. */
		Duration failed(String key) {
			long now = this.nanos.getAsLong();
			if (this.strikes.size() >= MAX_KEYS && !this.strikes.containsKey(key)) {
				this.strikes.values().removeIf((s) -> s.quiet(now, this.window));
				if (this.strikes.size() >= MAX_KEYS) {
					return null;
				}
			}
			Strike strike = this.strikes.compute(key, (k, before) -> {
				int failures = (before == null || before.quiet(now, this.window)) ? 1 : before.failures() + 1;
				long until = (before == null) ? now : before.lockedUntil();
				if (failures >= this.max) {
					until = now + lockAfter(failures - this.max);
				}
				return new Strike(failures, now, until);
			});
			return (strike.failures() >= this.max) ? Duration.ofNanos(strike.lockedUntil() - now) : null;
		}

		/** The lock after this many failures beyond the most: doubled each time. */
		private long lockAfter(int beyond) {
			long lock = this.lock;
			for (int i = 0; i < beyond && lock < this.longest; i++) {
				lock *= 2;
			}
			return Math.min(lock, this.longest);
		}

		void forget(String key) {
			this.strikes.remove(key);
		}

	}

	/**
	 * Sign-in was locked for this long after a failure of this user name from this
	 * client: the user name's lock, or the client's ({@code byClient}).
	 */
	record Locked(String username, String client, Duration lock, boolean byClient) {

	}

	/**
	 * The failures in a row of one key, the last one's time and the end of its lock.
	 */
	record Strike(int failures, long last, long lockedUntil) {

		/** No failure and no lock for a whole window: the count starts again. */
		boolean quiet(long now, long window) {
			return now - Math.max(this.last, this.lockedUntil) > window;
		}

	}

}
