package io.hotline.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock against password guessing, on a clock of its own: five failures of a user name
 * lock it for a minute, twice as long at each further failure up to the longest lock; a
 * quiet window starts the count again, a success forgets it; a client trying many user
 * names is locked on its own count. Counted in the database, as every instance of a
 * cluster counts.
 */
@HotlineTest
class SignInThrottleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private long now = System.currentTimeMillis();

	private final List<Object> published = new ArrayList<>();

	private SignInThrottle throttle;

	@BeforeEach
	void forgetTheseTestsCounts() {
		this.jdbc.update("delete from sign_in_strike where (kind = 'user' and (key in ('clerk', 'other', 'anyone')"
				+ " or key like 'user%')) or (kind = 'client' and (key like '192.0.2.%' or key like '198.51.100.%'"
				+ " or key like '20010db8%'))");
		this.throttle = throttle();
	}

	private SignInThrottle throttle() {
		return new SignInThrottle(this.published::add, this.jdbc, this.transactions, 5, 20, Duration.ofMinutes(15),
				Duration.ofMinutes(1), Duration.ofMinutes(30), () -> this.now);
	}

	@Test
	void sharesItsCountsAndLocksBetweenTheInstancesOfACluster() {
		SignInThrottle other = throttle();
		for (int i = 0; i < 2; i++) {
			this.throttle.failed("clerk", "192.0.2.1");
			other.failed("clerk", "192.0.2.1");
		}
		assertThat(other.standing("clerk", "192.0.2.1")).as("counted, not locked")
			.isEqualTo(new SignInThrottle.Standing(null, true, null));
		assertThat(other.standing("other", "192.0.2.1").counted()).as("only the client's count").isFalse();
		this.throttle.failed("clerk", "192.0.2.1");
		assertThat(other.locked("clerk", "198.51.100.9")).as("locked on the other instance too")
			.isEqualTo(Duration.ofMinutes(1));
		other.failed("clerk", "192.0.2.1");
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).as("the other instance's failure doubles it")
			.isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void sweepsQuietCountsOutOfTheTable() {
		this.throttle.failed("clerk", "192.0.2.1");
		pass(Duration.ofMinutes(15).plusSeconds(1));
		this.throttle.sweep();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sign_in_strike where (kind = 'user' and key = 'clerk') or key = '192.0.2.1'",
				Integer.class))
			.isZero();
	}

	@Test
	void locksAUserNameAfterFiveFailuresForAMinuteTheRightPasswordIncluded() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("clerk", "192.0.2.1");
			assertThat(this.throttle.locked("clerk", "192.0.2.1")).isNull();
		}
		this.throttle.failed("clerk", "192.0.2.1");
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.throttle.locked("clerk", "198.51.100.9")).as("from any client").isNotNull();
		assertThat(this.throttle.locked("other", "192.0.2.1")).as("another user name is not locked").isNull();
		assertThat(this.published).singleElement()
			.isEqualTo(new SignInThrottle.Locked("clerk", "192.0.2.1", Duration.ofMinutes(1), false));
		pass(Duration.ofSeconds(59));
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
		pass(Duration.ofSeconds(1));
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).isNull();
	}

	@Test
	void doublesTheLockAtEachFurtherFailureUpToTheLongest() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("clerk", "192.0.2.1");
		}
		long[] minutes = { 2, 4, 8, 16, 30, 30 };
		for (long expected : minutes) {
			pass(this.throttle.locked("clerk", "192.0.2.1"));
			this.throttle.failed("clerk", "192.0.2.1");
			assertThat(this.throttle.locked("clerk", "192.0.2.1")).isEqualTo(Duration.ofMinutes(expected));
		}
		pass(Duration.ofMinutes(30).plus(Duration.ofMinutes(15)).plusSeconds(1));
		this.throttle.failed("clerk", "192.0.2.1");
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).as("a quiet window starts the count again").isNull();
	}

	@Test
	void aSuccessForgetsTheUserNamesFailuresButNotTheClients() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("clerk", "192.0.2.1");
		}
		this.throttle.succeeded("clerk");
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("clerk", "192.0.2.1");
		}
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).isNull();
		for (int i = 0; i < 12; i++) {
			this.throttle.failed("user" + i, "192.0.2.1");
		}
		assertThat(this.throttle.locked("anyone", "192.0.2.1")).as("twenty failures of one client lock it")
			.isEqualTo(Duration.ofMinutes(1));
		assertThat(this.throttle.locked("anyone", "192.0.2.2")).isNull();
		assertThat(this.published).last()
			.isEqualTo(new SignInThrottle.Locked("user11", "192.0.2.1", Duration.ofMinutes(1), true));
	}

	@Test
	void countsAnIpv6ClientByItsNetwork() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}
		assertThat(this.throttle.locked("anyone", "2001:db8:1:2:ffff::1")).isNotNull();
		assertThat(this.throttle.locked("anyone", "2001:db8:1:3::1")).isNull();
	}

	@Test
	void answersTheLongerOfTheTwoLocks() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("clerk", "198.51.100.9");
		}
		pass(Duration.ofSeconds(30));
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "192.0.2.1");
		}
		assertThat(this.throttle.locked("clerk", "192.0.2.1")).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.throttle.locked("clerk", "198.51.100.9")).isEqualTo(Duration.ofSeconds(30));
	}

	private void pass(Duration duration) {
		this.now += duration.toMillis();
	}

}
