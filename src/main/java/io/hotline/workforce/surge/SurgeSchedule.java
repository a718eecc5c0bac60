package io.hotline.workforce.surge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Checks the surge trigger every {@code hotline.workforce.surge.check-ms} (30 s), once in
 * the cluster (ShedLock {@code surge-check}): a surge switches on and off without anyone
 * looking. {@code hotline.workforce.surge.schedule=false} turns it off; commands (the
 * benchmarks, an import) run no check.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!task & !serving-task")
@EnableScheduling
@ConditionalOnProperty(name = "hotline.workforce.surge.schedule", havingValue = "true", matchIfMissing = true)
class SurgeSchedule {

	private static final Logger log = LoggerFactory.getLogger(SurgeSchedule.class);

	private final SurgeTrigger trigger;

	SurgeSchedule(SurgeTrigger trigger) {
		this.trigger = trigger;
	}

	@Scheduled(fixedDelayString = "${hotline.workforce.surge.check-ms:30000}",
			initialDelayString = "${hotline.workforce.surge.check-ms:30000}")
	@SchedulerLock(name = "surge-check", lockAtLeastFor = "#{${hotline.workforce.surge.check-ms:30000} / 2}")
	void periodically() {
		try {
			this.trigger.check();
		}
		catch (RuntimeException ex) {
			log.warn("the surge check did not run; the next one will", ex);
		}
	}

}
