package io.hotline.knowledge.articles;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.hotline.org.Actor;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article change whose number was taken before a higher one's, but committed after it,
 * is not skipped by the poll that follows the other instances: PostgreSQL's sequence
 * gives numbers at the write, not at the commit.
 */
@HotlineTest
class ArticlesElsewhereTests {

	@Autowired
	KnowledgeArticles articles;

	@Autowired
	ArticlesElsewhere elsewhere;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeCommittedAfterAHigherOneIsAwaitedAndRead() throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.elsewhere.tail().started() && System.nanoTime() < until) {
			this.elsewhere.poll();
			Thread.sleep(50);
		}
		String code = KnowledgeFixtures.code();
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		AtomicLong slowChange = new AtomicLong();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<Long> slow = writer.submit(() -> new TransactionTemplate(this.transactions).execute((status) -> {
			long id = this.articles.create(input("先写后提交 " + code), Actor.system()).id();
			slowChange.set(change(id));
			written.countDown();
			try {
				commit.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return id;
		}));
		try {
			assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
			long quick = this.articles.create(input("后写先提交 " + code), Actor.system()).id();
			assertThat(change(quick)).isGreaterThan(slowChange.get());
			this.elsewhere.poll();
			assertThat(this.elsewhere.tail().position()).isGreaterThanOrEqualTo(change(quick));
			assertThat(this.elsewhere.tail().awaited()).as("passed over, not committed yet").contains(slowChange.get());
		}
		finally {
			commit.countDown();
		}
		slow.get(60, TimeUnit.SECONDS);
		writer.shutdown();
		this.elsewhere.poll();
		assertThat(this.elsewhere.tail().awaited()).as("read once committed").doesNotContain(slowChange.get());
	}

	private long change(long id) {
		return this.jdbc.sql("select change_seq from knowledge_article where id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private static ArticleInput input(String title) {
		return new ArticleInput(title, "序号在写入时取得，提交可能晚于序号更大的修改。", List.of(), null, null, null, false, null, null,
				List.of("测试"), null);
	}

}
