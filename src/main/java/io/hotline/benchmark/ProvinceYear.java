package io.hotline.benchmark;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grows the database to a province's year of orders by copying the demo's year (orders of
 * every channel, type, category, district and unit, lived through {@code DemoHistory}
 * with their timelines) in set-based SQL: each copy is a new order with the same
 * registration, state and timeline as its template, and the same order fact (a fact is
 * made from the order and its timeline only), so the cockpit reads a year of the demo's
 * shape at the province's volume. The copies' numbers start with {@code P}; they have no
 * request id and write no event publication (nothing reacts to them).
 */
final class ProvinceYear {

	private static final int BATCH = 100_000;

	/**
	 * The tables of an order's own rows that are copied with it, and their order column.
	 */
	private static final List<String[]> PER_ORDER = List.of(new String[] { "work_order_event", "order_id" },
			new String[] { "work_order_co_unit", "order_id" }, new String[] { "order_fact", "order_id" });

	private final JdbcTemplate jdbc;

	private long templates = -1;

	ProvinceYear(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds copies until the database holds at least {@code total} orders; the first call
	 * takes the orders stored then as the templates. Returns how many orders it holds.
	 */
	long grow(long total, LongConsumer progress) {
		if (this.templates < 0) {
			this.jdbc.execute("drop table if exists benchmark_province_template");
			this.jdbc.execute("""
					create unlogged table benchmark_province_template as
					select (row_number() over (order by id))::bigint - 1 as seq, id from work_order""");
			this.jdbc.execute("alter table benchmark_province_template add primary key (seq)");
			this.templates = this.jdbc.queryForObject("select count(*) from benchmark_province_template", Long.class);
		}
		if (this.templates == 0) {
			throw new IllegalStateException("no orders to copy: the platform seeds the demo's year on a fresh start");
		}
		this.jdbc
			.execute("create unlogged table if not exists benchmark_province_copy (template_id bigint, id bigint)");
		long count = count();
		TransactionTemplate batch = new TransactionTemplate(
				new DataSourceTransactionManager(Objects.requireNonNull(this.jdbc.getDataSource())));
		for (long from = count; from < total; from += BATCH) {
			long start = from;
			long to = Math.min(total, from + BATCH);
			// a batch's orders commit with their facts and timelines: the facts' catch-up
			// never sees a copy without its fact (it would make one beside the copy's)
			batch.executeWithoutResult((tx) -> copy(start, to));
			progress.accept(to);
		}
		this.jdbc.execute("analyze");
		return count();
	}

	private void copy(long from, long to) {
		this.jdbc.execute("truncate benchmark_province_copy");
		this.jdbc.update("""
				insert into benchmark_province_copy
				select t.id, nextval('work_order_id_seq') from generate_series(?::bigint, ?::bigint - 1) g
				join benchmark_province_template t on t.seq = g % ?""", from, to, this.templates);
		// its statistics make the copies' joins read the templates' rows by index
		this.jdbc.execute("analyze benchmark_province_copy");
		this.jdbc
			.update("insert into work_order (id, number, " + columns("work_order", "", "id", "number", "request_id")
					+ ") select c.id, 'P' || lpad(c.id::text, 11, '0'), "
					+ columns("work_order", "o.", "id", "number", "request_id")
					+ " from benchmark_province_copy c join work_order o on o.id = c.template_id");
		for (String[] table : PER_ORDER) {
			copyRows(table[0], table[1]);
		}
	}

	/** Removes the task's own working tables. */
	void dropWorkingTables() {
		this.jdbc.execute("drop table if exists benchmark_province_template, benchmark_province_copy");
	}

	long count() {
		return this.jdbc.queryForObject("select count(*) from work_order", Long.class);
	}

	private void copyRows(String table, String orderColumn) {
		this.jdbc.update("insert into " + table + " (" + orderColumn + ", " + columns(table, "", orderColumn)
				+ ") select c.id, " + columns(table, "r.", orderColumn) + " from benchmark_province_copy c join "
				+ table + " r on r." + orderColumn + " = c.template_id");
	}

	/**
	 * The table's columns that a copy carries over, each with the prefix: all but those
	 * named, the generated ones and those numbered by a sequence.
	 */
	private String columns(String table, String prefix, String... except) {
		List<String> names = this.jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
				  and coalesce(column_default, '') not like 'nextval(%' and column_name::text <> all (?::text[])
				order by ordinal_position""", String.class, table, except);
		return String.join(", ", names.stream().map((name) -> prefix + name).toList());
	}

}
