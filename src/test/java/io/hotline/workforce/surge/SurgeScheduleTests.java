package io.hotline.workforce.surge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.hotline.org.Role;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import io.hotline.workforce.PhoneSystemCalls;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The surge trigger is checked by a scheduled job, once in the cluster (ShedLock
 * {@code surge-check}): a run switches the surge on without anyone asking for the status,
 * and the status only reads what the last run stored. (In tests the schedule's period is
 * an hour: the test runs the job itself.)
 */
@HotlineTest
class SurgeScheduleTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final String LOCK = "surge-check";

	private static final String QUEUE = "surge-schedule";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SurgeSchedule schedule;

	@Autowired
	LockProvider locks;

	@AfterEach
	void calm() {
		this.clock.reset();
		Api.as(this.port, "admin").put("/api/workforce/surge/measures", SurgeHttpTest.measures(false, 1.5));
		this.jdbc
			.sql("update surge_state set surge_on = false, since = null, reason = null, offered = null,"
					+ " forecast = null, factor = null, minutes = null, checked_at = null where id = 1")
			.update();
	}

	@Test
	void theScheduledCheckSwitchesTheSurgeOnWithoutAnyoneAsking() {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(BEIJING));
		if (now.toLocalTime().isBefore(LocalTime.of(1, 0))) {
			this.clock.advance(Duration.ofHours(2));
		}
		assertThat(Api.as(this.port, "admin")
			.put("/api/workforce/surge/measures", SurgeHttpTest.measures(true, 1.1))
			.status()).isEqualTo(200);
		// one call a week at this time in three past weeks, 20 in the last 12 minutes
		// today
		Api phone = Api.withRole(Role.PHONE_SYSTEM, this.port, this.jdbc);
		LocalDateTime start = LocalDateTime.now(this.clock.withZone(BEIJING)).minusMinutes(12);
		for (int week = 1; week <= 3; week++) {
			PhoneSystemCalls.answered(phone, start.minusWeeks(week), QUEUE);
		}
		for (int i = 0; i < 20; i++) {
			PhoneSystemCalls.answered(phone, start.plusSeconds(30L * i), QUEUE);
		}
		long switchedOn = audits("surge.on");

		release();
		this.schedule.periodically();

		Map<String, Object> state = state();
		assertThat(state.get("surge_on")).as(String.valueOf(state)).isEqualTo(true);
		assertThat(((Number) state.get("offered")).longValue()).isGreaterThanOrEqualTo(20);
		assertThat(audits("surge.on")).as("the switch is audited").isEqualTo(switchedOn + 1);
		assertThat(this.jdbc.sql("select detail from audit_log where action = 'surge.on' order by id desc limit 1")
			.query(String.class)
			.single()).contains("callbackQueue").contains("overflow");
		JsonNode status = Api.as(this.port, "supervisor1").get("/api/workforce/surge/status").body();
		assertThat(status.get("on").asBoolean()).isTrue();
		assertThat(status.get("offered").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(status.get("factor").asDouble()).isEqualTo(1.1);
		assertThat(status.get("active").toString()).contains("callbackQueue").contains("cloudSeats");
	}

	@Test
	void theStatusOnlyReadsAndAnotherInstancesRunIsNotRepeated() {
		Instant checked = Instant.parse("2026-01-02T03:04:05Z");
		this.jdbc
			.sql("update surge_state set surge_on = true, since = ?, reason = 'stored by the last check',"
					+ " offered = 99, forecast = 10, factor = 1.5, minutes = 15, checked_at = ? where id = 1")
			.params(java.sql.Timestamp.from(checked.minusSeconds(600)), java.sql.Timestamp.from(checked))
			.update();
		long audited = this.jdbc.sql("select count(*) from audit_log where action like 'surge.%'")
			.query(Long.class)
			.single();
		release();
		Optional<SimpleLock> another = this.locks
			.lock(new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(1), Duration.ZERO));
		assertThat(another).as("another instance's run holds the lock").isPresent();
		try {
			this.schedule.periodically();
			Api supervisor = Api.as(this.port, "supervisor1");
			for (int i = 0; i < 2; i++) {
				Response status = supervisor.get("/api/workforce/surge/status");
				assertThat(status.status()).isEqualTo(200);
				assertThat(status.text("checkedAt")).isEqualTo(checked.toString());
				assertThat(status.text("reason")).isEqualTo("stored by the last check");
				assertThat(status.body().get("offered").asLong()).isEqualTo(99);
			}
			assertThat(state().get("checked_at")).as("neither the status nor a run without the lock wrote")
				.isEqualTo(java.sql.Timestamp.from(checked));
			assertThat(this.jdbc.sql("select count(*) from audit_log where action like 'surge.%'")
				.query(Long.class)
				.single()).isEqualTo(audited);
		}
		finally {
			another.get().unlock();
		}
	}

	/**
	 * Ends the lock of an earlier run (held at least half the period, here half an hour).
	 */
	private void release() {
		this.jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?")
			.params(LOCK)
			.update();
	}

	private Map<String, Object> state() {
		return this.jdbc.sql("select * from surge_state where id = 1").query().singleRow();
	}

	private long audits(String action) {
		return this.jdbc.sql("select count(*) from audit_log where action = ?")
			.params(action)
			.query(Long.class)
			.single();
	}

}
