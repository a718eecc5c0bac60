package io.hotline.analytics.monitor;

import java.time.Instant;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor's work does not grow with its windows and scopes: the volume detector reads
 * the order facts once for every window (an hour, a day, 30 days) and every scope (all,
 * category, district, street, unit), and looks a name up once a group, not once a fact.
 * Counted by PostgreSQL's statistics of the transaction
 * ({@code pg_stat_xact_user_tables}).
 */
@HotlineTest
class DetectorScansTest {

	@Autowired
	Surges surges;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theVolumeDetectorReadsTheFactsOnceAndEachNameOncePerGroup() {
		long facts = this.jdbc.sql("select count(*) from order_fact where created_at >= now() - interval '60 days'")
			.query(Long.class)
			.single();
		assertThat(facts).as("the demo's last 60 days have facts").isGreaterThan(100);
		this.transactions.executeWithoutResult((tx) -> {
			// the counts so far (those not yet reported by this connection included)
			long factScans = scans("order_fact");
			long categoryScans = scans("category");
			this.surges.detect(Instant.now());
			// one statement for every window and scope (there were 15); its plan counts a
			// read per process (the leader and up to two parallel workers), an index and
			// the heap apart
			assertThat(scans("order_fact") - factScans).as("one pass over the facts for every window and scope")
				.isBetween(1L, 6L);
			long groups = this.jdbc
				.sql("""
						select count(distinct category_code) from order_fact where created_at >= now() - interval '60 days'""")
				.query(Long.class)
				.single();
			assertThat(scans("category") - categoryScans).as("a category's name looked up once a group")
				.isLessThanOrEqualTo(groups);
		});
	}

	/**
	 * The scans of a table not yet reported by this connection, sequential and by index.
	 */
	private long scans(String table) {
		return this.jdbc.sql("""
				select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
				where relname = ?""").param(table).query(Long.class).optional().orElse(0L);
	}

}
