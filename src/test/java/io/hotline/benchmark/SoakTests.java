package io.hotline.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.hotline.platform.CommandLineTasks;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's mixed load, a few seconds of it against the shared platform: every kind of
 * request is made, every order goes through its lifecycle, and nothing fails.
 */
@HotlineTest
class SoakTests {

	@LocalServerPort
	int port;

	@Test
	void makesEveryKindOfRequestWithoutAnError() throws Exception {
		SoakLoad load = new SoakLoad(this.port, "demo");
		SoakStats stats = new SoakStats(20);
		List<SoakKind> kinds = Arrays.stream(SoakKind.values()).filter(SoakKind::expected).toList();
		try (LoggedErrors logged = LoggedErrors.attach()) {
			for (int round = 0; round < 12 && kinds.stream().anyMatch((k) -> stats.requests(k) == 0); round++) {
				load.run(4, Duration.ofSeconds(5), stats);
			}
			assertThat(kinds).allSatisfy((kind) -> assertThat(stats.requests(kind)).as(kind.label()).isPositive());
			assertThat(stats.errors())
				.as(() -> kinds.stream().flatMap((k) -> stats.failures(k).stream()).reduce("", (a, b) -> a + "\n" + b))
				.isZero();
			assertThat(logged.errors()).as(() -> String.join("\n", logged.lines())).isZero();
		}
	}

	@Test
	void servesOnALoopbackPortOfItsOwn() {
		assertThat(CommandLineTasks.servesHttp(new String[] { "soak", "--minutes", "1" })).isTrue();
	}

	@Test
	void allowsTheHeapToGrowByTheMoreOf64MibAndAFifth() {
		long mib = 1024 * 1024;
		assertThat(SoakReport.allowedGrowth(100 * mib)).isEqualTo(64 * mib);
		assertThat(SoakReport.allowedGrowth(1000 * mib)).isEqualTo(200 * mib);
	}

	@Test
	void failsOnAnErrorAndOnTheHeapGrowingBeyondItsRoom() {
		long mib = 1024 * 1024;
		SoakSample start = new SoakSample(Duration.ZERO, 100 * mib, 30, 0, 0, 0);
		SoakSample end = new SoakSample(Duration.ofMinutes(3), 165 * mib, 30, 0, 10, 1);
		SoakStats stats = new SoakStats(0);
		stats.request(SoakKind.INTAKE, 1_000_000);
		try (LoggedErrors logged = LoggedErrors.attach()) {
			SoakReport clean = new SoakReport("soak", new SoakStats(0), stats, 180, start, List.of(),
					new SoakSample(Duration.ofMinutes(3), 164 * mib, 30, 0, 1, 0), logged);
			assertThat(clean.problems()).isEmpty();
			assertThat(clean.text()).contains("PASSED");
			stats.failure(SoakKind.INTAKE, "POST /api/orders: 500");
			SoakReport failed = new SoakReport("soak", new SoakStats(0), stats, 180, start, List.of(), end, logged);
			assertThat(failed.problems()).containsExactly("1 requests failed",
					"the heap after GC grew by 65 MiB, more than the 64 MiB allowed");
			assertThat(failed.text()).contains("POST /api/orders: 500").contains("FAILED");
		}
	}

	@Test
	void readsPercentilesFromBucketsFivePercentWide() {
		LatencyHistogram histogram = new LatencyHistogram();
		for (int ms = 1; ms <= 100; ms++) {
			histogram.record(ms * 1_000_000L);
		}
		assertThat(histogram.count()).isEqualTo(100);
		assertThat(histogram.percentileMillis(50)).isBetween(48.0, 52.5);
		assertThat(histogram.percentileMillis(99)).isBetween(96.0, 104.0);
	}

}
