package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.hotline.platform.Problem;
import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.AgentDay;
import io.hotline.workforce.roster.Roster;
import io.hotline.workforce.roster.RosterResult;
import io.hotline.workforce.roster.ShiftTemplate;
import io.hotline.workforce.roster.web.RosterTables;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published rosters a request changes: read one, and store the changed roster as a
 * new published version (the one before becomes SUPERSEDED and keeps its assignments: the
 * history).
 */
@Component
class RosterVersions {

	private final JdbcClient jdbc;

	private final RosterTables tables;

	RosterVersions(JdbcClient jdbc, RosterTables tables) {
		this.jdbc = jdbc;
		this.tables = tables;
	}

	/**
	 * The previous month's published last days into the roster (pinned), for the rules
	 * across the month's start.
	 */
	void carryOver(Roster roster) {
		this.tables.carryOver(roster);
	}

	Optional<PublishedMonth> published(YearMonth month) {
		return this.jdbc.sql("select id from workforce_roster where month = ? and status = 'PUBLISHED'")
			.param(month.atDay(1))
			.query(Long.class)
			.optional()
			.map((id) -> {
				Map<String, Map<LocalDate, String>> shifts = assignments(id);
				Set<String> agents = new TreeSet<>(shifts.keySet());
				agents.addAll(this.jdbc.sql("select username from workforce_profile where active")
					.query(String.class)
					.list());
				return new PublishedMonth(id, month, agents, shifts);
			});
	}

	private Map<String, Map<LocalDate, String>> assignments(long id) {
		Map<String, Map<LocalDate, String>> shifts = new TreeMap<>();
		this.jdbc.sql("select username, day, shift_code from workforce_assignment where roster_id = ?")
			.param(id)
			.query((rs, row) -> shifts.computeIfAbsent(rs.getString("username"), (agent) -> new TreeMap<>())
				.put(rs.getDate("day").toLocalDate(), rs.getString("shift_code")))
			.list();
		return shifts;
	}

	List<ShiftTemplate> shifts() {
		return this.tables.shifts(false);
	}

	Optional<ShiftTemplate> activeShift(String code) {
		return this.jdbc.sql("select code from workforce_shift_template where code = ? and active")
			.param(code)
			.query(String.class)
			.optional()
			.flatMap((found) -> shifts().stream().filter((shift) -> shift.code().equals(found)).findFirst());
	}

	/**
	 * The roster's agents as the solver sees them, with their approved leave in the month
	 * (an agent without a profile any more gets the defaults).
	 */
	List<Agent> agents(PublishedMonth roster) {
		Map<String, Set<LocalDate>> leave = this.tables.leave(roster.month());
		Map<String, Agent> profiles = new LinkedHashMap<>();
		this.tables.agents(roster.month(), false).forEach((agent) -> profiles.put(agent.id(), agent));
		return roster.agents()
			.stream()
			.map((username) -> profiles.getOrDefault(username,
					new Agent(username, username, "", Set.of(), 2400, 10560, leave.getOrDefault(username, Set.of()),
							Set.of(), Set.of())))
			.toList();
	}

	/** Stores the changed roster as the month's published version; returns its id. */
	long publish(PublishedMonth before, RosterResult result, String actor) {
		if (this.jdbc.sql("update workforce_roster set status = 'SUPERSEDED' where id = ? and status = 'PUBLISHED'")
			.param(before.id())
			.update() == 0) {
			throw Problem.conflict("workforce.request.roster-changed", before.month());
		}
		long id = this.jdbc.sql("""
				insert into workforce_roster (month, status, created_by, published_by, published_at, score,
				                              hard_violations, hours_under, hours_over)
				values (?, 'PUBLISHED', ?, ?, now(), ?, ?, ?, ?) returning id""")
			.params(before.month().atDay(1), actor, actor, result.score().toString(), result.hardViolations(),
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
		return id;
	}

}
