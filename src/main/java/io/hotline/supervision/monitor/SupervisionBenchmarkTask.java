package io.hotline.supervision.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.hotline.platform.HotlineTask;
import io.hotline.platform.TaskOptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-supervision [--runs 3] [--step PT0S]}: runs the monitors over every
 * order of the database in {@code HOTLINE_DATA_DIR} (commands run no schedule beside),
 * the i-th run as at now + (i - 1) × step (so that deadlines pass, reminders fall due and
 * cases escalate), each run timed, then counts the cases by kind and status: the figures
 * of {@code docs/supervision.md}. It writes cases, reminders and 督办 marks: run it on a
 * copy.
 */
@Component
class SupervisionBenchmarkTask implements HotlineTask {

	private final CaseRun run;

	private final JdbcClient jdbc;

	SupervisionBenchmarkTask(CaseRun run, JdbcClient jdbc) {
		this.run = run;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "benchmark-supervision";
	}

	@Override
	public String description() {
		return "time the supervision monitors over every order of the database: --runs 3";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		int runs = options.intValue("runs", 3);
		Duration step = Duration.parse(options.get("step").orElse("PT0S"));
		Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
		System.out.printf("machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("orders: %,d, open: %,d, at a unit: %,d%n", count("select count(*) from work_order"),
				count("select count(*) from work_order where status <> 'CLOSED'"),
				count("select count(*) from work_order where status in ('DISPATCHED', 'HANDLING')"));
		for (int i = 1; i <= runs; i++) {
			Instant at = start.plus(step.multipliedBy(i - 1));
			RunResult r = this.run.run(Scope.all(), "benchmark", at);
			System.out.printf(
					"run %d at %s: %,d ms (marking %,d ms) — opened %,d, closed %,d, escalated %,d, reminded %,d, marked %,d, suspicious %,d%n",
					i, at, r.millis(), r.markMillis(), r.opened(), r.closed(), r.escalated(), r.reminded(), r.marked(),
					r.suspicious());
		}
		this.jdbc.sql("select kind, status, count(*) from supervision_case group by kind, status order by kind, status")
			.query((rs, n) -> "%-14s %-10s %,d".formatted(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list()
			.forEach(System.out::println);
		return 0;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
