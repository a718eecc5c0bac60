package io.hotline.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Divisions;
import io.hotline.org.Organisation;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.StartupOrder;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of history on the first start of a demo: about
 * {@code hotline.demo.history-orders} orders over the 365 days before today, so that
 * lists, statistics and the analytics have something real-looking to show. Seeded random,
 * so that every first start on the same day writes the same history; all or nothing, in
 * one transaction.
 */
@Component
@Profile("!task")
@Order(StartupOrder.HISTORY)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private static final long SEED = 12345L;

	private final HotlineProperties properties;

	private final DemoOrders orders;

	private final HistoryWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int total;

	DemoHistory(HotlineProperties properties, DemoOrders orders, HistoryWriter writer, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${hotline.demo.history-orders:120000}") int total) {
		this.properties = properties;
		this.orders = orders;
		this.writer = writer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.total = total;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo().enabled() || this.total <= 0
				|| this.jdbc.sql("select exists (select 1 from work_order)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Long written = this.transactions.execute((status) -> write(now));
		log.info("Demo history: {} orders over the last 365 days in {} ms", written,
				(System.nanoTime() - started) / 1_000_000);
	}

	private long write(Instant now) {
		Random random = new Random(SEED);
		DemoOrders.Script script = this.orders.script(this.properties.jurisdiction(), now);
		if (script == null) {
			log.warn("Demo history: no streets or categories to make orders of; none written");
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
		Map<LocalDate, Integer> days = DemoVolume.perDay(today.minusDays(365), today, this.total, script::workingDay,
				random);
		List<HistoricalOrder> batch = new ArrayList<>(HistoryImport.BATCH);
		long written = 0;
		int number = 0;
		for (Map.Entry<LocalDate, Integer> day : days.entrySet()) {
			for (int i = 0; i < day.getValue(); i++) {
				HistoricalOrder order = script.order(++number, day.getKey(), random);
				if (order != null) {
					batch.add(order);
				}
				if (batch.size() == HistoryImport.BATCH) {
					written += this.writer.write(batch).inserted();
					batch.clear();
				}
			}
		}
		return written + this.writer.write(batch).inserted();
	}

}
