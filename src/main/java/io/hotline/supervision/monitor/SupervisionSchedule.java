package io.hotline.supervision.monitor;

import io.hotline.org.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the monitors every five minutes ({@code hotline.supervision.run-ms});
 * {@code hotline.supervision.schedule=false} turns it off (the tests run them when they
 * ask). Commands (the benchmarks, an import) run no monitors.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!task & !serving-task")
@EnableScheduling
@ConditionalOnProperty(name = "hotline.supervision.schedule", havingValue = "true", matchIfMissing = true)
class SupervisionSchedule {

	private static final Logger log = LoggerFactory.getLogger(SupervisionSchedule.class);

	private final CaseRun run;

	SupervisionSchedule(CaseRun run) {
		this.run = run;
	}

	@Scheduled(fixedDelayString = "${hotline.supervision.run-ms:300000}",
			initialDelayString = "${hotline.supervision.first-run-ms:60000}")
	@SchedulerLock(name = "supervision-run", lockAtLeastFor = "#{${hotline.supervision.run-ms:300000} * 9 / 10}")
	void periodically() {
		try {
			this.run.run(Scope.all(), Actor.system().username());
		}
		catch (RuntimeException ex) {
			log.warn("the supervision monitors did not run; the next run will", ex);
		}
	}

}
