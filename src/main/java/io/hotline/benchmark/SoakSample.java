package io.hotline.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the soak watches of the process at one moment: the heap in use after a full
 * collection, live threads, the database's size, and the requests and errors so far.
 */
record SoakSample(Duration at, long heapAfterGc, int threads, long databaseBytes, long requests, long errors) {

	static SoakSample take(Duration at, JdbcTemplate jdbc, SoakStats stats) {
		long heap = measureHeapAfterGc();
		return new SoakSample(at, heap, ManagementFactory.getThreadMXBean().getThreadCount(),
				jdbc.queryForObject("select pg_database_size(current_database())", Long.class),
				(stats != null) ? stats.requests() : 0, (stats != null) ? stats.errors() : 0);
	}

	/**
	 * The heap in use right after a full collection ({@code System.gc()}): the sum of
	 * what each heap pool held after it (its collection usage), which leaves out what was
	 * allocated since, or the heap in use now where the pools do not tell.
	 */
	static long measureHeapAfterGc() {
		System.gc();
		long used = 0;
		boolean told = false;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage afterGc = (pool.getType() == MemoryType.HEAP) ? pool.getCollectionUsage() : null;
			if (afterGc != null) {
				used += afterGc.getUsed();
				told = true;
			}
		}
		return told ? used : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	long heapMib() {
		return this.heapAfterGc >> 20;
	}

}
