package io.hotline.workforce.roster.web;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.hotline.workforce.roster.Agent;
import io.hotline.workforce.roster.Roster;
import io.hotline.workforce.roster.ShiftKind;
import io.hotline.workforce.roster.ShiftTemplate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roster's stored inputs as the solver takes them: the shift templates and the
 * agents' workforce profiles with their approved leave of a month, and the previous
 * month's published last days. Read by the roster solve and by the requests' re-solve
 * alike.
 */
@Component
public class RosterTables {

	private final JdbcClient jdbc;

	RosterTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The shift templates, the active ones only or all (a published roster's too). */
	public List<ShiftTemplate> shifts(boolean activeOnly) {
		return this.jdbc
			.sql("select * from workforce_shift_template" + (activeOnly ? " where active" : "")
					+ " order by start_time, code")
			.query((rs, row) -> new ShiftTemplate(rs.getString("code"), rs.getString("name"),
					rs.getTime("start_time").toLocalTime(), Duration.ofMinutes(rs.getInt("length_minutes")),
					ShiftKind.valueOf(rs.getString("kind")), rs.getString("required_skill")))
			.list();
	}

	/**
	 * The agents with a workforce profile (the active ones only or all), by user name,
	 * each with their approved leave in the month.
	 */
	public List<Agent> agents(YearMonth month, boolean activeOnly) {
		Map<String, Set<LocalDate>> leave = leave(month);
		return this.jdbc
			.sql("select * from workforce_profile" + (activeOnly ? " where active" : "") + " order by username")
			.query((rs, row) -> new Agent(rs.getString("username"), rs.getString("username"),
					rs.getString("group_name"), strings(rs, "skills"), rs.getInt("weekly_max_minutes"),
					rs.getInt("monthly_max_minutes"), leave.getOrDefault(rs.getString("username"), Set.of()),
					strings(rs, "avoided_days").stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
					strings(rs, "avoided_kinds").stream().map(ShiftKind::valueOf).collect(Collectors.toSet())))
			.list();
	}

	/** The approved leave in the month, by user name. */
	public Map<String, Set<LocalDate>> leave(YearMonth month) {
		Map<String, Set<LocalDate>> leave = new HashMap<>();
		this.jdbc.sql("select username, day from workforce_leave where day between ? and ?")
			.params(month.atDay(1), month.atEndOfMonth())
			.query((rs, row) -> leave.computeIfAbsent(rs.getString("username"), (key) -> new HashSet<>())
				.add(rs.getDate("day").toLocalDate()))
			.list();
		return leave;
	}

	/**
	 * Carries the previous month's published shifts of the roster's agents, its last
	 * {@link Roster#CARRIED_DAYS} days, into the roster (pinned), so that the rules
	 * across the month's start count them. Nothing where that month has no published
	 * roster.
	 */
	public void carryOver(Roster roster) {
		LocalDate first = roster.getMonth().first();
		Map<String, ShiftTemplate> shifts = new HashMap<>();
		shifts(false).forEach((shift) -> shifts.put(shift.code(), shift));
		this.jdbc.sql("""
				select a.username, a.day, a.shift_code from workforce_assignment a
				join workforce_roster r on r.id = a.roster_id and r.status = 'PUBLISHED'
				where r.month = ? and a.day >= ? and a.day < ?""")
			.params(first.minusMonths(1).withDayOfMonth(1), first.minusDays(Roster.CARRIED_DAYS), first)
			.query((rs, row) -> {
				roster.carryOver(rs.getString("username"), rs.getDate("day").toLocalDate(),
						shifts.get(rs.getString("shift_code")));
				return row;
			})
			.list();
	}

	private static Set<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? new HashSet<>(Arrays.asList((String[]) array.getArray())) : Set.of();
	}

}
