package io.hotline.analytics.kpi;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * The daily rollups of the settled order facts ({@link FactCube}s: {@code order_fact_day}
 * with one row per day and combination of unit, category, district, street, channel and
 * type, and narrower ones by fewer keys), with the counts of {@link FactCounts}, so that
 * a report of a quarter or a year reads thousands of rows instead of millions of facts.
 * Statement triggers on {@code order_fact} keep it: each statement adds the facts that
 * became settled and takes away those that were (from the transition tables, grouped, in
 * the order of the keys so that concurrent writers lock rows alike). A repeatable Flyway
 * migration made from {@link Kpi}: when a rate's definition changes, its checksum changes
 * and the next start makes the table, its triggers and its rows again from the facts
 * (under Flyway's lock: one instance of a cluster does it).
 */
@Component
class FactDayRollup implements JavaMigration {

	/** A settled fact's rates are judged as by any moment after it closed. */
	private static final String SETTLED = " f cross join (select cast('infinity' as timestamptz) as now) p where f.settled";

	/** The keys' columns as {@code order_fact} has them. */
	private static final Map<String, String> KEY_TYPES = Map.of("created_day", "created_day date not null", "unit_id",
			"unit_id bigint", "category_code", "category_code varchar(32)", "district_code",
			"district_code varchar(12)", "street_code", "street_code varchar(12)", "channel",
			"channel varchar(16) not null", "type", "type varchar(16) not null");

	private final List<String> statements = statements();

	private static List<String> statements() {
		List<String> names = FactCounts.names();
		String columns = names.stream()
			.map((name) -> name + (name.equals("handling_days") ? " double precision not null" : " integer not null"))
			.collect(Collectors.joining(", "));
		String sums = names.stream().map((name) -> "coalesce(sum(" + name + "), 0)").collect(Collectors.joining(", "));
		String changed = names.stream().map((name) -> "sum(" + name + ") <> 0").collect(Collectors.joining(" or "));
		String added = names.stream()
			.map((name) -> name + " = d." + name + " + excluded." + name)
			.collect(Collectors.joining(", "));
		List<String> dropped = new ArrayList<>();
		List<String> made = new ArrayList<>();
		List<String> filled = new ArrayList<>();
		List<String> plus = new ArrayList<>();
		List<String> both = new ArrayList<>();
		List<String> minus = new ArrayList<>();
		for (FactCube cube : FactCube.ALL) {
			String keys = String.join(", ", cube.keys());
			String settledAdded = "select " + prefixed(keys) + ", " + FactCounts.of("p.now", "1") + " from new_rows"
					+ SETTLED;
			String settledTaken = "select " + prefixed(keys) + ", " + FactCounts.of("p.now", "-1") + " from old_rows"
					+ SETTLED;
			String upsert = "insert into " + cube.table() + " as d (" + keys + ", " + String.join(", ", names)
					+ ") select " + keys + ", " + sums + " from (%s) c group by " + keys + " having " + changed
					+ " order by " + keys + " on conflict (" + keys + ") do update set " + added;
			dropped.add("drop table if exists " + cube.table());
			made.add("create table " + cube.table() + " ("
					+ cube.keys().stream().map(KEY_TYPES::get).collect(Collectors.joining(", ")) + ", " + columns
					+ ", unique nulls not distinct (" + keys + "))");
			filled.add("insert into " + cube.table() + " (" + keys + ", " + String.join(", ", names) + ") select "
					+ keys + ", " + sums + " from (" + settledAdded.replace("new_rows", "order_fact") + ") c group by "
					+ keys);
			plus.add(upsert.formatted(settledAdded));
			both.add(upsert.formatted(settledAdded + " union all " + settledTaken));
			minus.add(upsert.formatted(settledTaken));
		}
		List<String> statements = new ArrayList<>();
		for (String event : List.of("insert", "update", "delete", "truncate")) {
			statements.add("drop trigger if exists order_fact_day_" + event + " on order_fact");
		}
		statements.addAll(dropped);
		statements.addAll(made);
		String anyAdded = "exists (select 1 from new_rows where settled)";
		String anyTaken = "exists (select 1 from old_rows where settled)";
		statements.add(function("order_fact_day_added", anyAdded, plus));
		statements.add(function("order_fact_day_changed", anyAdded + " or " + anyTaken, both));
		statements.add(function("order_fact_day_removed", anyTaken, minus));
		statements.add(function("order_fact_day_emptied", "true",
				FactCube.ALL.stream().map((c) -> "truncate " + c.table()).toList()));
		statements.addAll(List.of(
				"create trigger order_fact_day_insert after insert on order_fact referencing new table as new_rows"
						+ " for each statement execute function order_fact_day_added()",
				"create trigger order_fact_day_update after update on order_fact referencing old table as old_rows"
						+ " new table as new_rows for each statement execute function order_fact_day_changed()",
				"create trigger order_fact_day_delete after delete on order_fact referencing old table as old_rows"
						+ " for each statement execute function order_fact_day_removed()",
				"create trigger order_fact_day_truncate after truncate on order_fact"
						+ " for each statement execute function order_fact_day_emptied()"));
		statements.addAll(filled);
		return statements;
	}

	private static String prefixed(String keys) {
		return "f." + keys.replace(", ", ", f.");
	}

	/**
	 * A trigger function doing the statements when the condition holds: most statements
	 * write facts of open orders, and need only the one look.
	 */
	private static String function(String name, String condition, List<String> statements) {
		return "create or replace function " + name + "() returns trigger language plpgsql as $$ begin if " + condition
				+ " then " + String.join("; ", statements) + "; end if; return null; end $$";
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
