package io.hotline.quality;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Inspects every {@code hotline.quality.run-ms} (30 s) what ended and was not inspected,
 * once in the cluster (ShedLock {@code quality-inspection}); with the grace period of 60
 * s a call is inspected within about 1.5 minutes of its end.
 * {@code hotline.quality.schedule=false} turns it off; commands run none.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!task & !serving-task")
@EnableScheduling
@ConditionalOnProperty(name = "hotline.quality.schedule", havingValue = "true", matchIfMissing = true)
class InspectionSchedule {

	private static final Logger log = LoggerFactory.getLogger(InspectionSchedule.class);

	private final InspectionRun run;

	InspectionSchedule(InspectionRun run) {
		this.run = run;
	}

	@Scheduled(fixedDelayString = "${hotline.quality.run-ms:30000}",
			initialDelayString = "${hotline.quality.run-ms:30000}")
	@SchedulerLock(name = "quality-inspection", lockAtLeastFor = "#{${hotline.quality.run-ms:30000} / 2}",
			lockAtMostFor = "PT10M")
	void periodically() {
		try {
			int inspected = this.run.catchUp();
			if (inspected > 0) {
				log.debug("inspected {} calls and orders", inspected);
			}
		}
		catch (RuntimeException ex) {
			log.warn("the quality inspection did not run; the next one will", ex);
		}
	}

}
