package io.hotline.workforce.roster.web;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UserAccounts;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workforce.roster.ShiftKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' workforce profiles (group, skills, hour limits, preferences), kept by team
 * leaders (SUPERVISOR, ADMIN); a roster is solved for the active profiles.
 */
@RestController
class ProfileController {

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	ProfileController(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/api/workforce/profiles")
	List<Map<String, Object>> profiles(Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		return this.jdbc.sql("""
				select username, group_name, skills, weekly_max_minutes, monthly_max_minutes, avoided_days,
				       avoided_kinds, active
				from workforce_profile order by username""").query((rs, row) -> {
			Map<String, Object> profile = new java.util.LinkedHashMap<>();
			profile.put("username", rs.getString("username"));
			profile.put("group", rs.getString("group_name"));
			profile.put("skills", rs.getArray("skills").getArray());
			profile.put("weeklyMaxMinutes", rs.getInt("weekly_max_minutes"));
			profile.put("monthlyMaxMinutes", rs.getInt("monthly_max_minutes"));
			profile.put("avoidedDays", rs.getArray("avoided_days").getArray());
			profile.put("avoidedKinds", rs.getArray("avoided_kinds").getArray());
			profile.put("active", rs.getBoolean("active"));
			return profile;
		}).list();
	}

	@PutMapping("/api/workforce/profiles/{username}")
	@Transactional
	Map<String, Object> put(@PathVariable String username, @RequestBody(required = false) ProfileBody body,
			Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		if (!this.accounts.exists(username)) {
			throw Problem.notFound("workforce.agent-not-found", username);
		}
		if (body == null || body.group() == null || body.group().isBlank()) {
			throw Problem.invalid("workforce.group-required");
		}
		int weekly = (body.weeklyMaxMinutes() != null) ? body.weeklyMaxMinutes() : 2400;
		int monthly = (body.monthlyMaxMinutes() != null) ? body.monthlyMaxMinutes() : 10560;
		if (weekly < 0 || weekly > 10080 || monthly < 0 || monthly > 44640) {
			throw Problem.invalid("workforce.bad-hours", weekly, monthly);
		}
		List<String> days = names(body.avoidedDays(), DayOfWeek.class);
		List<String> kinds = names(body.avoidedKinds(), ShiftKind.class);
		List<String> skills = (body.skills() != null)
				? body.skills().stream().filter((skill) -> skill != null && !skill.isBlank()).map(String::trim).toList()
				: List.of();
		boolean active = body.active() == null || body.active();
		this.jdbc
			.sql("""
					insert into workforce_profile (username, group_name, skills, weekly_max_minutes, monthly_max_minutes,
					                               avoided_days, avoided_kinds, active)
					values (?, ?, ?::text[], ?, ?, ?::text[], ?::text[], ?)
					on conflict (username) do update set group_name = excluded.group_name, skills = excluded.skills,
					    weekly_max_minutes = excluded.weekly_max_minutes, monthly_max_minutes = excluded.monthly_max_minutes,
					    avoided_days = excluded.avoided_days, avoided_kinds = excluded.avoided_kinds, active = excluded.active""")
			.params(username, body.group().trim(), array(skills), weekly, monthly, array(days), array(kinds), active)
			.update();
		this.audit.record(actor.username(), "workforce.profile", "user:" + username, "OK",
				body.group().trim() + " " + skills + " " + weekly + "/" + monthly + " min");
		return Map.of("username", username, "group", body.group().trim(), "skills", skills, "weeklyMaxMinutes", weekly,
				"monthlyMaxMinutes", monthly, "avoidedDays", days, "avoidedKinds", kinds, "active", active);
	}

	private static <E extends Enum<E>> List<String> names(List<String> values, Class<E> type) {
		if (values == null) {
			return List.of();
		}
		Set<String> names = new java.util.LinkedHashSet<>();
		for (String value : values) {
			try {
				names.add(Enum.valueOf(type, String.valueOf(value).trim().toUpperCase(Locale.ROOT)).name());
			}
			catch (IllegalArgumentException ex) {
				throw Problem.invalid("workforce.bad-preference", value);
			}
		}
		return List.copyOf(names);
	}

	private static String array(List<String> values) {
		StringBuilder array = new StringBuilder("{");
		for (String value : values) {
			if (array.length() > 1) {
				array.append(',');
			}
			array.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return array.append('}').toString();
	}

	record ProfileBody(String group, List<String> skills, Integer weeklyMaxMinutes, Integer monthlyMaxMinutes,
			List<String> avoidedDays, List<String> avoidedKinds, Boolean active) {
	}

}
