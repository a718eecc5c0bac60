package io.hotline.workforce.roster.web;

import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workforce.roster.Roster;
import io.hotline.workforce.roster.RosterResult;
import io.hotline.workforce.roster.RosterSolver;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Roster solves as background jobs ({@code workforce_roster_solve}): a job is recorded
 * QUEUED, solved on this instance's worker thread (one solve at a time: the solver uses a
 * core to the full), RUNNING with its best score so far, then SOLVED with the draft it
 * saved or FAILED with the reason. At most one open job a month in the cluster (a unique
 * index); a job whose instance stopped is closed as FAILED once it is overdue.
 */
@Component
class RosterSolves {

	private static final Logger log = LoggerFactory.getLogger(RosterSolves.class);

	/** How long past its time limit a running job may go before it counts as lost. */
	private static final Duration GRACE = Duration.ofMinutes(5);

	/** How long a job may wait for the worker before it counts as lost. */
	private static final Duration QUEUED_AT_MOST = Duration.ofHours(1);

	/** How often the best score so far is written (the solver finds many). */
	private static final long SCORE_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

	private final JdbcClient jdbc;

	private final RosterStore store;

	private final AuditTrail audit;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "roster-solve");
		thread.setDaemon(true);
		return thread;
	});

	RosterSolves(JdbcClient jdbc, RosterStore store, AuditTrail audit) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * Records the job and hands it to the worker; 409 while the month has an open job.
	 */
	Map<String, Object> start(YearMonth month, int seconds, String demandFrom, Roster roster, Actor actor) {
		closeLost();
		long id;
		try {
			id = this.jdbc.sql("""
					insert into workforce_roster_solve (month, state, seconds, demand_from, started_by)
					values (?, 'QUEUED', ?, ?, ?) returning id""")
				.params(month.atDay(1), seconds, demandFrom, actor.username())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.conflict("workforce.roster.solve-running", month);
		}
		this.audit.record(actor.username(), "workforce.roster.solve-start", "roster-solve:" + id, "OK",
				month + ", " + seconds + " s, demand from " + demandFrom);
		this.worker.execute(() -> solve(id, month, seconds, roster, actor));
		return job(id);
	}

	/**
	 * The job: its state, its progress while it runs, its roster's figures once solved.
	 */
	Map<String, Object> job(long id) {
		return this.jdbc.sql("""
				select s.*, extract(epoch from (coalesce(s.finished_at, now()) - s.started_at)) as elapsed,
				r.hard_violations, r.hours_under, r.hours_over
				from workforce_roster_solve s left join workforce_roster r on r.id = s.roster_id where s.id = ?""")
			.param(id)
			.query((rs, n) -> {
				Map<String, Object> job = new LinkedHashMap<>();
				job.put("id", rs.getLong("id"));
				job.put("month", YearMonth.from(rs.getDate("month").toLocalDate()).toString());
				String state = rs.getString("state");
				job.put("state", state);
				job.put("seconds", rs.getInt("seconds"));
				job.put("demandFrom", rs.getString("demand_from"));
				job.put("startedBy", rs.getString("started_by"));
				job.put("createdAt", rs.getTimestamp("created_at").toInstant());
				job.put("startedAt",
						(rs.getTimestamp("started_at") != null) ? rs.getTimestamp("started_at").toInstant() : null);
				job.put("finishedAt",
						(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null);
				double elapsed = rs.getDouble("elapsed");
				job.put("elapsedSeconds", Math.round(elapsed * 10) / 10.0);
				job.put("progress", switch (state) {
					case "QUEUED" -> 0.0;
					case "RUNNING" -> Math.min(0.99, Math.round(elapsed / rs.getInt("seconds") * 100) / 100.0);
					default -> 1.0;
				});
				job.put("score", rs.getString("best_score"));
				Number roster = (Number) rs.getObject("roster_id");
				job.put("rosterId", (roster != null) ? roster.longValue() : null);
				Number hard = (Number) rs.getObject("hard_violations");
				job.put("hardViolations", (hard != null) ? hard.longValue() : null);
				job.put("hoursUnder", (rs.getObject("hours_under") != null) ? rs.getDouble("hours_under") : null);
				job.put("hoursOver", (rs.getObject("hours_over") != null) ? rs.getDouble("hours_over") : null);
				job.put("error", rs.getString("error"));
				return job;
			})
			.optional()
			.orElseThrow(() -> Problem.notFound("workforce.roster.solve-not-found", id));
	}

	/** The month's latest job, empty where none was started. */
	Map<String, Object> latest(YearMonth month) {
		return this.jdbc.sql("select max(id) from workforce_roster_solve where month = ?")
			.param(month.atDay(1))
			.query(Long.class)
			.optional()
			.map(this::job)
			.orElse(Map.of());
	}

	private void solve(long id, YearMonth month, int seconds, Roster roster, Actor actor) {
		try {
			this.jdbc.sql("update workforce_roster_solve set state = 'RUNNING', started_at = now() where id = ?")
				.param(id)
				.update();
			long[] written = { System.nanoTime() };
			RosterResult result = new RosterSolver(Duration.ofSeconds(seconds)).solve(roster, (score) -> {
				if (System.nanoTime() - written[0] >= SCORE_EVERY_NANOS) {
					written[0] = System.nanoTime();
					this.jdbc.sql("update workforce_roster_solve set best_score = ? where id = ?")
						.params(score, id)
						.update();
				}
			});
			long rosterId = this.store.saveDraft(month, result, actor);
			this.jdbc.sql("""
					update workforce_roster_solve set state = 'SOLVED', finished_at = now(), best_score = ?,
					roster_id = ? where id = ?""").params(result.score().toString(), rosterId, id).update();
		}
		catch (RuntimeException | LinkageError ex) {
			log.warn("roster solve {} of {} failed", id, month, ex);
			this.jdbc
				.sql("update workforce_roster_solve set state = 'FAILED', finished_at = now(), error = ? where id = ?")
				.params(String.valueOf(ex.getMessage()), id)
				.update();
			this.audit.record(actor.username(), "workforce.roster.solve-failed", "roster-solve:" + id, "FAILED",
					String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Closes the open jobs of an instance that stopped (overdue), so the month is free
	 * again.
	 */
	private void closeLost() {
		this.jdbc.sql("""
				update workforce_roster_solve set state = 'FAILED', finished_at = now(),
				error = 'the instance solving it stopped' where (state = 'RUNNING'
				and started_at < now() - make_interval(secs => seconds) - cast(? as interval))
				or (state = 'QUEUED' and created_at < now() - cast(? as interval))""")
			.params(GRACE.toSeconds() + " seconds", QUEUED_AT_MOST.toSeconds() + " seconds")
			.update();
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
