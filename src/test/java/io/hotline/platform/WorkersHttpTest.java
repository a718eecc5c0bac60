package io.hotline.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background worker survives a failed item: the items after it run, the failure is
 * counted on {@code /actuator/metrics} (for administrators only) and nothing is thrown to
 * whoever gave the item.
 */
@HotlineTest
class WorkersHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Workers workers;

	@Test
	void aFailedItemIsCountedAndTheWorkerGoesOn() {
		Worker worker = this.workers.create("test-failing", 10);
		AtomicInteger done = new AtomicInteger();
		worker.execute(() -> {
			throw new IllegalStateException("a broken item");
		});
		worker.execute(done::incrementAndGet);
		worker.execute(() -> {
			throw new IllegalStateException("a broken item");
		});
		worker.execute(done::incrementAndGet);
		worker.settle(Duration.ofSeconds(10));
		assertThat(done.get()).isEqualTo(2);
		assertThat(worker.failures()).isEqualTo(2.0);

		Api.Response metric = Api.as(this.port, "admin")
			.get("/actuator/metrics/hotline.worker.failures?tag=worker:test-failing");
		assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
		JsonNode measurement = metric.body().get("measurements").get(0);
		assertThat(measurement.get("value").asDouble()).isEqualTo(2.0);
		assertThat(Api.as(this.port, "agent1").get("/actuator/metrics/hotline.worker.failures").status())
			.isEqualTo(403);
		assertThat(Api.as(this.port, "admin").get("/actuator/metrics/hotline.worker.queued").status()).isEqualTo(200);
	}

}
