package io.hotline.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once in the cluster, not once per instance: each is
 * annotated {@code @SchedulerLock} and runs only where it takes its lock, a row of
 * {@code shedlock} (ShedLock over JDBC, on the database's clock so that the instances'
 * clocks need not agree). A job whose lock another instance holds is skipped. A lock is
 * held at most {@code defaultLockAtMostFor} unless the job says otherwise (an instance
 * that dies holding it blocks the job no longer), and at least its
 * {@code lockAtLeastFor}: a short job's lock outlasts the other instances' firing of the
 * same schedule, whose clocks may be a little late.
 * <p>
 * Jobs that rebuild what one instance holds in memory (the knowledge index, the recent
 * orders of the duplicate check, the categories' words, the hot topics) run on every
 * instance, without a lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
