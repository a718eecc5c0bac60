package io.hotline.workforce.roster.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.AgentDay;
import io.hotline.workforce.roster.Roster;
import io.hotline.workforce.roster.RosterResult;
import io.hotline.workforce.roster.ShiftTemplate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters in the database: the agents' profiles, templates and approved leave the solver
 * reads, the solved rosters (draft, then published) and their assignments. Every change
 * is audited.
 */
@Component
class RosterStore {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final RosterTables tables;

	RosterStore(JdbcClient jdbc, AuditTrail audit, RosterTables tables) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.tables = tables;
	}

	List<ShiftTemplate> shifts() {
		return this.tables.shifts(true);
	}

	List<Agent> agents(YearMonth month) {
		return this.tables.agents(month, true);
	}

	/** The previous month's published last days into the roster, pinned. */
	Roster carryOver(Roster roster) {
		this.tables.carryOver(roster);
		return roster;
	}

	@Transactional
	long saveDraft(YearMonth month, RosterResult result, Actor actor) {
		long id = this.jdbc
			.sql("""
					insert into workforce_roster (month, status, created_by, score, hard_violations, hours_under, hours_over)
					values (?, 'DRAFT', ?, ?, ?, ?, ?) returning id""")
			.params(month.atDay(1), actor.username(), result.score().toString(), result.hardViolations(),
					result.hoursUnder(), result.hoursOver())
			.query(Long.class)
			.single();
		for (AgentDay day : result.roster().getAgentDays()) {
			if (day.getShift() != null) {
				this.jdbc
					.sql("insert into workforce_assignment (roster_id, username, day, shift_code) values (?, ?, ?, ?)")
					.params(id, day.getAgent().id(), day.getDate(), day.getShift().code())
					.update();
			}
		}
		this.audit.record(actor.username(), "workforce.roster.solve", "roster:" + id, "OK", month + " " + result.score()
				+ ", under " + result.hoursUnder() + " h, over " + result.hoursOver() + " h");
		return id;
	}

	@Transactional
	void publish(long id, Actor actor) {
		LocalDate month = this.jdbc.sql("select month from workforce_roster where id = ? for update")
			.param(id)
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> Problem.notFound("workforce.roster-not-found", id));
		String status = this.jdbc.sql("select status from workforce_roster where id = ?")
			.param(id)
			.query(String.class)
			.single();
		if (!status.equals("DRAFT")) {
			throw Problem.conflict("workforce.roster-not-draft", id, status);
		}
		this.jdbc.sql("update workforce_roster set status = 'SUPERSEDED' where month = ? and status = 'PUBLISHED'")
			.param(month)
			.update();
		this.jdbc.sql("""
				update workforce_roster set status = 'PUBLISHED', published_by = ?, published_at = now()
				where id = ?""").params(actor.username(), id).update();
		this.audit.record(actor.username(), "workforce.roster.publish", "roster:" + id, "OK", month.toString());
	}

	Map<String, Object> roster(long id) {
		Map<String, Object> roster = this.jdbc.sql("""
				select id, month, status, created_by, created_at, published_by, published_at, score, hard_violations,
				       hours_under, hours_over
				from workforce_roster where id = ?""")
			.param(id)
			.query((rs, row) -> header(rs))
			.optional()
			.orElseThrow(() -> Problem.notFound("workforce.roster-not-found", id));
		roster.put("assignments", this.jdbc
			.sql("""
					select username, day, shift_code from workforce_assignment where roster_id = ? order by username, day""")
			.param(id)
			.query((rs, row) -> Map.of("agent", rs.getString("username"), "day", rs.getDate("day").toLocalDate(),
					"shift", rs.getString("shift_code")))
			.list());
		roster.put("shifts",
				shifts().stream()
					.map((shift) -> Map.of("code", shift.code(), "name", shift.name(), "kind", shift.kind(), "start",
							shift.start(), "minutes", shift.length().toMinutes()))
					.toList());
		return roster;
	}

	/** The month's latest roster that is not superseded, null where there is none. */
	Map<String, Object> latest(YearMonth month) {
		return this.jdbc
			.sql("select id from workforce_roster where month = ? and status <> 'SUPERSEDED' order by id desc limit 1")
			.param(month.atDay(1))
			.query(Long.class)
			.optional()
			.map(this::roster)
			.orElse(null);
	}

	/**
	 * The agent's shifts in the month's published roster (none while nothing is
	 * published).
	 */
	List<Map<String, Object>> schedule(String username, YearMonth month) {
		return this.jdbc.sql("""
				select a.day, t.code, t.name, t.start_time, t.length_minutes, t.kind
				from workforce_assignment a
				join workforce_roster r on r.id = a.roster_id and r.status = 'PUBLISHED'
				join workforce_shift_template t on t.code = a.shift_code
				where a.username = ? and r.month = ? order by a.day""")
			.params(username, month.atDay(1))
			.query((rs, row) -> {
				LocalDate day = rs.getDate("day").toLocalDate();
				var start = day.atTime(rs.getTime("start_time").toLocalTime());
				Map<String, Object> shift = new java.util.LinkedHashMap<>();
				shift.put("day", day);
				shift.put("shift", rs.getString("code"));
				shift.put("name", rs.getString("name"));
				shift.put("kind", rs.getString("kind"));
				shift.put("start", start);
				shift.put("end", start.plusMinutes(rs.getInt("length_minutes")));
				return shift;
			})
			.list();
	}

	private static Map<String, Object> header(ResultSet rs) throws SQLException {
		Map<String, Object> header = new java.util.LinkedHashMap<>();
		header.put("id", rs.getLong("id"));
		header.put("month", YearMonth.from(rs.getDate("month").toLocalDate()).toString());
		header.put("status", rs.getString("status"));
		header.put("createdBy", rs.getString("created_by"));
		header.put("publishedBy", rs.getString("published_by"));
		header.put("score", rs.getString("score"));
		header.put("hardViolations", rs.getLong("hard_violations"));
		header.put("hoursUnder", rs.getBigDecimal("hours_under"));
		header.put("hoursOver", rs.getBigDecimal("hours_over"));
		return header;
	}

}
