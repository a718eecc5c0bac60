package io.hotline.portal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-client windows of the portal's limits, on a clock the test moves. */
class ClientWindowsTests {

	final AtomicLong now = new AtomicLong(1_000);

	ClientWindows windows(int limit, int maxClients) {
		return new ClientWindows(limit, Duration.ofMinutes(1), maxClients, this.now::get);
	}

	void pass(Duration time) {
		this.now.addAndGet(time.toNanos());
	}

	@Test
	void refusesBeyondTheLimitUntilTheClientsWindowEnds() {
		ClientWindows windows = windows(3, 100);
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
	void forgetsEndedWindowsSoThatMemoryStaysBounded() {
		ClientWindows windows = windows(5, 1_000);
		for (int i = 0; i < 500; i++) {
			windows.admit("10.0." + (i / 256) + "." + (i % 256));
		}
		assertThat(windows.clients()).isEqualTo(500);
		pass(Duration.ofSeconds(61));
		windows.admit("10.9.9.9");
		assertThat(windows.clients()).isEqualTo(1);
	}

	@Test
	void letsClientsBeyondTheMostRememberedShareOneWindow() {
		ClientWindows windows = windows(2, 10);
		for (int i = 0; i < 10; i++) {
			assertThat(windows.admit("10.1.0." + i)).isEmpty();
		}
		assertThat(windows.admit("10.2.0.1")).isEmpty();
		assertThat(windows.admit("10.2.0.2")).isEmpty();
		assertThat(windows.admit("10.2.0.3")).as("the third newcomer in the shared window").isPresent();
		assertThat(windows.clients()).isEqualTo(11);
		assertThat(windows.admit("10.1.0.0")).as("a remembered client keeps its window").isEmpty();
	}

	@Test
	void refusesWithATooManyProblemThatSaysWhenToTryAgain() {
		PortalLimits limits = new PortalLimits(10, 1, 2, 3);
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
		assertThatThrownBy(() -> windows(0, 10)).isInstanceOf(IllegalArgumentException.class);
	}

}
