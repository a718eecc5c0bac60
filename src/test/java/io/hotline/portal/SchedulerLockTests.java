package io.hotline.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.hotline.support.HotlineTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
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

	private int windows(String client) {
		return this.jdbc.queryForObject("select count(*) from rate_window where client = ?", Integer.class, client);
	}

}
