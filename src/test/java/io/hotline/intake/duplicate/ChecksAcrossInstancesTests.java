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
import java.util.function.Supplier;

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
 * Two instances' duplicate checks at once (each checks the orders registered through it,
 * and learns the others' within 500 ms). Deciding that an event has become a collective
 * case, the second waits until the first has made the case, then joins it, rather than
 * making a second case of the same event in the same place. Linking two like orders
 * registered at the same moment, each finding the other, the pair is linked once, not
 * both ways round (the cluster test saw it stored twice).
 */
@HotlineTest
class ChecksAcrossInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	CollectiveCases cases;

	@Autowired
	RelatedOrders related;

	@Autowired
	RecentOrders recent;

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
		Race<Long> race = race(() -> this.cases.consider(atFirst, List.of(match(seenFirst)), 2, window),
				() -> this.cases.consider(atSecond, List.of(match(seenSecond)), 2, window));
		assertThat(race.second()).as("the case the second check put its order in").isEqualTo(race.first());
	}

	@Test
	void twoInstancesLinkingTheSamePairAtOnceStoreOneLink() throws Exception {
		long first = register("小区东门的路灯整夜不亮，行人看不清路", "13900000021");
		long second = register("楼下饭店油烟直排，熏得住户无法开窗", "13900000022");
		this.recent.settle();
		assertThat(links(first, second)).as("not linked at registration").isZero();
		// the other way round, while the first link is not committed yet: it does not see
		// it, and waits on the pair's index
		Race<Boolean> race = race(() -> link(first, second), () -> link(second, first));
		assertThat(race.secondWaited()).as("the second insert waits for the first transaction").isTrue();
		assertThat(race.first()).isTrue();
		assertThat(race.second()).as("the second link is not stored").isFalse();
		assertThat(links(first, second)).isEqualTo(1);
	}

	/**
	 * The first runs in a transaction held open while the second runs; half a second
	 * later the first commits. Whether the second was still waiting then, and both
	 * results.
	 */
	private <T> Race<T> race(Supplier<T> first, Supplier<T> second) throws Exception {
		CountDownLatch done = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			Future<T> one = instances.submit(() -> new TransactionTemplate(this.transactions).execute((tx) -> {
				T result = first.get();
				done.countDown();
				await(commit);
				return result;
			}));
			assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
			Future<T> other = instances.submit(second::get);
			Thread.sleep(500);
			boolean waited = !other.isDone();
			commit.countDown();
			return new Race<>(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS), waited);
		}
		finally {
			commit.countDown();
			instances.shutdown();
		}
	}

	private boolean link(long order, long other) {
		return this.related.store(order, other, "DUPLICATE", 0.9, List.of("words"), List.of("停水"), "system");
	}

	private long links(long first, long second) {
		return this.jdbc.sql("""
				select count(*) from order_link where (order_id = ? and related_order_id = ?)
				or (order_id = ? and related_order_id = ?)""")
			.params(first, second, second, first)
			.query(Long.class)
			.single();
	}

	/** An order of its own matter: its registration links it to nothing. */
	private long register(String content, String phone) {
		return Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content + "（" + UUID.randomUUID() + "）",
							"caller", Map.of("phone", phone)))
			.id();
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
		long id = register("集群测试的诉求内容，各不相同", phone);
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

	/**
	 * What two racing calls gave, and whether the second waited for the first's commit.
	 */
	record Race<T>(T first, T second, boolean secondWaited) {

	}

}
