package io.hotline.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed is polled every period where the platform serves, a failing poll is logged once
 * (and once again when it reads again) and retried, and nothing is polled once stopped or
 * in a command-line task.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChangeFeedsTests {

	@Test
	void aFailingPollIsLoggedOnceAndRetried(CapturedOutput output) throws InterruptedException {
		ChangeFeeds feeds = new ChangeFeeds(true, Duration.ofMillis(10));
		AtomicInteger polls = new AtomicInteger();
		feeds.follow("test", () -> {
			if (polls.incrementAndGet() <= 5) {
				throw new IllegalStateException("database away");
			}
		});
		feeds.start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (polls.get() < 8 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}
		finally {
			feeds.stop();
		}
		assertThat(polls.get()).as("retried after failures").isGreaterThanOrEqualTo(8);
		int stopped = polls.get();
		Thread.sleep(100);
		assertThat(polls.get()).as("not polled once stopped").isEqualTo(stopped);
		assertThat(output.getOut().split("change feed test could not be read", -1)).as("logged once").hasSize(2);
		assertThat(output.getOut()).contains("change feed test read again after 5 failed polls");
	}

	@Test
	void nothingIsPolledInACommandLineTask() throws InterruptedException {
		ChangeFeeds feeds = new ChangeFeeds(false, Duration.ofMillis(10));
		AtomicInteger polls = new AtomicInteger();
		feeds.follow("test", polls::incrementAndGet);
		feeds.start();
		Thread.sleep(100);
		feeds.stop();
		assertThat(feeds.follows()).isFalse();
		assertThat(polls.get()).isZero();
	}

}
