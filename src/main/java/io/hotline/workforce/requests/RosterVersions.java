package io.hotline.workforce.requests;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.hotline.platform.Problem;
import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.AgentDay;
import io.hotline.workforce.roster.RosterResult;
import io.hotline.workforce.roster.ShiftKind;
import io.hotline.workforce.roster.ShiftTemplate;

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

	RosterVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return this.jdbc.sql("select * from workforce_shift_template order by start_time, code")
			.query((rs, row) -> new ShiftTemplate(rs.getString("code"), rs.getString("name"),
					rs.getTime("start_time").toLocalTime(), Duration.ofMinutes(rs.getInt("length_minutes")),
					ShiftKind.valueOf(rs.getString("kind")), rs.getString("required_skill")))
			.list();
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
		YearMonth month = roster.month();
		Map<String, Set<LocalDate>> leave = new HashMap<>();
		this.jdbc.sql("select username, day from workforce_leave where day between ? and ?")
			.params(month.atDay(1), month.atEndOfMonth())
			.query((rs, row) -> leave.computeIfAbsent(rs.getString("username"), (key) -> new HashSet<>())
				.add(rs.getDate("day").toLocalDate()))
			.list();
		Map<String, Agent> profiles = new LinkedHashMap<>();
		this.jdbc.sql("select * from workforce_profile")
			.query((rs, row) -> new Agent(rs.getString("username"), rs.getString("username"),
					rs.getString("group_name"), strings(rs, "skills"), rs.getInt("weekly_max_minutes"),
					rs.getInt("monthly_max_minutes"), leave.getOrDefault(rs.getString("username"), Set.of()),
					strings(rs, "avoided_days").stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
					strings(rs, "avoided_kinds").stream().map(ShiftKind::valueOf).collect(Collectors.toSet())))
			.list()
			.forEach((agent) -> profiles.put(agent.id(), agent));
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

	private static Set<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? new HashSet<>(Arrays.asList((String[]) array.getArray())) : Set.of();
	}

}
