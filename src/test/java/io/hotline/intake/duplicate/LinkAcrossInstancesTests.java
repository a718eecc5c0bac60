package io.hotline.intake.duplicate;

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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two like orders registered at the same moment through two instances: each instance's
 * check finds the other order and links it. The pair is linked once, not both ways round
 * (the cluster test saw it stored twice).
 */
@HotlineTest
class LinkAcrossInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	RelatedOrders related;

	@Autowired
	RecentOrders recent;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoInstancesLinkingTheSamePairAtOnceStoreOneLink() throws Exception {
		long first = register("小区东门的路灯整夜不亮，行人看不清路", "13900000021");
		long second = register("楼下饭店油烟直排，熏得住户无法开窗", "13900000022");
		this.recent.settle();
		assertThat(links(first, second)).as("not linked at registration").isZero();
		CountDownLatch stored = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> one = instances.submit(() -> new TransactionTemplate(this.transactions).execute((tx) -> {
				boolean done = link(first, second);
				stored.countDown();
				await(commit);
				return done;
			}));
			assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
			// the other way round, while the first link is not committed yet: it does not
			// see it, and waits on the pair's index
			Future<Boolean> other = instances.submit(() -> link(second, first));
			Thread.sleep(500);
			assertThat(other.isDone()).as("the second insert waits for the first transaction").isFalse();
			commit.countDown();
			assertThat(one.get(30, TimeUnit.SECONDS)).isTrue();
			assertThat(other.get(30, TimeUnit.SECONDS)).as("the second link is not stored").isFalse();
		}
		finally {
			commit.countDown();
			instances.shutdown();
		}
		assertThat(links(first, second)).isEqualTo(1);
	}

	private long links(long first, long second) {
		return this.jdbc.sql("""
				select count(*) from order_link where (order_id = ? and related_order_id = ?)
				or (order_id = ? and related_order_id = ?)""")
			.params(first, second, second, first)
			.query(Long.class)
			.single();
	}

	private boolean link(long order, long other) {
		return this.related.store(order, other, "DUPLICATE", 0.9, List.of("words"), List.of("停水"), "system");
	}

	/** An order of its own matter: its registration links it to nothing. */
	private long register(String content, String phone) {
		return Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content + "（" + UUID.randomUUID() + "）",
							"caller", Map.of("phone", phone)))
			.id();
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
