package io.hotline.benchmark;

import io.hotline.HotlineApplication;
import io.hotline.platform.CommandLineTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The province benchmark on a small count, on a platform of its own (the test settings: a
 * small demo history, no meanings): it grows the orders to each checkpoint by copying the
 * demo's year, prints every figure at each, and exits 0 with no request failed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProvinceBenchmarkTests {

	@Test
	void printsEveryFigureAtEachCheckpointAndExitsZero(CapturedOutput output) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HotlineApplication.class)
			.web(WebApplicationType.SERVLET)
			.profiles("serving-task", "test")
			.run("benchmark-province", "--orders", "12000", "--checkpoints", "8000,12000", "--intake", "64",
					"--queries", "10", "--cockpit-repeats", "1", "--hotline.demo.history-orders=2000");
		int exit = SpringApplication.exit(context);
		String printed = output.getOut();
		assertThat(printed).contains("== at 8,000 orders ==", "== at 12,000 orders ==", "generated to 12,000 orders");
		String last = printed.substring(printed.indexOf("== at 12,000 orders =="));
		assertThat(last).contains("intake over HTTP: 64 orders", "unit inbox (1 client): 10 queries",
				"search q=words found nowhere", "list unit inbox, overdue card",
				"cockpit GET /api/analytics/kpi-report", "monitor run (all detectors", "cockpit slowest p95",
				"list export csv (3 days, ", "supervision run: ", "hotspots (found again): ", "open-data export (",
				"backup: ", "restore: ", "database size: ", "work_order ");
		assertThat(last).containsPattern("restore: [0-9.]+ s, 12,[0-9]{3} orders restored");
		assertThat(printed).doesNotContainPattern("[1-9][0-9]* failed").contains("no request failed");
		assertThat(exit).isZero();
	}

	@Test
	void readsTheCheckpointsInIncreasingOrderUpToTheOrders() {
		assertThat(ProvinceBenchmarkTask.checkpoints("10000000, 1000000,250000,20000000", 10_000_000))
			.containsExactly(250_000L, 1_000_000L, 10_000_000L);
		assertThatIllegalArgumentException().isThrownBy(() -> ProvinceBenchmarkTask.checkpoints("a,b", 100))
			.withMessageContaining("--checkpoints");
		assertThatIllegalArgumentException().isThrownBy(() -> ProvinceBenchmarkTask.checkpoints("0", 100))
			.withMessageContaining("--checkpoints");
	}

	@Test
	void servesOnALoopbackPortOfItsOwn() {
		assertThat(CommandLineTasks.servesHttp(new String[] { "benchmark-province" })).isTrue();
	}

}
