package io.hotline.intake.duplicate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.workorder.Status;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' duplicate checks deciding at once that an event has become a collective
 * case (each checks the orders registered through it, and learns the others' within 500
 * ms): the second waits until the first has made the case, then joins it, rather than
 * making a second case of the same event in the same place.
 */
@HotlineTest
class CollectiveCaseAcrossInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	CollectiveCases cases;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondOfTwoChecksAtOnceJoinsTheCaseTheFirstMade() throws Exception {
		String place = place();
		Indexed earlier = indexed(place, "13900000001");
		race(indexed(place, "13900000002"), earlier, indexed(place, "13900000003"), earlier);
		assertThat(casesAt(place)).isEqualTo(1);
		assertThat(callersAt(place)).isEqualTo(3);
	}

	/**
	 * The callers of a sudden event through two instances at once, each instance seeing
	 * only its own: no order in common, the same place and words.
	 */
	@Test
	void twoChecksOfTheSameEventWithoutACommonOrderMakeOneCase() throws Exception {
		String place = place();
		race(indexed(place, "13900000012"), indexed(place, "13900000011"), indexed(place, "13900000014"),
				indexed(place, "13900000013"));
		assertThat(casesAt(place)).isEqualTo(1);
		assertThat(callersAt(place)).isEqualTo(4);
	}

	/**
	 * The first check makes its case and holds its transaction open while the second
	 * check runs; both end in the same case.
	 */
	private void race(Indexed atFirst, Indexed seenFirst, Indexed atSecond, Indexed seenSecond) throws Exception {
		Instant window = Instant.now().minus(Duration.ofHours(48));
		CountDownLatch made = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = instances.submit(() -> new TransactionTemplate(this.transactions).execute((tx) -> {
				Long id = this.cases.consider(atFirst, List.of(match(seenFirst)), 2, window);
				made.countDown();
				await(commit);
				return id;
			}));
			assertThat(made.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Long> second = instances
				.submit(() -> this.cases.consider(atSecond, List.of(match(seenSecond)), 2, window));
			// the second check runs while the first's case is not committed yet
			Thread.sleep(500);
			commit.countDown();
			long made1 = first.get(30, TimeUnit.SECONDS);
			assertThat(second.get(30, TimeUnit.SECONDS)).as("the case the second check put its order in")
				.isEqualTo(made1);
		}
		finally {
			commit.countDown();
			instances.shutdown();
		}
	}

	/**
	 * A place of its own, so that nothing else joins: a community code no division has.
	 */
	private static String place() {
		return "9" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
	}

	private long casesAt(String place) {
		return this.jdbc.sql("select count(*) from collective_case where place_code = ?")
			.param(place)
			.query(Long.class)
			.single();
	}

	private int callersAt(String place) {
		return this.jdbc.sql("select callers from collective_case where place_code = ?")
			.param(place)
			.query(Integer.class)
			.single();
	}

	/** A new order (no address: its registration makes no case) as the index keeps it. */
	private Indexed indexed(String community, String phone) {
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "集群测试的诉求内容，各不相同：" + UUID.randomUUID(),
							"caller", Map.of("phone", phone)))
			.id();
		return new Indexed(id, "N" + id, "停水", null, phone, community, null, null, Instant.now(), Status.REGISTERED,
				null, null);
	}

	private static Match match(Indexed order) {
		return new Match(order, 0.9, false, true, List.of("停水"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
