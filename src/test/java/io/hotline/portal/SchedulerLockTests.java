package io.hotline.portal;

import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.hotline.support.HotlineTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job that must run once in the cluster (here the sweep of the portal's ended
 * limit windows) runs only where it takes its lock in {@code shedlock}: skipped while
 * another instance holds it, run and recorded once it is free.
 */
@HotlineTest
class SchedulerLockTests {

	private static final String SWEEP = "portal-limits-sweep";

	@Autowired
	PortalLimits limits;

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsAScheduledJobOnlyWhereItTakesTheLock() {
		String client = "sweep-" + System.nanoTime();
		this.jdbc.update("insert into rate_window (rule, client, ends_at, attempts)"
				+ " values ('portal.search', ?, now() - interval '1 minute', 1)", client);
		// a run by the schedule holds the lock for at least 30 s after it (the row stays:
		// the lock provider remembers the names it has inserted)
		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?",
				SWEEP);
		LockConfiguration another = new LockConfiguration(Instant.now(), SWEEP, Duration.ofMinutes(1), Duration.ZERO);
		Optional<SimpleLock> held = this.locks.lock(another);
		assertThat(held).as("another instance's lock").isPresent();
		assertThat(this.locks.lock(another)).as("a second attempt while locked").isEmpty();

		this.limits.sweep();
		assertThat(windows(client)).as("skipped while another instance holds the lock").isOne();

		held.get().unlock();
		this.limits.sweep();
		assertThat(windows(client)).as("run once the lock is free").isZero();
		assertThat(this.jdbc.queryForObject("select lock_until > timezone('utc', now()) from shedlock where name = ?",
				Boolean.class, SWEEP))
			.as("held at least 30 s after the run, against the other instances' runs of the same period")
			.isTrue();
	}

	@Test
	void recordsTheLockOfAJobThatRan() {
		// the order facts' catch-up runs every 3 s in tests, its lock held at least half
		// that
		Map<String, Object> lock = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList("select locked_at, lock_until, locked_by from shedlock where name = ?",
					"order-facts-catch-up"), (rows) -> !rows.isEmpty())
			.get(0);
		assertThat(lock.get("locked_by")).isNotNull();
		assertThat(Duration.between(((Timestamp) lock.get("locked_at")).toInstant(),
				((Timestamp) lock.get("lock_until")).toInstant()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(1_500));
	}

	private int windows(String client) {
		return this.jdbc.queryForObject("select count(*) from rate_window where client = ?", Integer.class, client);
	}

}
