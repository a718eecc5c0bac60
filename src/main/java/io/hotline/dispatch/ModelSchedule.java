package io.hotline.dispatch;

import io.hotline.org.Actor;
import io.hotline.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the server trains the dispatch model by itself: at the first start of a platform
 * with enough closed orders and no model yet (the demo year), and on the schedule of
 * {@code hotline.dispatch.retrain-cron} (Sunday 02:30 by default). Commands, the
 * benchmarks too, train nothing. Every few seconds ({@code hotline.dispatch.follow-ms})
 * it looks whether the active version or the thresholds of automatic dispatch changed on
 * another instance.
 */
@Component
@EnableScheduling
@Profile("!task & !serving-task")
class ModelSchedule {

	private static final Logger log = LoggerFactory.getLogger(ModelSchedule.class);

	private final DispatchModels models;

	private final DispatchThresholds thresholds;

	/** Whether the start is done: until then there is nothing to follow. */
	private volatile boolean started;

	ModelSchedule(DispatchModels models, DispatchThresholds thresholds) {
		this.models = models;
		this.thresholds = thresholds;
		models.loadedHere();
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		this.models.start();
		this.started = true;
		if (this.models.active().isEmpty() && this.models.settings().trainOnStart()
				&& this.models.versions(Actor.system())
					.stream()
					.noneMatch((v) -> ModelVersion.READY.equals(v.status()))) {
			retrain("start");
		}
	}

	/**
	 * Follows the active version and the thresholds of the database: a version trained or
	 * activated, a threshold set or removed on another instance of the cluster answers
	 * here within seconds.
	 */
	@Scheduled(fixedDelayString = "${hotline.dispatch.follow-ms:3000}",
			initialDelayString = "${hotline.dispatch.follow-ms:3000}")
	void follow() {
		if (this.started) {
			this.models.follow();
			this.thresholds.follow();
		}
	}

	@Scheduled(cron = "${hotline.dispatch.retrain-cron:0 30 2 * * SUN}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "dispatch-retrain", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
	void scheduled() {
		retrain("schedule");
	}

	private void retrain(String trigger) {
		try {
			this.models.train(trigger, Actor.system());
		}
		catch (Problem ex) {
			log.info("no dispatch model training ({}): {}", trigger, ex.getMessage());
		}
	}

}
