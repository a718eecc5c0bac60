package io.hotline.analytics.kpi;

import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * The daily rollup of the settled order facts ({@code order_fact_day}): one row per day
 * and combination of unit, category, district, street, channel and type, with the counts
 * of {@link FactCounts}, so that a report of a quarter or a year reads thousands of rows
 * instead of millions of facts. Statement triggers on {@code order_fact} keep it: each
 * statement adds the facts that became settled and takes away those that were (from the
 * transition tables, grouped, in the order of the keys so that concurrent writers lock
 * rows alike). A repeatable Flyway migration made from {@link Kpi}: when a rate's
 * definition changes, its checksum changes and the next start makes the table, its
 * triggers and its rows again from the facts (under Flyway's lock: one instance of a
 * cluster does it).
 */
@Component
class FactDayRollup implements JavaMigration {

	/** A settled fact's rates are judged as by any moment after it closed. */
	private static final String SETTLED = " f cross join (select cast('infinity' as timestamptz) as now) p where f.settled";

	private final List<String> statements = statements();

	private static List<String> statements() {
		String keys = String.join(", ", FactCounts.KEYS);
		List<String> names = FactCounts.names();
		String columns = names.stream()
			.map((name) -> name + (name.equals("handling_days") ? " double precision not null" : " integer not null"))
			.collect(Collectors.joining(", "));
		String keyColumns = "created_day date not null, unit_id bigint, category_code varchar(32), "
				+ "district_code varchar(12), street_code varchar(12), channel varchar(16) not null, "
				+ "type varchar(16) not null";
		String sums = names.stream().map((name) -> "coalesce(sum(" + name + "), 0)").collect(Collectors.joining(", "));
		String changed = names.stream().map((name) -> "sum(" + name + ") <> 0").collect(Collectors.joining(" or "));
		String added = names.stream()
			.map((name) -> name + " = d." + name + " + excluded." + name)
			.collect(Collectors.joining(", "));
		String plus = "select " + prefixed(keys) + ", " + FactCounts.of("p.now", "1") + " from new_rows" + SETTLED;
		String minus = "select " + prefixed(keys) + ", " + FactCounts.of("p.now", "-1") + " from old_rows" + SETTLED;
		String upsert = "insert into order_fact_day as d (" + keys + ", " + String.join(", ", names) + ") select "
				+ keys + ", " + sums + " from (%s) c group by " + keys + " having " + changed + " order by " + keys
				+ " on conflict (" + keys + ") do update set " + added;
		return List.of("drop trigger if exists order_fact_day_insert on order_fact",
				"drop trigger if exists order_fact_day_update on order_fact",
				"drop trigger if exists order_fact_day_delete on order_fact",
				"drop trigger if exists order_fact_day_truncate on order_fact", "drop table if exists order_fact_day",
				"create table order_fact_day (" + keyColumns + ", " + columns + ", unique nulls not distinct (" + keys
						+ "))",
				function("order_fact_day_added", upsert.formatted(plus)),
				function("order_fact_day_changed", upsert.formatted(plus + " union all " + minus)),
				function("order_fact_day_removed", upsert.formatted(minus)),
				function("order_fact_day_emptied", "truncate order_fact_day"),
				"create trigger order_fact_day_insert after insert on order_fact referencing new table as new_rows"
						+ " for each statement execute function order_fact_day_added()",
				"create trigger order_fact_day_update after update on order_fact referencing old table as old_rows"
						+ " new table as new_rows for each statement execute function order_fact_day_changed()",
				"create trigger order_fact_day_delete after delete on order_fact referencing old table as old_rows"
						+ " for each statement execute function order_fact_day_removed()",
				"create trigger order_fact_day_truncate after truncate on order_fact"
						+ " for each statement execute function order_fact_day_emptied()",
				"insert into order_fact_day (" + keys + ", " + String.join(", ", names) + ") select " + keys + ", "
						+ sums + " from (" + plus.replace("new_rows", "order_fact") + ") c group by " + keys);
	}

	private static String prefixed(String keys) {
		return "f." + keys.replace(", ", ", f.");
	}

	private static String function(String name, String statement) {
		return "create or replace function " + name + "() returns trigger language plpgsql as $$ begin " + statement
				+ "; return null; end $$";
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "order fact day rollup";
	}

	@Override
	public Integer getChecksum() {
		return String.join(";\n", this.statements).hashCode();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			for (String sql : this.statements) {
				statement.execute(sql);
			}
		}
	}

}
