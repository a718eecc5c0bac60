package io.hotline.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongSupplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Counted in the database ({@code sign_in_strike}), so that every instance of a cluster
 * honours a lock that another one set: a check reads one row per user name and client
 * (one query, {@link #standing}), a failure is counted under a row lock, a success
 * deletes the user name's row where there is one.
 */
@Component
class SignInThrottle {

	/**
	 * How long an account's change is noted for the other instances: longer than their
	 * credential caches remember.
	 */
	static final Duration FORGOTTEN = Duration.ofMinutes(15);

	/** A longer user name is counted by its beginning. */
	private static final int KEY_LENGTH = 128;

	private final Strikes users;

	private final Strikes clients;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final LongSupplier millis;

	@Autowired
	SignInThrottle(ApplicationEventPublisher events, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${hotline.sign-in.max-failures:5}") int maxFailures,
			@Value("${hotline.sign-in.address-max-failures:50}") int addressMaxFailures,
			@Value("${hotline.sign-in.window:PT15M}") Duration window,
			@Value("${hotline.sign-in.lock:PT1M}") Duration lock,
			@Value("${hotline.sign-in.longest-lock:PT30M}") Duration longestLock) {
		this(events, jdbc, transactions, maxFailures, addressMaxFailures, window, lock, longestLock,
				System::currentTimeMillis);
	}

	/**
	 * @param millis the wall clock in milliseconds ({@link System#currentTimeMillis()}
	 * but in tests): the instances of a cluster share it, give or take their clocks'
	 * drift
	 */
	SignInThrottle(ApplicationEventPublisher events, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			int maxFailures, int addressMaxFailures, Duration window, Duration lock, Duration longestLock,
			LongSupplier millis) {
		this.events = events;
		this.jdbc = jdbc;
		this.millis = millis;
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.users = new Strikes("user", maxFailures, window, lock, longestLock, jdbc, transaction);
		this.clients = new Strikes("client", addressMaxFailures, window, lock, longestLock, jdbc, transaction);
	}

	/**
	 * How long sign-in stays locked for this user name or client; null when it is not.
	 */
	Duration locked(String username, String address) {
		return standing(username, address).locked();
	}

	/**
	 * Whether sign-in is locked for this user name or client, whether the user name has
	 * failures counted (that a success would forget), and when its account last changed
	 * (lately): one query.
	 */
	Standing standing(String username, String address) {
		long now = this.millis.getAsLong();
		String user = key(username);
		List<Counted> counts = this.jdbc.query("""
				select kind, locked_until from sign_in_strike
				where (kind = 'user' and key = ?) or (kind = 'client' and key = ?)
				union all select 'changed', changed_at from account_change where username = ?""",
				(row, i) -> new Counted(row.getString(1), millis(row.getObject(2, OffsetDateTime.class))), user,
				ClientNetwork.of(address), user);
		long left = counts.stream()
			.filter((count) -> !count.kind().equals("changed"))
			.mapToLong(Counted::at)
			.max()
			.orElse(now) - now;
		Instant changed = counts.stream()
			.filter((count) -> count.kind().equals("changed"))
			.map((count) -> Instant.ofEpochMilli(count.at()))
			.findFirst()
			.orElse(null);
		return new Standing((left > 0) ? Duration.ofMillis(left) : null,
				counts.stream().anyMatch((count) -> count.kind().equals("user")), changed);
	}

	/**
	 * A row of the user name ({@code user}) or the client ({@code client}) and the end of
	 * its lock, or the account's last change ({@code changed}) and its time.
	 */
	private record Counted(String kind, long at) {

	}

	/**
	 * A wrong password (or an unknown user name) from this client; a lock it starts is
	 * published as {@link Locked}.
	 */
	void failed(String username, String address) {
		String network = ClientNetwork.of(address);
		long now = this.millis.getAsLong();
		Duration user = this.users.failed(key(username), now);
		if (user != null) {
			this.events.publishEvent(new Locked(username, network, user, false));
		}
		Duration client = this.clients.failed(network, now);
		if (client != null) {
			this.events.publishEvent(new Locked(username, network, client, true));
		}
	}

	/** A successful sign-in: the user name's failures are forgotten. */
	void succeeded(String username) {
		this.users.forget(key(username));
	}

	/**
	 * Deletes the counts that a quiet window after their lock has ended, by one instance
	 * at a time.
	 */
	@Scheduled(fixedDelayString = "${hotline.sign-in.sweep-ms:600000}",
			initialDelayString = "${hotline.sign-in.sweep-ms:600000}")
	@SchedulerLock(name = "sign-in-sweep", lockAtLeastFor = "PT1M")
	void sweep() {
		long now = this.millis.getAsLong();
		this.users.sweep(now);
		this.clients.sweep(now);
		this.jdbc.update("delete from account_change where changed_at < ?", time(now - FORGOTTEN.toMillis()));
	}

	/**
	 * The user name as counted: its beginning, a NUL (which no account's name has and the
	 * database's text refuses) as U+FFFD.
	 */
	private static String key(String username) {
		String name = String.valueOf(username).replace('\u0000', '\uFFFD');
		return (name.length() > KEY_LENGTH) ? name.substring(0, KEY_LENGTH) : name;
	}

	static OffsetDateTime time(long millis) {
		return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
	}

	static long millis(OffsetDateTime time) {
		return time.toInstant().toEpochMilli();
	}

	/** The failures of each key of one kind and the lock they earned, in one policy. */
	static final class Strikes {

		private final String kind;

		private final int max;

		private final long window;

		private final long lock;

		private final long longest;

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transaction;

		Strikes(String kind, int max, Duration window, Duration lock, Duration longest, JdbcTemplate jdbc,
				TransactionTemplate transaction) {
			this.kind = kind;
			this.max = Math.max(1, max);
			this.window = window.toMillis();
			this.lock = lock.toMillis();
			this.longest = Math.max(longest.toMillis(), this.lock);
			this.jdbc = jdbc;
			this.transaction = transaction;
		}

		/** Counts a failure; answers the lock it starts, if it starts one. */
		Duration failed(String key, long now) {
			Strike strike = this.transaction.execute((status) -> {
				this.jdbc.update(
						"insert into sign_in_strike (kind, key, failures, last_at, locked_until)"
								+ " values (?, ?, 0, ?, ?) on conflict do nothing",
						this.kind, key, time(now), time(now));
				Strike before = this.jdbc.queryForObject(
						"select failures, last_at, locked_until from sign_in_strike where kind = ? and key = ? for update",
						(row, i) -> new Strike(row.getInt(1), millis(row.getObject(2, OffsetDateTime.class)),
								millis(row.getObject(3, OffsetDateTime.class))),
						this.kind, key);
				Strike after = next(before, now);
				this.jdbc.update(
						"update sign_in_strike set failures = ?, last_at = ?, locked_until = ? where kind = ? and key = ?",
						after.failures(), time(after.last()), time(after.lockedUntil()), this.kind, key);
				return after;
			});
			return (strike.failures() >= this.max) ? Duration.ofMillis(strike.lockedUntil() - now) : null;
		}

		/** The count after a failure at {@code now}, from the one before (0 if none). */
		private Strike next(Strike before, long now) {
			int failures = (before.failures() == 0 || before.quiet(now, this.window)) ? 1 : before.failures() + 1;
			long until = before.lockedUntil();
			if (failures >= this.max) {
				until = now + lockAfter(failures - this.max);
			}
			return new Strike(failures, now, until);
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
			this.jdbc.update("delete from sign_in_strike where kind = ? and key = ?", this.kind, key);
		}

		void sweep(long now) {
			this.jdbc.update("delete from sign_in_strike where kind = ? and greatest(last_at, locked_until) < ?",
					this.kind, time(now - this.window));
		}

	}

	/**
	 * Sign-in is locked for this long (null: not locked); the user name has failures
	 * counted; its account changed at this time (null: not lately).
	 */
	record Standing(Duration locked, boolean counted, Instant changed) {

	}

	/**
	 * Sign-in was locked for this long after a failure of this user name from this
	 * client: the user name's lock, or the client's ({@code byClient}).
	 */
	record Locked(String username, String client, Duration lock, boolean byClient) {

	}

	/**
	 * The failures in a row of one key, the last one's time and the end of its lock
	 * (epoch milliseconds).
	 */
	record Strike(int failures, long last, long lockedUntil) {

		/** No failure and no lock for a whole window: the count starts again. */
		boolean quiet(long now, long window) {
			return now - Math.max(this.last, this.lockedUntil) > window;
		}

	}

}
