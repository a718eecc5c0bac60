package io.hotline.portal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.hotline.platform.Problem;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-client windows of the portal's limits, counted in the database on a clock the
 * test moves, each test under limits' names of its own.
 */
@HotlineTest
class ClientWindowsTests {

	@Autowired
	JdbcTemplate jdbc;

	final AtomicLong now = new AtomicLong(System.currentTimeMillis());

	final String scope = "t" + System.nanoTime() % 1_000_000_000_000L + ":";

	ClientWindows windows(int limit) {
		return new ClientWindows(this.jdbc, this.scope + "w", limit, Duration.ofMinutes(1), this.now::get);
	}

	PortalLimits limits(int lookupsPerMinute) {
		return new PortalLimits(this.jdbc, this.scope, 10, 1, lookupsPerMinute, 3, this.now::get);
	}

	void pass(Duration time) {
		this.now.addAndGet(time.toMillis());
	}

	@Test
	void refusesBeyondTheLimitUntilTheClientsWindowEnds() {
		ClientWindows windows = windows(3);
		for (int i = 0; i < 3; i++) {
			assertThat(windows.admit("10.0.0.1")).isEmpty();
			pass(Duration.ofSeconds(10));
		}
		assertThat(windows.admit("10.0.0.1")).contains(Duration.ofSeconds(30));
		assertThat(windows.admit("10.0.0.2")).as("another client has its own window").isEmpty();
		pass(Duration.ofSeconds(29));
		assertThat(windows.admit("10.0.0.1")).contains(Duration.ofSeconds(1));
		pass(Duration.ofSeconds(1));
		assertThat(windows.admit("10.0.0.1")).as("a new window").isEmpty();
	}

	@Test
	void sweepsEndedWindowsOutOfTheTable() {
		ClientWindows windows = windows(5);
		for (int i = 0; i < 200; i++) {
			windows.admit("10.0." + (i / 256) + "." + (i % 256));
		}
		assertThat(windows.clients()).isEqualTo(200);
		pass(Duration.ofSeconds(30));
		windows.admit("10.9.9.9");
		pass(Duration.ofSeconds(31));
		windows.sweep();
		assertThat(windows.clients()).as("the window still open stays").isEqualTo(1);
	}

	@Test
	void sharesOneBudgetBetweenTheInstancesOfACluster() {
		PortalLimits one = limits(4);
		PortalLimits other = limits(4);
		one.admitLookup("192.0.2.44");
		other.admitLookup("192.0.2.44");
		one.admitLookup("192.0.2.44");
		other.admitLookup("192.0.2.44");
		assertThatThrownBy(() -> one.admitLookup("192.0.2.44")).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> other.admitLookup("192.0.2.44")).as("the other instance knows the count too")
			.isInstanceOf(Problem.class);
		pass(Duration.ofMinutes(1));
		other.admitLookup("192.0.2.44");
	}

	@Test
	void refusesWithATooManyProblemThatSaysWhenToTryAgain() {
		PortalLimits limits = limits(2);
		limits.admitLookup("10.0.0.1");
		limits.admitLookup("10.0.0.1");
		assertThatThrownBy(() -> limits.admitLookup("10.0.0.1")).isInstanceOfSatisfying(Problem.class, (problem) -> {
			assertThat(problem.kind()).isEqualTo(Problem.Kind.TOO_MANY);
			assertThat(problem.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
			assertThat(problem.getMessage()).isEqualTo("Too many lookups: at most 2 a minute, please try again later");
		});
		limits.admitSubmission("10.0.0.1");
		assertThatThrownBy(() -> limits.admitSubmission("10.0.0.1")).isInstanceOf(Problem.class);
	}

	@Test
	void countsAnIpv6ClientByItsNetwork() {
		assertThat(PortalLimits.network("2001:db8:1:2:aaaa::1")).isEqualTo(PortalLimits.network("2001:db8:1:2::ffff"))
			.isEqualTo("20010db800010002::/64");
		assertThat(PortalLimits.network("2001:db8:1:3::1")).isNotEqualTo(PortalLimits.network("2001:db8:1:2::1"));
		assertThat(PortalLimits.network("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(PortalLimits.network("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(PortalLimits.network("fe80::1%eth0")).isEqualTo("fe80000000000000::/64");
	}

	@Test
	void needsALimitOfAtLeastOne() {
		assertThatThrownBy(() -> windows(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
